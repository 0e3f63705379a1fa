package se.bistand.domain.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/** A livsföring need split into decisions that are each under the maker's delegation but not together. */
class UppdelningTest {

    private static final AnvandareId ANNA = new AnvandareId(1);
    private static final AnvandareId OMAR = new AnvandareId(2);
    private static final AnvandareId KARIN = new AnvandareId(3);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final LocalDate DAG = LocalDate.of(2026, 11, 25);
    private static final Delegationsordning ORDNING = new Delegationsordning(1, LocalDate.of(2026, 1, 1),
            Delegationsordning.Status.GALLANDE, "test", Optional.empty(), Instant.EPOCH, Optional.empty(),
            Optional.empty(), List.of(
                    new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.HANDLAGGARE, true,
                            Optional.of(Money.ofKronor(5_000)), false, Optional.empty()),
                    new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.ENHETSCHEF, true, Optional.empty(),
                            true, Optional.empty())), 0);

    private static Uppdelning.Del del(long id, long arende, YearMonth manad, AnvandareId av, long kronor) {
        return new Uppdelning.Del(id, arende, manad, av, Money.ofKronor(kronor), DAG);
    }

    private static java.util.Set<Long> flaggade(Uppdelning.Del... delar) {
        return Uppdelning.flaggade(List.of(delar), dag -> ORDNING,
                id -> Optional.of(id.equals(KARIN) ? Roll.ENHETSCHEF : Roll.HANDLAGGARE));
    }

    @Test
    void twoDecisionsUnderTheLimitThatTogetherExceedItAreBothFlagged() {
        assertThat(flaggade(del(1, 7, NOV, ANNA, 3_000), del(2, 7, NOV, ANNA, 2_500))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void togetherWithinTheLimitOrInAnotherMonthCaseOrByAnotherMakerIsNoSplit() {
        assertThat(flaggade(del(1, 7, NOV, ANNA, 3_000), del(2, 7, NOV, ANNA, 2_000))).isEmpty();
        assertThat(flaggade(del(1, 7, NOV, ANNA, 3_000), del(2, 7, NOV.plusMonths(1), ANNA, 3_000))).isEmpty();
        assertThat(flaggade(del(1, 7, NOV, ANNA, 3_000), del(2, 8, NOV, ANNA, 3_000))).isEmpty();
        assertThat(flaggade(del(1, 7, NOV, ANNA, 3_000), del(2, 7, NOV, OMAR, 3_000))).isEmpty();
        assertThat(flaggade(del(1, 7, NOV, KARIN, 30_000), del(2, 7, NOV, KARIN, 30_000)))
                .as("no limit, nothing to split under").isEmpty();
    }
}
