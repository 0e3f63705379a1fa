package se.bistand.domain.utbetalning;

import java.time.Clock;
import java.util.Optional;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.installation.Installation;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.logg.Vagran.Nekande;
import se.bistand.domain.logg.Vagran;

/**
 * The review sample rule as a four-eyes setting, like the delegationsordning: a systemförvaltare
 * proposes a new share and amount; it applies only when a second person with
 * {@link Behorighet#STICKPROVSREGEL_BEKRAFTA} confirms it. The sample is a control on the
 * signers, so weakening it must not be one person's decision. Every step is audited with the
 * rule before and after. A confirmed rule applies to lists whose sample is drawn afterwards: a
 * drawn sample is stored per line and never redrawn.
 */
public final class StickprovService {

    /** The audit trail's object for the rule (an installation setting, not a row of its own). */
    static final String OBJEKTTYP = "installation";
    static final String OBJEKT = "utbetalning.stickprov";

    private final Transaktioner tx;
    private final Installation installation;
    private final AuditLogg audit;
    private final Clock klocka;
    private final Vagran vagran;

    public StickprovService(Transaktioner tx, Installation installation, AuditLogg audit, Clock klocka) {
        this.tx = tx;
        this.installation = installation;
        this.audit = audit;
        this.klocka = klocka;
        this.vagran = new Vagran(tx, audit);
    }

    /** The rule in force and the proposal that waits for confirmation, if any. */
    public record Lage(Stickprovsregel gallande, Optional<Stickprovsforslag> forslag) {
    }

    /**
     * The rule in force and any pending proposal. Readable by every signed-in user: a setting, not
     * personal data, and signers must see the rule they work under.
     */
    public Lage lage(Aktor aktor) {
        return tx.iTransaktion(() -> new Lage(Stickprovsregel.fran(installation), Stickprovsforslag.fran(installation)));
    }

    /**
     * Proposes a new rule from the form's texts: a whole percentage 0–100 (0 still samples one
     * line) and an amount from which every line is sampled (0 kr or more).
     */
    public Stickprovsforslag foresla(Aktor aktor, String procentText, String gransText) {
        aktor.krav(Behorighet.MASTERDATA_ADMINISTRERA);
        int procent = procent(procentText);
        Money grans = grans(gransText);
        Stickprovsregel ny = new Stickprovsregel(procent, grans);
        return tx.iTransaktion(() -> {
            Stickprovsregel gallande = Stickprovsregel.fran(installation);
            if (Stickprovsforslag.fran(installation).isPresent()) {
                throw new DomainException("stickprov.forslagFinns");
            }
            if (ny.equals(gallande)) {
                throw new DomainException("stickprov.ingenAndring");
            }
            Stickprovsforslag forslag = new Stickprovsforslag(ny, aktor.id(), klocka.instant());
            forslag.sparaI(installation);
            audit.registrera(NyAuditHandelse.av(aktor, "STICKPROVSREGEL_FORESLAGEN", OBJEKTTYP, OBJEKT,
                    gallande.text(), ny.text()));
            return forslag;
        });
    }

    /**
     * Confirms the proposal {@code sett} (the one the confirmer was shown): only someone other than
     * the proposer. A refusal of one's own proposal is audited and committed.
     */
    public Stickprovsregel bekrafta(Aktor aktor, Stickprovsforslag sett) {
        aktor.krav(Behorighet.STICKPROVSREGEL_BEKRAFTA);
        return vagran.provaOchAndra(aktor, "STICKPROVSREGEL_BEKRAFTAD_NEKAD", OBJEKTTYP, OBJEKT, () -> vantande(sett),
                forslag -> forslag.foreslagenAv().equals(aktor.id())
                        ? Nekande.av(new DomainException("stickprov.egenAndring"),
                                "egen ändring kan inte bekräftas av samma person") : null,
                forslag -> {
                    Stickprovsregel fore = Stickprovsregel.fran(installation);
                    forslag.regel().sparaI(installation);
                    installation.taBort(Stickprovsforslag.NYCKEL);
                    audit.registrera(NyAuditHandelse.av(aktor, "STICKPROVSREGEL_BEKRAFTAD", OBJEKTTYP, OBJEKT,
                            fore.text(), forslag.regel().text() + "; föreslagen av " + forslag.foreslagenAv()));
                    return forslag.regel();
                });
    }

    /** Rejects the proposal {@code sett}; the proposer may also withdraw their own. */
    public void avvisa(Aktor aktor, Stickprovsforslag sett) {
        aktor.krav(Behorighet.STICKPROVSREGEL_BEKRAFTA);
        tx.kor(() -> {
            Stickprovsforslag forslag = vantande(sett);
            installation.taBort(Stickprovsforslag.NYCKEL);
            audit.registrera(NyAuditHandelse.av(aktor, "STICKPROVSREGEL_AVVISAD", OBJEKTTYP, OBJEKT,
                    Stickprovsregel.fran(installation).text(), "avvisat förslag: " + forslag.regel().text()));
        });
    }

    /** The pending proposal, refused when there is none or it is not the one the user saw. */
    private Stickprovsforslag vantande(Stickprovsforslag sett) {
        Stickprovsforslag forslag = Stickprovsforslag.fran(installation)
                .orElseThrow(() -> new DomainException("stickprov.ingetForslag"));
        if (!forslag.equals(sett)) {
            throw new DomainException("stickprov.forslagetAndrat");
        }
        return forslag;
    }

    private static int procent(String text) {
        String s = text == null ? "" : text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            throw DomainException.forField("stickprovProcent", "stickprov.procentSaknas");
        }
        if (!s.matches("\\d{1,3}") || Integer.parseInt(s) > 100) {
            throw DomainException.forField("stickprovProcent", "stickprov.ogiltigProcent", text.strip());
        }
        return Integer.parseInt(s);
    }

    private static Money grans(String text) {
        try {
            return Money.parseNonNegative(text);
        } catch (DomainException e) {
            throw e.medFalt("stickprovGrans");
        }
    }
}
