package se.bistand.domain.berakning;

/** Skäliga kostnader, added to the norm at actual amounts. */
public enum Kostnadstyp {
    BOENDE("boende"),
    HUSHALLSEL("hushallsel"),
    ARBETSRESOR("arbetsresor"),
    HEMFORSAKRING("hemforsakring"),
    FACK_AKASSA("fack_akassa"),
    BARNOMSORG("barnomsorg"),
    /** Other reasonable costs the handläggare motivates. */
    OVRIGT("ovrigt");

    private final String kod;

    Kostnadstyp(String kod) {
        this.kod = kod;
    }

    public String kod() {
        return kod;
    }

    public static Kostnadstyp fromKod(String kod) {
        return Koder.fromKod(Kostnadstyp.class, kod, Kostnadstyp::kod, "type");
    }
}
