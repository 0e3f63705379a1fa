package se.bistand.domain.beslut;

/**
 * Where a decision is in its way to payment. A saved decision is {@link #BESLUTAD}; attest
 * (a second person) is the next step and is recorded by the attest feature, not by changing
 * the decision.
 */
public enum BeslutStatus {
    BESLUTAD
}
