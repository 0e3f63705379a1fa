package se.bistand.domain.berakning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import se.bistand.domain.gemensam.Money;

/**
 * A plain micro benchmark of {@link Berakningsmotor#berakna}: warm-up, then a timed loop,
 * printing ns per calculation. Not a test and not a timing assertion; target: well under 1 ms.
 *
 * <p>Run from the repository root after {@code mvn -q -B -pl domain -am test-compile}:
 * <pre>
 * java -cp domain/target/classes:domain/target/test-classes:resources/target/classes \
 *     se.bistand.domain.berakning.BerakningsBenchmark
 * </pre>
 */
public final class BerakningsBenchmark {

    private BerakningsBenchmark() {
    }

    public static void main(String[] args) {
        Normtabell tabell = Normtabeller.ar(2021);
        PrisbasbeloppTabell pbb = Normtabeller.prisbasbelopp();
        BerakningsUnderlag underlag = new BerakningsUnderlag(YearMonth.of(2021, 9), OptionalInt.of(5),
                List.of(Hushallsmedlem.sokande(LocalDate.of(1984, 1, 15)),
                        Hushallsmedlem.medsokande(LocalDate.of(1986, 5, 20)),
                        Hushallsmedlem.barn(LocalDate.of(2018, 3, 10)).medLunchBorta(),
                        Hushallsmedlem.barn(LocalDate.of(2004, 8, 30)).medArbetsinkomstTidigareIAr(Money.ofKronor(45000))),
                List.of(new Kostnad(Kostnadstyp.BOENDE, Money.ofKronor(8200)),
                        new Kostnad(Kostnadstyp.HUSHALLSEL, Money.ofKronor(400)),
                        new Kostnad(Kostnadstyp.BARNOMSORG, Money.ofKronor(1200))),
                List.of(Inkomst.lonMedJobbstimulans(0, Money.ofKronor(9000)),
                        Inkomst.av(0, Inkomsttyp.BARNBIDRAG, Money.ofKronor(2500)),
                        Inkomst.av(3, Inkomsttyp.LON, Money.ofKronor(4000))));
        long sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += Berakningsmotor.berakna(underlag, tabell, pbb).belopp().ore();
        }
        int varv = 1_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < varv; i++) {
            sink += Berakningsmotor.berakna(underlag, tabell, pbb).belopp().ore();
        }
        long ns = System.nanoTime() - start;
        System.out.printf("Berakningsmotor.berakna: %.0f ns/op (%d ops, checksum %d)%n",
                (double) ns / varv, varv, sink);
    }
}
