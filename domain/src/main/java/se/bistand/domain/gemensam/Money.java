package se.bistand.domain.gemensam;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Swedish kronor held as whole öre in a {@code long}. Exact arithmetic only; any
 * rounding is done by a named method. Never constructed from a {@code double}.
 *
 * <p>Formatting is Swedish: {@code "12 345,00 kr"} with a no-break space (U+00A0) as the group
 * separator and before "kr", and an ASCII minus for negatives.
 */
public record Money(long ore) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final char NBSP = '\u00a0';

    public static Money ofOre(long ore) {
        return new Money(ore);
    }

    public static Money ofKronor(long kronor) {
        return new Money(exakt(() -> Math.multiplyExact(kronor, 100L)));
    }

    /**
     * Parses a user- or file-supplied amount tolerantly: spaces and no-break spaces as group
     * separators, optional "kr", comma or point as decimal mark, ASCII hyphen or U+2212 as
     * minus. At most two decimals. Refuses anything else with a {@link DomainException}
     * (key {@code belopp.*}).
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("belopp.tomt");
        }
        String s = text.strip()
                .replace('\u2212', '-')
                .replace('\u2013', '-')
                .replace(String.valueOf(NBSP), "")
                .replace('\u202f', ' ')
                .replace(" ", "");
        if (s.toLowerCase().endsWith("kr")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith(":-")) {
            s = s.substring(0, s.length() - 2);
        }
        boolean negative = false;
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        s = s.replace(',', '.');
        if (!s.matches("\\d+(\\.\\d*)?") && !s.matches("\\.\\d+")) {
            throw new DomainException("belopp.ogiltigt", text.strip());
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot + 1);
        if (frac.length() > 2) {
            throw new DomainException("belopp.forMangaDecimaler", text.strip());
        }
        if (whole.isEmpty()) {
            whole = "0";
        }
        if (whole.length() > 15) {
            throw new DomainException("belopp.forStort", text.strip());
        }
        while (frac.length() < 2) {
            frac = frac + "0";
        }
        long ore = Long.parseLong(whole) * 100 + Long.parseLong(frac);
        return new Money(negative ? -ore : ore);
    }

    /** Parses like {@link #parse} and refuses negative amounts (key {@code belopp.negativt}). */
    public static Money parseNonNegative(String text) {
        Money m = parse(text);
        if (m.isNegative()) {
            throw new DomainException("belopp.negativt", text.strip());
        }
        return m;
    }

    public Money plus(Money other) {
        return new Money(exakt(() -> Math.addExact(ore, other.ore)));
    }

    public Money minus(Money other) {
        return new Money(exakt(() -> Math.subtractExact(ore, other.ore)));
    }

    public Money times(long factor) {
        return new Money(exakt(() -> Math.multiplyExact(ore, factor)));
    }

    public Money negate() {
        return new Money(exakt(() -> Math.negateExact(ore)));
    }

    /**
     * {@code this × numerator / denominator}, rounded half up to whole öre (the rounding rule
     * used for shares such as m/n of gemensamma hushållskostnader).
     */
    public Money fractionHalfUp(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        BigDecimal v = BigDecimal.valueOf(ore).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP);
        return new Money(exakt(v::longValueExact));
    }

    /** {@code percent} % of this amount, rounded down to whole öre (never gives more than due). */
    public Money percentFloor(long percent) {
        return new Money(Math.floorDiv(exakt(() -> Math.multiplyExact(ore, percent)), 100L));
    }

    /**
     * Runs exact long arithmetic; an overflow (amounts beyond ±92 233 720 368 547 758,07 kr) is an
     * expected refusal with key {@code belopp.overflode}, never an {@link ArithmeticException}.
     */
    private static long exakt(java.util.function.LongSupplier berakning) {
        try {
            return berakning.getAsLong();
        } catch (ArithmeticException e) {
            throw new DomainException("belopp.overflode");
        }
    }

    public boolean isNegative() {
        return ore < 0;
    }

    public boolean isZero() {
        return ore == 0;
    }

    public boolean isPositive() {
        return ore > 0;
    }

    public static Money max(Money a, Money b) {
        return a.ore >= b.ore ? a : b;
    }

    public static Money min(Money a, Money b) {
        return a.ore <= b.ore ? a : b;
    }

    public boolean isGreaterThan(Money other) {
        return ore > other.ore;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(ore, o.ore);
    }

    /** Swedish display form: {@code "12 345,00 kr"} (no-break spaces). */
    public String format() {
        return formatNumber() + NBSP + "kr";
    }

    /** Swedish number without currency: {@code "12 345,00"}. */
    public String formatNumber() {
        long abs = Math.abs(ore);
        String kronor = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < kronor.length(); i++) {
            if (i > 0 && (kronor.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(kronor.charAt(i));
        }
        long frac = abs % 100;
        return (ore < 0 ? "-" : "") + grouped + "," + (frac < 10 ? "0" : "") + frac;
    }

    /** Machine form with a point and two decimals, no grouping: {@code "12345.00"} (JSON, CSV, XML). */
    public String toPlainString() {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(ore, 2);
    }

    @Override
    public String toString() {
        return format();
    }
}
