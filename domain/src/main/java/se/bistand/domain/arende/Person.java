package se.bistand.domain.arende;

import java.time.LocalDate;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Personnummer;

/**
 * A person known to the unit. {@code identitet} is the 12-digit personnummer or samordningsnummer,
 * or a reserve number (then {@code reservSkal} says why there is no personnummer).
 */
public record Person(PersonId id, Identitetstyp typ, String identitet, String reservSkal, String fornamn,
                     String efternamn, LocalDate fodelsedatum, Adress adress, String telefon, String epost,
                     boolean skyddadIdentitet, boolean hotOchVald, long version) {

    public static final LocalDate LANGT_FRAM = LocalDate.of(2100, 1, 1);

    public Optional<Personnummer> personnummer() {
        return typ == Identitetstyp.RESERVNUMMER ? Optional.empty()
                : Optional.of(Personnummer.parse(identitet, LANGT_FRAM));
    }

    public String namn() {
        return fornamn + " " + efternamn;
    }

    /** The identity as shown: {@code 19850412-9803} or the reserve number. */
    public String formateradIdentitet() {
        return personnummer().map(Personnummer::formaterat).orElse(identitet);
    }

    public int alder(LocalDate dag) {
        return java.time.Period.between(fodelsedatum, dag).getYears();
    }
}
