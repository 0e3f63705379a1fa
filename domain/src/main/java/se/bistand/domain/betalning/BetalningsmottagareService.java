package se.bistand.domain.betalning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.bistand.domain.arende.Skyddsfilter;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.logg.Vagran.Nekande;
import se.bistand.domain.logg.Vagran;

/**
 * Payment recipients under four eyes: one person registers a recipient (or changes its account),
 * a second person approves it before any payment can use it (audit finding 3). The account is
 * always tied to a personnummer or an organisationsnummer (finding 5).
 */
public final class BetalningsmottagareService {

    /** The longest rejection reason stored. */
    public static final int ORSAK_MAX = 2000;

    private final Transaktioner tx;
    private final BetalningsmottagareRepository repo;
    private final Riskunderlag riskunderlag;
    private final AuditLogg audit;
    private final Atkomstlogg atkomst;
    private final Clock klocka;
    private final Skyddsfilter skydd;
    private final Vagran vagran;

    /** Port-like supplier of the current {@link Riskbedomning} (read inside the caller's transaction). */
    public interface Riskunderlag {
        Riskbedomning hamta();
    }

    public BetalningsmottagareService(Transaktioner tx, BetalningsmottagareRepository repo, Riskunderlag riskunderlag,
                                      AuditLogg audit, Atkomstlogg atkomst, Clock klocka, Skyddsfilter skydd) {
        this.tx = tx;
        this.repo = repo;
        this.riskunderlag = riskunderlag;
        this.audit = audit;
        this.atkomst = atkomst;
        this.klocka = klocka;
        this.skydd = skydd;
        this.vagran = new Vagran(tx, audit);
    }

    /** A recipient with its flags. */
    public record MedFlaggor(Betalningsmottagare mottagare, EnumSet<Riskflagga> flaggor) {
    }

    /**
     * Every recipient with its flags (computed on the stored recipient), a person with skyddad
     * identitet masked for everyone but their handläggare and the chefs ({@link Skyddsfilter}).
     * The list shows clients' names and personnummer, so reading it is one access-log row naming
     * every known person it shows.
     */
    public List<MedFlaggor> lista(Aktor aktor) {
        if (!aktor.har(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA) && !aktor.har(Behorighet.BETALNINGSMOTTAGARE_GODKANNA)) {
            aktor.krav(Behorighet.UTBETALNINGSLISTA_SIGNERA);
        }
        return tx.iTransaktion(() -> {
            Riskbedomning r = riskunderlag.hamta();
            List<Betalningsmottagare> lagrade = repo.alla();
            Skyddsfilter.Visade<Betalningsmottagare> visade = skydd.visade(aktor, lagrade);
            List<MedFlaggor> alla = new ArrayList<>();
            for (int i = 0; i < lagrade.size(); i++) {
                alla.add(new MedFlaggor(visade.poster().get(i), r.forMottagare(lagrade.get(i))));
            }
            atkomst.registreraLista(aktor, "MOTTAGARE_LISTA", visade.personer(), false, "betalningsmottagare, varav "
                    + alla.stream().filter(m -> m.mottagare().arPerson()).count() + " personer");
            return alla;
        });
    }

    /**
     * One recipient as {@code aktor} may see it (masked for skyddad identitet); the read is
     * written to the access log when it names a known person.
     */
    public Optional<Betalningsmottagare> hitta(Aktor aktor, long id) {
        if (!aktor.har(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA) && !aktor.har(Behorighet.BETALNINGSMOTTAGARE_GODKANNA)) {
            aktor.krav(Behorighet.UTBETALNINGSLISTA_SIGNERA);
        }
        return tx.iTransaktion(() -> repo.hitta(id).map(m -> {
            Skyddsfilter.Visade<Betalningsmottagare> v = skydd.visade(aktor, List.of(m));
            v.personer().forEach(p -> atkomst.registrera(aktor, p, null, "MOTTAGARE_LASA", false,
                    "betalningsmottagare " + id));
            return v.poster().get(0);
        }));
    }

    /**
     * Registers a recipient: a person by personnummer or an organisation by organisationsnummer
     * (exactly one), with an account. It waits for a second person's approval.
     */
    public long registrera(Aktor aktor, String namn, Optional<Personnummer> personnummer,
                           Optional<Organisationsnummer> organisationsnummer, Kontouppgift konto) {
        aktor.krav(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA);
        if (namn == null || namn.isBlank()) {
            throw DomainException.forField("namn", "mottagare.namnSaknas");
        }
        if (personnummer.isPresent() == organisationsnummer.isPresent()) {
            throw DomainException.forField("identitet", "mottagare.identitetSaknas");
        }
        if (konto == null) {
            throw DomainException.forField("konto", "mottagare.kontoSaknas");
        }
        Instant nu = klocka.instant();
        return tx.iTransaktion(() -> {
            long id = repo.skapa(Betalningsmottagare.ny(namn.strip(), personnummer, organisationsnummer, konto,
                    aktor.id(), nu));
            audit.registrera(NyAuditHandelse.av(aktor, "MOTTAGARE_REGISTRERAD", "betalningsmottagare", id, null,
                    "namn=" + namn.strip() + "; konto=" + konto.normaliserad()));
            return id;
        });
    }

