package se.bistand.domain.beslut;

/**
 * The outcome of an application (the whole försörjningsstöd, or one livsföring item).
 * {@link #EJ_PROVAT} is only for the monthly part: the decision grants or refuses livsföring i
 * övrigt alone and says nothing about försörjningsstöd (none was applied for). A livsföring item
 * is always tried, so it never has that outcome.
 */
public enum Beslutsutfall {
    BIFALL,
    DELVIS_BIFALL,
    AVSLAG,
    /** Försörjningsstöd not tried in this decision (a livsföring-only decision); needs at least one livsföring item. */
    EJ_PROVAT;

    /** Whether this outcome says something about the monthly försörjningsstöd. */
    public boolean provarForsorjningsstod() {
        return this != EJ_PROVAT;
    }
}
