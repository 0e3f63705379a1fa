package se.bistand.domain.berakning;

/** A household member's role in the case. */
public enum Roll {
    /** The applicant. */
    SOKANDE("sokande"),
    /** Make/maka/sambo/partner of the sökande; the two together get the sambor amount. */
    MEDSOKANDE("medsokande"),
    /** Hemmavarande barn or skolungdom under 21. */
    BARN("barn");

    private final String kod;

    Roll(String kod) {
        this.kod = kod;
    }

    /** The code in the exchange format ({@code sokande}, {@code medsokande}, {@code barn}). */
    public String kod() {
        return kod;
    }

    public static Roll fromKod(String kod) {
        return Koder.fromKod(Roll.class, kod, Roll::kod, "role");
    }
}
