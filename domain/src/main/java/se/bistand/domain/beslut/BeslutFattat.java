package se.bistand.domain.beslut;

import se.bistand.domain.behorighet.Aktor;

/**
 * Port: what happens to a paying decision once it is stored. Called by {@link BeslutService}
 * inside the decision's own transaction for every decision whose {@link Beslut#total()} is above
 * zero, so a decision is never saved without being handed on (and a refusal there undoes the
 * decision). The application wires it to attest: the delegation check, then the stored amount,
 * unchanged, into the attest inbox (or a proposal above the maker's delegation).
 */
public interface BeslutFattat {

    /**
     * @param aktor       the decision-maker
     * @param beslut      the decision as stored, with its checked calculation
     * @param utbetalning recipient and payment date from the decision form
     */
    void fattat(Aktor aktor, BeslutMedBerakning beslut, Utbetalningsuppgift utbetalning);

    /**
     * Called in the same transaction before a decision replacing {@code tidigare} is stored, whatever
     * the new amount. Throws to refuse the replacement (e.g. while the earlier decision waits for or
     * has passed attest: it would otherwise be paid as well).
     */
    default void ersatts(Aktor aktor, BeslutId tidigare) {
    }

    /**
     * Called in the same transaction when a paying decision saved as a proposal above the maker's
     * delegation has been decided ({@code aktor}: the delegate, or who registered the socialutskott's
     * decision): its payment may now go on to attest.
     */
    default void forslagFattat(Aktor aktor, BeslutMedBerakning beslut) {
    }

    /**
     * Called in the same transaction when the socialutskott refused a paying proposal: nothing may be
     * paid on it ({@code kommentar} names the protocol).
     */
    default void forslagAvslaget(Aktor aktor, BeslutMedBerakning beslut, String kommentar) {
    }
}
