package se.bistand.domain.berakning;

import java.util.Objects;
import se.bistand.domain.gemensam.Money;

/**
 * A net income of the month.
 *
 * @param medlem        index into {@link BerakningsUnderlag#medlemmar()}: whose income it is
 * @param typ           kind of income
 * @param belopp        net amount
 * @param jobbstimulans apply the 25 % jobbstimulans disregard (only to {@code lon} of an adult)
 */
public record Inkomst(int medlem, Inkomsttyp typ, Money belopp, boolean jobbstimulans) {

    public Inkomst {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(belopp, "belopp");
    }

    public static Inkomst av(int medlem, Inkomsttyp typ, Money belopp) {
        return new Inkomst(medlem, typ, belopp, false);
    }

    public static Inkomst lonMedJobbstimulans(int medlem, Money belopp) {
        return new Inkomst(medlem, Inkomsttyp.LON, belopp, true);
    }
}
