package se.bistand.domain.beslut;

/** A decision's id. {@link #NY} stands for "not stored yet" in a decision handed to the repository. */
public record BeslutId(long varde) {

    public static final BeslutId NY = new BeslutId(0);

    @Override
    public String toString() {
        return Long.toString(varde);
    }
}
