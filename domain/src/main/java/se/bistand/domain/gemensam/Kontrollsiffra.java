package se.bistand.domain.gemensam;

/**
 * Check-digit arithmetic shared by Swedish identifiers: the Luhn algorithm ("10-modul") used by
 * personnummer, organisationsnummer, bankgiro, plusgiro and some bank accounts, and the
 * "11-modul" with weights 1, 2, 3 … from the right used by most bank accounts. Inputs are
 * strings of ASCII digits; callers validate the characters.
 */
public final class Kontrollsiffra {

    private Kontrollsiffra() {
    }

    /** The Luhn check digit to append to {@code payload}. */
    public static int luhn(String payload) {
        int sum = 0;
        for (int i = payload.length() - 1, weight = 2; i >= 0; i--, weight = 3 - weight) {
            int p = (payload.charAt(i) - '0') * weight;
            sum += p > 9 ? p - 9 : p;
        }
        return (10 - sum % 10) % 10;
    }

    /** True when the last digit of {@code digits} is the Luhn check digit of the rest. */
    public static boolean luhnGiltig(String digits) {
        return digits.length() >= 2
                && luhn(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /**
     * True when {@code digits} (check digit last) passes modulus 11 with weights 1, 2, 3 … 10, 1, 2 …
     * counted from the right, i.e. the weights 1, 10, 9 … 2, 1 of "Bankernas kontonummer".
     */
    public static boolean mod11Giltig(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, pos = 0; i >= 0; i--, pos++) {
            sum += (digits.charAt(i) - '0') * (pos % 10 + 1);
        }
        return sum % 11 == 0;
    }
}
