package se.bistand.domain.avvikelse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * A client's synpunkt or klagomål, registered by staff: channel, content, the response, closed.
 * Lighter than an avvikelse: registrerad → besvarad → avslutad.
 */
public record Synpunkt(long id, Typ typ, Kanal kanal, LocalDate inkom, String innehall, Optional<Lank> lank,
                       Status status, AnvandareId registreradAv, String registreradAvNamn, Instant registrerad,
                       String svar, String besvaradAvNamn, Optional<Instant> besvarad, Optional<Instant> avslutad,
                       long version) {

    public enum Typ {
        SYNPUNKT,
        KLAGOMAL;

        public String textnyckel() {
            return "synpunkt.typ." + name();
        }
    }

    public enum Kanal {
        E_TJANST,
        TELEFON,
        BESOK,
        BREV,
        VIA_HANDLAGGARE;

        public String textnyckel() {
            return "synpunkt.kanal." + name();
        }
    }

    public enum Status {
        REGISTRERAD,
        BESVARAD,
        AVSLUTAD;

        public String textnyckel() {
            return "synpunkt.status." + name();
        }
    }

    /** A new registration; checks the fields (channel, type, date not in the future, content). */
    public static Synpunkt ny(Typ typ, Kanal kanal, LocalDate inkom, String innehall, Optional<Lank> lank,
                              Aktor aktor, Clock klocka) {
        if (typ == null) {
            throw DomainException.forField("typ", "synpunkt.typSaknas");
        }
        if (kanal == null) {
            throw DomainException.forField("kanal", "synpunkt.kanalSaknas");
        }
        if (inkom == null) {
            throw DomainException.forField("inkom", "synpunkt.inkomSaknas");
        }
        if (inkom.isAfter(LocalDate.now(klocka))) {
            throw DomainException.forField("inkom", "avvikelse.datumIFramtiden", inkom.toString());
        }
        if (innehall == null || innehall.isBlank()) {
            throw DomainException.forField("innehall", "synpunkt.innehallSaknas");
        }
        return new Synpunkt(0, typ, kanal, inkom, innehall.strip(), lank == null ? Optional.empty() : lank,
                Status.REGISTRERAD, aktor.id(), aktor.namn(), klocka.instant(), null, null, Optional.empty(),
                Optional.empty(), 0);
    }

    /** The response to the client (may be rewritten until closed). */
    public Synpunkt besvara(String text, Aktor aktor, Clock klocka) {
        if (status == Status.AVSLUTAD) {
            throw new DomainException("synpunkt.redanAvslutad");
        }
        if (text == null || text.isBlank()) {
            throw DomainException.forField("svar", "synpunkt.svarSaknas");
        }
        return new Synpunkt(id, typ, kanal, inkom, innehall, lank, Status.BESVARAD, registreradAv, registreradAvNamn,
                registrerad, text.strip(), aktor.namn(), Optional.of(klocka.instant()), avslutad, version);
    }

    public Synpunkt avsluta(Clock klocka) {
        if (status != Status.BESVARAD) {
            throw new DomainException(status == Status.AVSLUTAD ? "synpunkt.redanAvslutad" : "synpunkt.besvaraForst");
        }
        return new Synpunkt(id, typ, kanal, inkom, innehall, lank, Status.AVSLUTAD, registreradAv, registreradAvNamn,
                registrerad, svar, besvaradAvNamn, besvarad, Optional.of(klocka.instant()), version);
    }
}
