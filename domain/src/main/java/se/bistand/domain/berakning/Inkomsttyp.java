package se.bistand.domain.berakning;

/** Kinds of net income of the month. */
public enum Inkomsttyp {
    /** Employment income, net: the only kind jobbstimulans and the child rule apply to. */
    LON("lon"),
    AKASSA("akassa"),
    SJUKPENNING("sjukpenning"),
    FORALDRAPENNING("foraldrapenning"),
    BARNBIDRAG("barnbidrag"),
    UNDERHALLSSTOD("underhallsstod"),
    BOSTADSBIDRAG("bostadsbidrag"),
    PENSION("pension"),
    OVRIGT("ovrigt");

    private final String kod;

    Inkomsttyp(String kod) {
        this.kod = kod;
    }

    public String kod() {
        return kod;
    }

    public static Inkomsttyp fromKod(String kod) {
        return Koder.fromKod(Inkomsttyp.class, kod, Inkomsttyp::kod, "type");
    }
}
