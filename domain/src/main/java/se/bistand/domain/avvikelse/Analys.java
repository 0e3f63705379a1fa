package se.bistand.domain.avvikelse;

/** The investigation's conclusions; all three are required before the avvikelse may be closed. */
public record Analys(String orsak, String atgarder, String lardom) {

    public static final Analys TOM = new Analys(null, null, null);

    public Analys {
        orsak = rensa(orsak);
        atgarder = rensa(atgarder);
        lardom = rensa(lardom);
    }

    private static String rensa(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean arKomplett() {
        return orsak != null && atgarder != null && lardom != null;
    }

    /** The first missing part as a field name ({@code orsak}, {@code atgarder}, {@code lardom}). */
    public String forstaSaknade() {
        return orsak == null ? "orsak" : atgarder == null ? "atgarder" : lardom == null ? "lardom" : null;
    }
}