    /**
     * Approves a waiting recipient; refused (and the refusal audited) for the one who registered
     * it and for the one who last changed its account.
     */
    public void godkann(Aktor aktor, long id) {
        avgor(aktor, id, "MOTTAGARE_GODKAND", "MOTTAGARE_GODKANNANDE_NEKAT",
                m -> m.godkand(aktor.id(), klocka.instant()), Betalningsmottagare.Status.GODKAND.name());
    }

    /**
     * Rejects a waiting recipient with a reason (field {@code orsak}). Under the same four eyes as
     * {@link #godkann}. A rejected recipient can never be approved, changed or paid.
     */
    public void avvisa(Aktor aktor, long id, String orsak) {
        aktor.krav(Behorighet.BETALNINGSMOTTAGARE_GODKANNA);
        if (orsak == null || orsak.isBlank()) {
            throw DomainException.forField("orsak", "mottagare.orsakSaknas");
        }
        String text = orsak.strip();
        if (text.length() > ORSAK_MAX) {
            throw DomainException.forField("orsak", "mottagare.orsakForLang", ORSAK_MAX);
        }
        avgor(aktor, id, "MOTTAGARE_AVVISAD", "MOTTAGARE_AVVISNING_NEKAD",
                m -> m.avvisad(aktor.id(), klocka.instant(), text),
                Betalningsmottagare.Status.AVVISAD.name() + "; orsak=" + text);
    }

    private void avgor(Aktor aktor, long id, String handelse, String nekad,
                       UnaryOperator<Betalningsmottagare> beslut, String efter) {
        aktor.krav(Behorighet.BETALNINGSMOTTAGARE_GODKANNA);
        vagran.provaOchAndra(aktor, nekad, "betalningsmottagare", id,
                () -> repo.hitta(id).orElseThrow(() -> new DomainException("mottagare.finnsInte", id)), m -> {
                    if (m.status() != Betalningsmottagare.Status.VANTAR) {
                        throw new DomainException("mottagare.inteVantande", m.namn());
                    }
                    if (m.inmatadAv(aktor.id())) {
                        boolean kontoAndratAvSamma = m.kontoAndradAv().map(aktor.id()::equals).orElse(false);
                        return Nekande.av(new DomainException("mottagare.egenRegistrering"),
                                kontoAndratAvSamma ? "konto ändrat av samma person" : "registrerad av samma person");
                    }
                    return null;
                }, m -> {
                    repo.uppdatera(beslut.apply(m));
                    audit.registrera(NyAuditHandelse.av(aktor, handelse, "betalningsmottagare", id, m.status().name(),
                            efter));
                    return null;
                });
    }

    /**
     * Changes the account: the recipient waits for approval again (by someone other than the
     * changer and the registrant), and the change time drives the "changed shortly before payment"
     * flag. Refused for a rejected recipient, for the same account again, and while the recipient
     * is on a signed list that has not been exported.
     */
    public void andraKonto(Aktor aktor, long id, Kontouppgift nytt) {
        aktor.krav(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA);
        if (nytt == null) {
            throw DomainException.forField("konto", "mottagare.kontoSaknas");
        }
        tx.kor(() -> {
            Betalningsmottagare m = repo.hitta(id).orElseThrow(() -> new DomainException("mottagare.finnsInte", id));
            if (m.status() == Betalningsmottagare.Status.AVVISAD) {
                throw new DomainException("mottagare.avvisadKanInteAndras", m.namn());
            }
            if (m.konto().normaliserad().equals(nytt.normaliserad())) {
                throw DomainException.forField("konto", "mottagare.sammaKonto");
            }
            if (repo.paLastLista(id)) {
                throw new DomainException("mottagare.paLastLista", m.namn());
            }
            repo.uppdatera(m.medNyttKonto(nytt, aktor.id(), klocka.instant()));
            audit.registrera(NyAuditHandelse.av(aktor, "MOTTAGARE_KONTO_ANDRAT", "betalningsmottagare", id,
                    m.konto().normaliserad(), nytt.normaliserad()));
        });
    }

    /**
     * Registers a staff member's own salary account (systemförvaltare: user administration), so
     * that a recipient with that account is flagged {@link Riskflagga#KONTO_PERSONAL}.
     */
    public void registreraPersonalkonto(Aktor aktor, AnvandareId anvandare, Kontouppgift konto) {
        aktor.krav(Behorighet.ANVANDARE_ADMINISTRERA);
        if (anvandare == null) {
            throw DomainException.forField("anvandare", "personalkonto.anvandareSaknas");
        }
        if (konto == null) {
            throw DomainException.forField("konto", "mottagare.kontoSaknas");
        }
        Instant nu = klocka.instant();
        tx.kor(() -> {
            boolean finns = repo.personalkontoLista().stream().anyMatch(p -> p.anvandare().equals(anvandare)
                    && p.kontonyckel().equals(konto.normaliserad()));
            if (finns) {
                throw DomainException.forField("konto", "personalkonto.finns", konto.formaterat());
            }
            repo.laggTillPersonalkonto(Personalkonto.ny(anvandare, konto, aktor.id(), nu));
            audit.registrera(NyAuditHandelse.av(aktor, "PERSONALKONTO_REGISTRERAT", "anvandare", anvandare.varde(),
                    null, "konto=" + konto.normaliserad()));
        });
    }

    /** Staff members' salary accounts (systemförvaltare). */
    public List<Personalkonto> personalkonton(Aktor aktor) {
        aktor.krav(Behorighet.ANVANDARE_ADMINISTRERA);
        return tx.iTransaktion(repo::personalkontoLista);
    }
}
