package se.bistand.domain.beslut;

/** Legal grounds cited in decisions. */
public final class Lagrum {

    /** Försörjningsstöd and livsföring i övrigt: the default ground of a decision. */
    public static final String FORSORJNINGSSTOD = "4 kap. 1 § socialtjänstlagen (2001:453)";

    private Lagrum() {
    }
}
