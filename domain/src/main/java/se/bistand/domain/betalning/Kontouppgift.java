package se.bistand.domain.betalning;

/**
 * Where a payment to a betalningsmottagare goes: exactly one account of one kind.
 *
 * <p>{@link #normaliserad()} is the key for "is this the same account?" comparisons (the same
 * account on unrelated households, or a recipient account equal to a staff member's). It is
 * independent of how the number was typed, and a Nordea Plusgirot account written as a bank
 * account (clearing 95xx/996x plus the plusgiro number) gets the same key as the plusgiro number.
 */
public sealed interface Kontouppgift permits Bankkonto, Bankgiro, Plusgiro {

    /** Comparison key, e.g. {@code BK:50000017727}, {@code BG:56781234}, {@code PG:44553}. */
    String normaliserad();

    /** Display form for people (lists, dialogs, the CSV file). */
    String formaterat();
}
