package se.bistand.domain.berakning;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Predicate;

/**
 * Jobbstimulans eligibility from the payment history (SoL 4 kap. 1 b §, see riksnorm.md): a
 * person who has received försörjningsstöd for {@value #KVALIFICERINGSMANADER} consecutive
 * months has 25 % of their lön disregarded for {@value #FONSTERMANADER} consecutive months
 * from the first month the rule is applied. The months run even when there is no lön or no
 * försörjningsstöd. After the window a new qualification is needed, made of months after the
 * window's end.
 *
 * <p>The rule is applied in a month that directly follows six qualifying months and is itself
 * assessed (a month with försörjningsstöd, or the month being assessed now). Without a list of
 * lön months ({@link #bedom(SortedSet, YearMonth)}) the first such month starts the window,
 * the earliest it can start. With one ({@link #bedom(SortedSet, SortedSet, YearMonth)}) the
 * window starts at the first such month that also has lön, so months without employment
 * income before that do not use up the 24 months. Pure; months after {@code manad} are ignored.
 */
public final class JobbstimulansRegel {

    public static final int KVALIFICERINGSMANADER = 6;
    public static final int FONSTERMANADER = 24;

    private JobbstimulansRegel() {
    }

    /** Assesses {@code manad}, assuming the rule is applied from the first possible month. */
    public static JobbstimulansBedomning bedom(SortedSet<YearMonth> manaderMedForsorjningsstod, YearMonth manad) {
        return bedom(manaderMedForsorjningsstod, m -> true, manad);
    }

    /**
     * Assesses {@code manad} when the window starts at the first qualified month with lön
     * ({@code manaderMedLon}); {@code manad} itself counts as a month the rule is applied in.
     */
    public static JobbstimulansBedomning bedom(SortedSet<YearMonth> manaderMedForsorjningsstod,
            SortedSet<YearMonth> manaderMedLon, YearMonth manad) {
        return bedom(manaderMedForsorjningsstod, manaderMedLon::contains, manad);
    }

    private static JobbstimulansBedomning bedom(SortedSet<YearMonth> fs, Predicate<YearMonth> harLon,
            YearMonth manad) {
        Objects.requireNonNull(manad, "manad");
        Manadsperiod fonster = null;
        YearMonth forsta = fs.isEmpty() || fs.first().isAfter(manad) ? manad : fs.first();
        for (YearMonth m = forsta; !m.isAfter(manad); m = m.plusMonths(1)) {
            if (fonster != null && fonster.innehaller(m)) {
                continue;
            }
            boolean provas = m.equals(manad) || (fs.contains(m) && harLon.test(m));
            if (provas && kvalificerandeManader(fs, m, fonster) >= KVALIFICERINGSMANADER) {
                fonster = new Manadsperiod(m, m.plusMonths(FONSTERMANADER - 1L));
            }
        }
        if (fonster != null && fonster.innehaller(manad)) {
            Manadsperiod kvalificering = new Manadsperiod(fonster.from().minusMonths(KVALIFICERINGSMANADER),
                    fonster.from().minusMonths(1));
            return new JobbstimulansBedomning(manad, true, Optional.of(kvalificering), Optional.of(fonster),
                    KVALIFICERINGSMANADER);
        }
        return new JobbstimulansBedomning(manad, false, Optional.empty(), Optional.ofNullable(fonster),
                kvalificerandeManader(fs, manad, fonster));
    }

    /**
     * Consecutive months with försörjningsstöd directly before {@code manad}, after the end of
     * {@code tidigareFonster}, at most {@value #KVALIFICERINGSMANADER}.
     */
    private static int kvalificerandeManader(SortedSet<YearMonth> fs, YearMonth manad, Manadsperiod tidigareFonster) {
        int antal = 0;
        YearMonth m = manad.minusMonths(1);
        while (antal < KVALIFICERINGSMANADER && fs.contains(m)
                && (tidigareFonster == null || m.isAfter(tidigareFonster.tom()))) {
            antal++;
            m = m.minusMonths(1);
        }
        return antal;
    }
}
