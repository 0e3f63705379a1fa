package se.bistand.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.bistand.domain.berakning.BerakningsDiff.Skillnad;
import se.bistand.domain.gemensam.Money;

class BerakningsDiffTest {

    private static final Normtabell T2019 = Normtabeller.ar(2019);

    @Test
    void identicalCalculationsHaveNoDifferences() {
        BerakningsResultat r = berakna(YearMonth.of(2019, 5), Money.ofKronor(6000), List.of());
        assertThat(BerakningsDiff.skillnader(r, r)).isEmpty();
    }

    @Test
    void listsChangedLinesThenChangedTotals() {
        BerakningsResultat april = berakna(YearMonth.of(2019, 4), Money.ofKronor(6000), List.of());
        // the child turns 7 on 1 May (7–10 band), rent rises and a lön with jobbstimulans appears
        BerakningsResultat maj = berakna(YearMonth.of(2019, 5), Money.ofKronor(6200),
                List.of(Inkomst.lonMedJobbstimulans(0, Money.ofKronor(4000))));
        assertThat(BerakningsDiff.skillnader(april, maj)).containsExactly(
                new Skillnad("norm.barn[1]", Money.ofKronor(2380), Money.ofKronor(2990)),
                new Skillnad("kostnad.boende", Money.ofKronor(6000), Money.ofKronor(6200)),
                new Skillnad("inkomst[0].lon", Money.ZERO, Money.ofKronor(3000)),
                new Skillnad("norm", Money.ofKronor(3090 + 2380 + 1100), Money.ofKronor(3090 + 2990 + 1100)),
                new Skillnad("kostnader", Money.ofKronor(6000), Money.ofKronor(6200)),
                new Skillnad("behov", Money.ofKronor(12570), Money.ofKronor(13380)),
                new Skillnad("inkomster", Money.ZERO, Money.ofKronor(4000)),
                new Skillnad("bortsett", Money.ZERO, Money.ofKronor(1000)),
                new Skillnad("raknadInkomst", Money.ZERO, Money.ofKronor(3000)),
                new Skillnad("belopp", Money.ofKronor(12570), Money.ofKronor(10380)));
        assertThat(BerakningsDiff.skillnader(april, maj).get(0).andring()).isEqualTo(Money.ofKronor(610));
    }

    private static BerakningsResultat berakna(YearMonth manad, Money hyra, List<Inkomst> inkomster) {
        BerakningsUnderlag u = new BerakningsUnderlag(manad, OptionalInt.empty(),
                List.of(Hushallsmedlem.sokande(LocalDate.of(1985, 1, 1)), Hushallsmedlem.barn(LocalDate.of(2012, 5, 1))),
                List.of(new Kostnad(Kostnadstyp.BOENDE, hyra)), inkomster);
        return Berakningsmotor.berakna(u, T2019, PrisbasbeloppTabell.tom());
    }
}
