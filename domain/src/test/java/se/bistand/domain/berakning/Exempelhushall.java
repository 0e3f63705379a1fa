package se.bistand.domain.berakning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import se.bistand.domain.gemensam.Money;

/**
 * Test fixture shared with other modules' tests (test-jar): the public example
 * {@code 2019-familj} — two adults, a 3-year-old eating lunch away, a 10-year-old, lön with
 * jobbstimulans and barnbidrag — for any month (11 600 kr in 2019-11).
 */
public final class Exempelhushall {

    private Exempelhushall() {
    }

    public static BerakningsUnderlag familj(YearMonth manad) {
        return new BerakningsUnderlag(manad, OptionalInt.empty(),
                List.of(Hushallsmedlem.sokande(LocalDate.of(1984, 1, 15)),
                        Hushallsmedlem.medsokande(LocalDate.of(1986, 5, 20)),
                        Hushallsmedlem.barn(LocalDate.of(2016, 3, 10)).medLunchBorta(),
                        Hushallsmedlem.barn(LocalDate.of(2009, 8, 30))),
                List.of(new Kostnad(Kostnadstyp.BOENDE, Money.parse("8200.00")),
                        new Kostnad(Kostnadstyp.HUSHALLSEL, Money.parse("400.00")),
                        new Kostnad(Kostnadstyp.HEMFORSAKRING, Money.parse("180.00"))),
                List.of(Inkomst.lonMedJobbstimulans(0, Money.parse("9000.00")),
                        Inkomst.av(0, Inkomsttyp.BARNBIDRAG, Money.parse("2500.00"))));
    }
}
