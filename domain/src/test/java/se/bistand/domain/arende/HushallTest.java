package se.bistand.domain.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bistand.domain.gemensam.Id.PersonId;

class HushallTest {

    private static Hushallsdeltagare d(long person, Hushallsroll roll, String fodd, String fran, String till) {
        return new Hushallsdeltagare(new PersonId(person), roll, LocalDate.parse(fodd), "P" + person, person * 10,
                LocalDate.parse(fran), till == null ? null : LocalDate.parse(till), false);
    }

    private final List<Hushallsdeltagare> perioder = List.of(
            d(1, Hushallsroll.SOKANDE, "1985-04-12", "2026-01-01", null),
            d(2, Hushallsroll.MEDSOKANDE, "1984-01-01", "2026-01-01", "2026-05-15"),
            d(3, Hushallsroll.BARN, "2008-03-01", "2026-01-01", "2026-03-10"),
            d(3, Hushallsroll.OVRIG_VUXEN, "2008-03-01", "2026-03-11", null),
            d(4, Hushallsroll.BARN, "2024-07-01", "2026-08-01", null));

    @Test
    void aPastMonthShowsTheHouseholdAsItWasAndTheLatestRoleCountsWithinAMonth() {
        assertThat(Hushall.forManad(perioder, YearMonth.of(2026, 2))).extracting(Hushallsdeltagare::roll)
                .containsExactly(Hushallsroll.SOKANDE, Hushallsroll.MEDSOKANDE, Hushallsroll.BARN);
        assertThat(Hushall.forManad(perioder, YearMonth.of(2026, 3))).extracting(Hushallsdeltagare::roll)
                .containsExactly(Hushallsroll.SOKANDE, Hushallsroll.MEDSOKANDE, Hushallsroll.OVRIG_VUXEN);
        assertThat(Hushall.forManad(perioder, YearMonth.of(2026, 6))).extracting(Hushallsdeltagare::roll)
                .containsExactly(Hushallsroll.SOKANDE, Hushallsroll.OVRIG_VUXEN);
        assertThat(Hushall.forManad(perioder, YearMonth.of(2026, 9))).extracting(d -> d.personId().varde())
                .containsExactly(1L, 4L, 3L);
    }

    @Test
    void summaryCountsAdultsAndChildAgesAndTheLatestChange() {
        List<Hushallsdeltagare> idag = Hushall.pa(perioder, LocalDate.of(2026, 11, 23));
        assertThat(Hushall.vuxna(idag)).isEqualTo(2);
        assertThat(Hushall.barnAldrar(idag, LocalDate.of(2026, 11, 23))).containsExactly(2);
        assertThat(Hushall.senastAndrat(perioder)).isEqualTo(LocalDate.of(2026, 8, 1));
    }
}
