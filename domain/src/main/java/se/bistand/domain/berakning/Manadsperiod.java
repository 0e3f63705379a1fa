package se.bistand.domain.berakning;

import java.time.YearMonth;
import java.util.Objects;

/** Whole calendar months {@code from} through {@code tom}, both included. */
public record Manadsperiod(YearMonth from, YearMonth tom) {

    public Manadsperiod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(tom, "tom");
        if (tom.isBefore(from)) {
            throw new IllegalArgumentException("tom before from: " + from + ".." + tom);
        }
    }

    public boolean innehaller(YearMonth manad) {
        return !manad.isBefore(from) && !manad.isAfter(tom);
    }

    public long antalManader() {
        return from.until(tom, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    @Override
    public String toString() {
        return from + "–" + tom;
    }
}
