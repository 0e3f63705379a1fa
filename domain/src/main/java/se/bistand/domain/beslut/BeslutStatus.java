package se.bistand.domain.beslut;

/**
 * Where a decision is on its way to payment. Within the maker's delegation a saved decision is
 * {@link #BESLUTAD} at once; above it, it is a {@link #FORSLAG} until someone with enough delegation
 * decides it, or — above every limit — the socialutskott's decision is registered (decision 0022).
 * Attest (a second person) is the next step and is recorded by the attest feature, not by changing
 * the decision.
 */
public enum BeslutStatus {
    /** Above the maker's delegation: not a decision yet; no letter, no attest. */
    FORSLAG,
    /** Decided: by the maker within their delegation, by a delegate, or by the socialutskott. */
    BESLUTAD,
    /** The socialutskott refused the proposal: it is closed and is never paid. */
    AVSLAGET_AV_UTSKOTT
}
