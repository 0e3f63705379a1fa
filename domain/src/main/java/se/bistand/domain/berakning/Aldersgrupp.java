package se.bistand.domain.berakning;

/**
 * The riksnorm's age bands for children and skolungdom. Age is completed years on the first
 * day of the month being calculated.
 */
public enum Aldersgrupp {
    UNDER_1("under1", 0, 0, true),
    AR_1_2("1-2", 1, 2, true),
    AR_3("3", 3, 3, true),
    AR_4_6("4-6", 4, 6, true),
    AR_7_10("7-10", 7, 10, false),
    AR_11_14("11-14", 11, 14, false),
    AR_15_18("15-18", 15, 18, false),
    AR_19_20("19-20", 19, 20, false);

    /** The highest age (completed years) a child may have in the norm: under 21. */
    public static final int HOGSTA_ALDER = 20;

    private final String nyckel;
    private final int franAlder;
    private final int tillAlder;
    private final boolean harEjLunchVarde;

    Aldersgrupp(String nyckel, int franAlder, int tillAlder, boolean harEjLunchVarde) {
        this.nyckel = nyckel;
        this.franAlder = franAlder;
        this.tillAlder = tillAlder;
        this.harEjLunchVarde = harEjLunchVarde;
    }

    /** The band for an age in completed years, 0..20. */
    public static Aldersgrupp forAlder(int alder) {
        for (Aldersgrupp g : values()) {
            if (alder >= g.franAlder && alder <= g.tillAlder) {
                return g;
            }
        }
        throw new IllegalArgumentException("no age band for age " + alder);
    }

    /** The key used in norm table files: {@code under1}, {@code 1-2}, … */
    public String nyckel() {
        return nyckel;
    }

    public int franAlder() {
        return franAlder;
    }

    public int tillAlder() {
        return tillAlder;
    }

    /** True for 0–6 years: the only bands with an "ej lunch" value. */
    public boolean harEjLunchVarde() {
        return harEjLunchVarde;
    }
}
