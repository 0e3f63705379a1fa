package se.bistand.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobbstimulansRegelTest {

    @Test
    void noHistoryIsNotEligible() {
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(new TreeSet<>(), ym("2025-01"));
        assertThat(b.berattigad()).isFalse();
        assertThat(b.manaderIFoljd()).isZero();
        assertThat(b.fonster()).isEmpty();
        assertThat(b.gallerTom()).isEmpty();
    }

    @ParameterizedTest(name = "{0} months in a row before: eligible {1}")
    @CsvSource({"1, false", "5, false", "6, true", "12, true"})
    void qualifiesAfterSixConsecutiveMonths(int manader, boolean berattigad) {
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(manader(ym("2025-01"), manader), ym("2025-01").plusMonths(manader));
        assertThat(b.berattigad()).isEqualTo(berattigad);
        assertThat(b.manaderIFoljd()).isEqualTo(Math.min(manader, 6));
    }

    @Test
    void windowStartsTheMonthAfterQualifyingAndLasts24Months() {
        // försörjningsstöd 2025-01..2025-06 → applied from 2025-07, "gäller t.o.m. 2027-06"
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(manader(ym("2025-01"), 7), ym("2025-07"));
        assertThat(b.berattigad()).isTrue();
        assertThat(b.kvalificering()).contains(new Manadsperiod(ym("2025-01"), ym("2025-06")));
        assertThat(b.fonster()).contains(new Manadsperiod(ym("2025-07"), ym("2027-06")));
        assertThat(b.gallerTom()).contains(ym("2027-06"));
        assertThat(b.fonster().orElseThrow().antalManader()).isEqualTo(24);
    }

    @Test
    void aGapBeforeTheSixthMonthRestartsTheCount() {
        SortedSet<YearMonth> fs = manader(ym("2025-01"), 5);
        fs.addAll(manader(ym("2025-07"), 3)); // gap in 2025-06
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(fs, ym("2025-10"));
        assertThat(b.berattigad()).isFalse();
        assertThat(b.manaderIFoljd()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}: eligible {1}")
    @CsvSource({
        "2025-07, true",   // first month of the window
        "2026-03, true",   // a month with no försörjningsstöd inside the window: months still run
        "2027-06, true",   // last month of the window
        "2027-07, false",  // the 25th month
    })
    void windowRunsTwentyFourConsecutiveMonthsEvenWithoutForsorjningsstod(String manad, boolean berattigad) {
        SortedSet<YearMonth> fs = manader(ym("2025-01"), 8); // 2025-01..2025-08, then nothing
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(fs, ym(manad));
        assertThat(b.berattigad()).isEqualTo(berattigad);
        assertThat(b.fonster()).contains(new Manadsperiod(ym("2025-07"), ym("2027-06")));
    }

    @Test
    void afterTheWindowANewSixMonthQualificationIsNeeded() {
        // försörjningsstöd without a break 2025-01..2028-12
        SortedSet<YearMonth> fs = manader(ym("2025-01"), 48);
        JobbstimulansBedomning direktEfter = JobbstimulansRegel.bedom(fs, ym("2027-07"));
        assertThat(direktEfter.berattigad()).isFalse();
        assertThat(direktEfter.manaderIFoljd()).isZero(); // months inside the old window do not count
        assertThat(direktEfter.fonster()).contains(new Manadsperiod(ym("2025-07"), ym("2027-06")));

        JobbstimulansBedomning femEfter = JobbstimulansRegel.bedom(fs, ym("2027-12"));
        assertThat(femEfter.berattigad()).isFalse();
        assertThat(femEfter.manaderIFoljd()).isEqualTo(5);

        JobbstimulansBedomning ny = JobbstimulansRegel.bedom(fs, ym("2028-01"));
        assertThat(ny.berattigad()).isTrue();
        assertThat(ny.kvalificering()).contains(new Manadsperiod(ym("2027-07"), ym("2027-12")));
        assertThat(ny.gallerTom()).contains(ym("2029-12"));
    }

    @Test
    void theMonthAssessedNeedNotYetBeInTheHistory() {
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(manader(ym("2024-10"), 6), ym("2025-04"));
        assertThat(b.berattigad()).isTrue();
        assertThat(b.fonster().orElseThrow().from()).isEqualTo(ym("2025-04"));
    }

    @Test
    void monthsAfterTheAssessedMonthAreIgnored() {
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(manader(ym("2025-01"), 30), ym("2025-03"));
        assertThat(b.berattigad()).isFalse();
        assertThat(b.manaderIFoljd()).isEqualTo(2);
    }

    @Test
    void withLonMonthsTheWindowStartsAtTheFirstQualifiedMonthWithLon() {
        SortedSet<YearMonth> fs = manader(ym("2025-01"), 36);
        SortedSet<YearMonth> lon = manader(ym("2026-03"), 2);
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(fs, lon, ym("2027-06"));
        assertThat(b.berattigad()).isTrue();
        assertThat(b.fonster()).contains(new Manadsperiod(ym("2026-03"), ym("2028-02")));
        assertThat(b.kvalificering()).contains(new Manadsperiod(ym("2025-09"), ym("2026-02")));
    }

    @Test
    void withoutAnyLonYetTheWindowWouldStartInTheAssessedMonth() {
        JobbstimulansBedomning b = JobbstimulansRegel.bedom(manader(ym("2025-01"), 12), new TreeSet<>(), ym("2026-01"));
        assertThat(b.berattigad()).isTrue();
        assertThat(b.fonster()).contains(new Manadsperiod(ym("2026-01"), ym("2027-12")));
    }

    private static YearMonth ym(String s) {
        return YearMonth.parse(s);
    }

    private static SortedSet<YearMonth> manader(YearMonth from, int antal) {
        SortedSet<YearMonth> s = new TreeSet<>();
        for (int i = 0; i < antal; i++) {
            s.add(from.plusMonths(i));
        }
        return s;
    }
}
