package se.bistand.domain.beslut;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The socialutskott's decision on a proposal above every delegation limit, as its protocol says it:
 * the day of the sammanträde, the protocol paragraph and the outcome (decision 0022).
 */
public record Utskottsbeslut(LocalDate sammantrade, String paragraf, Utfall utfall) {

    /** What the utskott decided on the proposal. */
    public enum Utfall {
        /** The utskott decided as proposed: the decision stands and goes on to attest. */
        ENLIGT_FORSLAG,
        /** The utskott refused the proposal: nothing is paid on it. */
        AVSLAG;

        public String textnyckel() {
            return "utskott.utfall." + name();
        }
    }

    public Utskottsbeslut {
        Objects.requireNonNull(sammantrade, "sammantrade");
        Objects.requireNonNull(paragraf, "paragraf");
        Objects.requireNonNull(utfall, "utfall");
    }
}
