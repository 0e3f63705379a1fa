package se.bistand.domain.utbetalning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Swedish bank days: weekdays that are not public holidays or the eves banks keep closed
 * (midsommarafton, julafton, nyårsafton). Payments are made on bank days.
 */
public final class Bankdagar {

    private static final Set<MonthDay> FASTA = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1),
            MonthDay.of(6, 6), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));

    private Bankdagar() {
    }

    /** The first bank day after {@code dag}. */
    public static LocalDate nasta(LocalDate dag) {
        LocalDate d = dag.plusDays(1);
        while (!arBankdag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public static boolean arBankdag(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (FASTA.contains(MonthDay.from(d))) {
            return false;
        }
        LocalDate pask = paskdagen(d.getYear());
        if (d.equals(pask.minusDays(2)) || d.equals(pask.plusDays(1)) || d.equals(pask.plusDays(39))) {
            return false;
        }
        boolean midsommarafton = d.getMonthValue() == 6 && d.getDayOfMonth() >= 19 && d.getDayOfMonth() <= 25
                && d.getDayOfWeek() == DayOfWeek.FRIDAY;
        return !midsommarafton;
    }

    /** Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate paskdagen(int ar) {
        int a = ar % 19;
        int b = ar / 100;
        int c = ar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int manad = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(ar, manad, dag);
    }
}
