package se.bistand.domain.avvikelse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * Synpunkter och klagomål: anyone who may report an avvikelse registers one; the roles acting as
 * {@link Funktion#ENHETSCHEF} answer and close them. Every change is audited.
 */
public final class SynpunktService {

    private static final String OBJEKT = "synpunkt";

    private final Transaktioner tx;
    private final SynpunktRepository repo;
    private final AvvikelseRepository avvikelser;
    private final AuditLogg audit;
    private final Clock klocka;

    public SynpunktService(Transaktioner tx, SynpunktRepository repo, AvvikelseRepository avvikelser, AuditLogg audit,
                           Clock klocka) {
        this.tx = tx;
        this.repo = repo;
        this.avvikelser = avvikelser;
        this.audit = audit;
        this.klocka = klocka;
    }

    public Synpunkt registrera(Aktor aktor, Synpunkt.Typ typ, Synpunkt.Kanal kanal, LocalDate inkom, String innehall,
                               Optional<Lank> lank) {
        aktor.krav(Behorighet.AVVIKELSE_RAPPORTERA);
        Synpunkt ny = Synpunkt.ny(typ, kanal, inkom, innehall, lank, aktor, klocka);
        return tx.iTransaktion(() -> {
            Synpunkt s = repo.skapa(ny);
            audit.registrera(NyAuditHandelse.av(aktor, "SYNPUNKT_REGISTRERAD", OBJEKT, s.id(), null, sammanfattning(s)));
            return s;
        });
    }

    /** Handlers see all; others the ones they registered. */
    public List<Synpunkt> lista(Aktor aktor) {
        aktor.krav(Behorighet.AVVIKELSE_RAPPORTERA);
        return tx.iTransaktion(() -> {
            boolean alla = arHandlaggare(aktor) || aktor.har(Behorighet.UPPFOLJNING_LASA);
            return repo.alla().stream().filter(s -> alla || s.registreradAv().equals(aktor.id())).toList();
        });
    }

    public boolean kanHantera(Aktor aktor) {
        return tx.iTransaktion(() -> arHandlaggare(aktor));
    }

    /** Open ones waiting for the handlers (rail badge). */
    public int antalOppna(Aktor aktor) {
        return tx.iTransaktion(() -> arHandlaggare(aktor)
                ? (int) repo.alla().stream().filter(s -> s.status() != Synpunkt.Status.AVSLUTAD).count() : 0);
    }

    public Synpunkt besvara(Aktor aktor, long id, long version, String svar) {
        return andra(aktor, id, version, "SYNPUNKT_BESVARAD", s -> s.besvara(svar, aktor, klocka));
    }

    public Synpunkt avsluta(Aktor aktor, long id, long version) {
        return andra(aktor, id, version, "SYNPUNKT_AVSLUTAD", s -> s.avsluta(klocka));
    }

    private Synpunkt andra(Aktor aktor, long id, long version, String handelse, UnaryOperator<Synpunkt> andring) {
        aktor.krav(Behorighet.AVVIKELSE_HANTERA);
        return tx.iTransaktion(() -> {
            if (!arHandlaggare(aktor)) {
                throw new DomainException("avvikelse.inteFunktion", Funktion.ENHETSCHEF.name());
            }
            Synpunkt fore = repo.hitta(id).orElseThrow(() -> new DomainException("synpunkt.finnsInte", id));
            if (fore.version() != version) {
                throw new OptimistiskLasningException(OBJEKT, id);
            }
            Synpunkt efter = repo.uppdatera(andring.apply(fore));
            audit.registrera(NyAuditHandelse.av(aktor, handelse, OBJEKT, id, sammanfattning(fore),
                    sammanfattning(efter)));
            return efter;
        });
    }

    private boolean arHandlaggare(Aktor aktor) {
        return aktor.har(Behorighet.AVVIKELSE_HANTERA)
                && avvikelser.routning().roller(Funktion.ENHETSCHEF).contains(aktor.roll());
    }

    private static String sammanfattning(Synpunkt s) {
        return "status=" + s.status() + "; typ=" + s.typ() + "; kanal=" + s.kanal() + "; inkom=" + s.inkom()
                + s.lank().map(l -> "; lank=" + l.typ() + ":" + l.id()).orElse("");
    }
}
