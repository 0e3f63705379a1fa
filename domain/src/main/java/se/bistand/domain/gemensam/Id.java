package se.bistand.domain.gemensam;

/** Typed ids so that a person's id is never passed where a case's is expected. */
public final class Id {
    private Id() {
    }

    public record AnvandareId(long varde) {
        @Override
        public String toString() {
            return Long.toString(varde);
        }
    }

    public record PersonId(long varde) {
        @Override
        public String toString() {
            return Long.toString(varde);
        }
    }

    public record ArendeId(long varde) {
        @Override
        public String toString() {
            return Long.toString(varde);
        }
    }
}
