package se.bistand.domain.betalning;

/**
 * The account number structure of a clearing-number series, named as in Bankgirot's
 * "Bankernas kontonummer" (type 1 or 2, and the "kommentar" that says how the check digit is
 * computed).
 */
public enum Kontotyp {
    /** 7-digit account; 11-modul over the last 3 clearing digits + the 7 account digits. */
    TYP1_KOMMENTAR1,
    /** 7-digit account; 11-modul over all 4 clearing digits + the 7 account digits. */
    TYP1_KOMMENTAR2,
    /** 10-digit account; 11-modul over the account number only. */
    TYP2_KOMMENTAR1,
    /** Handelsbanken: 9-digit account; 11-modul over the account number only. */
    TYP2_KOMMENTAR2,
    /** Up to 10 digits (zero-filled); 10-modul (Luhn) over the account number only. */
    TYP2_KOMMENTAR3
}
