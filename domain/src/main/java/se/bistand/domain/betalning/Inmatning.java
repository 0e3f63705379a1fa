package se.bistand.domain.betalning;

import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Kontrollsiffra;

/** Shared first step when parsing a number typed by a user: blank check, spacing, characters. */
final class Inmatning {

    private Inmatning() {
    }

    /**
     * Strips spaces (also no-break and thin spaces) and refuses anything but digits and
     * {@code tillatna} characters. Keys: {@code <prefix>.tomt}, {@code <prefix>.ogiltigaTecken}.
     */
    static String rensa(String text, String falt, String prefix, String tillatna) {
        if (text == null || text.isBlank()) {
            throw DomainException.forField(falt, prefix + ".tomt");
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && tillatna.indexOf(c) < 0) {
                throw DomainException.forField(falt, prefix + ".ogiltigaTecken", text.strip());
            }
        }
        return s;
    }

    static boolean baraSiffror(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * A giro number: digits with optional hyphens, {@code min}–{@code max} digits (after
     * dropping leading zeros when asked), Luhn check digit last. Keys under {@code falt}:
     * {@code .tomt}, {@code .ogiltigaTecken}, {@code .felLangd} (args: input, digit count),
     * {@code .felKontrollsiffra} (args: input, expected digit).
     */
    static String luhnNummer(String text, String falt, int min, int max, boolean utanLedandeNollor) {
        String digits = rensa(text, falt, falt, "-").replace("-", "");
        if (utanLedandeNollor) {
            digits = Plusgiro.utanLedandeNollor(digits);
        }
        String original = text.strip();
        if (digits.length() < min || digits.length() > max) {
            throw DomainException.forField(falt, falt + ".felLangd", original, digits.length());
        }
        int expected = Kontrollsiffra.luhn(digits.substring(0, digits.length() - 1));
        if (expected != digits.charAt(digits.length() - 1) - '0') {
            throw DomainException.forField(falt, falt + ".felKontrollsiffra", original, expected);
        }
        return digits;
    }
}
