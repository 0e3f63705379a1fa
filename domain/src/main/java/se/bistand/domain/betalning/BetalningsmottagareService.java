package se.bistand.domain.betalning;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * Payment recipients under four eyes: one person registers a recipient (or changes its account),
 * a second person approves it before any payment can use it (audit finding 3). The account is
 * always tied to a personnummer or an organisationsnummer (finding 5).
 */
public final class BetalningsmottagareService {

    private final Transaktioner tx;
    private final BetalningsmottagareRepository repo;
    private final Riskunderlag riskunderlag;
    private final AuditLogg audit;
    private final Clock klocka;

    /** Port-like supplier of the current {@link Riskbedomning} (read inside the caller's transaction). */
    public interface Riskunderlag {
        Riskbedomning hamta();
    }

    public BetalningsmottagareService(Transaktioner tx, BetalningsmottagareRepository repo, Riskunderlag riskunderlag,
                                      AuditLogg audit, Clock klocka) {
        this.tx = tx;
        this.repo = repo;
        this.riskunderlag = riskunderlag;
        this.audit = audit;
        this.klocka = klocka;
    }

    /** A recipient with its flags. */
    public record MedFlaggor(Betalningsmottagare mottagare, EnumSet<Riskflagga> flaggor) {
    }

    public List<MedFlaggor> lista(Aktor aktor) {
        if (!aktor.har(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA) && !aktor.har(Behorighet.BETALNINGSMOTTAGARE_GODKANNA)) {
            aktor.krav(Behorighet.UTBETALNINGSLISTA_SIGNERA);
        }
        return tx.iTransaktion(() -> {
            Riskbedomning r = riskunderlag.hamta();
            return repo.alla().stream().map(m -> new MedFlaggor(m, r.forMottagare(m))).toList();
        });
    }

    public Optional<Betalningsmottagare> hitta(long id) {
        return tx.iTransaktion(() -> repo.hitta(id));
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
            long id = repo.skapa(new Betalningsmottagare(0, namn.strip(), personnummer, organisationsnummer, konto,
                    Betalningsmottagare.Status.VANTAR, aktor.id(), nu, Optional.empty(), Optional.empty(), nu, 0));
            audit.registrera(NyAuditHandelse.av(aktor, "MOTTAGARE_REGISTRERAD", "betalningsmottagare", id, null,
                    "namn=" + namn.strip() + "; konto=" + konto.normaliserad()));
            return id;
        });
    }

    /** Approves a waiting recipient; refused (and the refusal audited) for the one who registered it. */
    public void godkann(Aktor aktor, long id) {
        aktor.krav(Behorighet.BETALNINGSMOTTAGARE_GODKANNA);
        DomainException fel = tx.iTransaktion(() -> {
            Betalningsmottagare m = repo.hitta(id).orElseThrow(() -> new DomainException("mottagare.finnsInte", id));
            if (m.status() != Betalningsmottagare.Status.VANTAR) {
                return new DomainException("mottagare.inteVantande", m.namn());
            }
            if (m.registreradAv().equals(aktor.id())) {
                audit.registrera(NyAuditHandelse.av(aktor, "MOTTAGARE_GODKANNANDE_NEKAT", "betalningsmottagare", id,
                        null, "registrerad av samma person"));
                return new DomainException("mottagare.egenRegistrering");
            }
            repo.uppdatera(new Betalningsmottagare(m.id(), m.namn(), m.personnummer(), m.organisationsnummer(),
                    m.konto(), Betalningsmottagare.Status.GODKAND, m.registreradAv(), m.registrerad(),
                    Optional.of(aktor.id()), Optional.of(klocka.instant()), m.kontoAndrad(), m.version()));
            audit.registrera(NyAuditHandelse.av(aktor, "MOTTAGARE_GODKAND", "betalningsmottagare", id, "VANTAR",
                    "GODKAND"));
            return null;
        });
        if (fel != null) {
            throw fel;
        }
    }

    /**
     * Changes the account: the recipient waits for approval again (by someone other than the
     * changer), and the change time drives the "changed shortly before payment" flag. Refused
     * while the recipient is on a signed list that has not been exported.
     */
    public void andraKonto(Aktor aktor, long id, Kontouppgift nytt) {
        aktor.krav(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA);
        tx.kor(() -> {
            Betalningsmottagare m = repo.hitta(id).orElseThrow(() -> new DomainException("mottagare.finnsInte", id));
            if (repo.paLastLista(id)) {
                throw new DomainException("mottagare.paLastLista", m.namn());
            }
            Instant nu = klocka.instant();
            repo.uppdatera(new Betalningsmottagare(m.id(), m.namn(), m.personnummer(), m.organisationsnummer(), nytt,
                    Betalningsmottagare.Status.VANTAR, aktor.id(), m.registrerad(), Optional.empty(), Optional.empty(),
                    nu, m.version()));
            audit.registrera(NyAuditHandelse.av(aktor, "MOTTAGARE_KONTO_ANDRAT", "betalningsmottagare", id,
                    m.konto().normaliserad(), nytt.normaliserad()));
        });
    }
}
