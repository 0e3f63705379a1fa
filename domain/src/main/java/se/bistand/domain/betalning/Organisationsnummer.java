package se.bistand.domain.betalning;

import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Kontrollsiffra;

/**
 * A Swedish organisationsnummer of a legal person (aktiebolag, kommun, förening …): ten digits
 * {@code NNNNNN-NNNN}, Luhn check digit last, and a third digit of 2 or more (numbers with a
 * lower third digit are personnummer, i.e. sole traders, and are refused here).
 *
 * <p>Accepted input: {@code 5560473521}, {@code 556047-3521}, or the same with the century
 * prefix {@code 16} used in some registers ({@code 165560473521}, {@code 16556047-3521}).
 * Spaces are ignored.
 *
 * @param siffror the ten digits, no separator (the storage form)
 */
public record Organisationsnummer(String siffror) implements Comparable<Organisationsnummer> {

    private static final String FALT = "organisationsnummer";

    public Organisationsnummer {
        if (siffror == null || siffror.length() != 10 || !Inmatning.baraSiffror(siffror)
                || siffror.charAt(2) < '2' || !Kontrollsiffra.luhnGiltig(siffror)) {
            throw new IllegalArgumentException("not a canonical organisationsnummer: " + siffror);
        }
    }

    /**
     * True when {@code text} reads as an organisationsnummer rather than a personnummer: ten
     * digits (optional hyphen, spaces ignored) whose third digit is 2 or more — no personnummer
     * or samordningsnummer has a month starting with 2 — or twelve digits with the prefix 16.
     * Decides which of the two a typed identity is; {@link #parse} still validates it.
     */
    public static boolean liknarOrganisationsnummer(String text) {
        if (text == null) {
            return false;
        }
        String s = text.replace(" ", "").replace("\u00a0", "").strip();
        if (!s.matches("\\d{6}-?\\d{4}|16\\d{6}-?\\d{4}")) {
            return false;
        }
        String siffror = s.replace("-", "");
        return siffror.length() == 12 || siffror.charAt(2) >= '2';
    }

    /**
     * Parses and validates. Keys: {@code organisationsnummer.tomt}, {@code .ogiltigaTecken},
     * {@code .felFormat} (misplaced hyphen), {@code .felLangd} (args: input, digit count),
     * {@code .felPrefix} (12 digits not starting with 16), {@code .inteJuridiskPerson} (third
     * digit below 2), {@code .felKontrollsiffra} (args: input, expected digit).
     */
    public static Organisationsnummer parse(String text) {
        String s = Inmatning.rensa(text, FALT, FALT, "-");
        String original = text.strip();
        int dash = s.indexOf('-');
        if (dash >= 0 && (dash != s.lastIndexOf('-') || s.length() - dash != 5)) {
            throw DomainException.forField(FALT, "organisationsnummer.felFormat", original);
        }
        String digits = s.replace("-", "");
        if (digits.length() == 12) {
            if (!digits.startsWith("16")) {
                throw DomainException.forField(FALT, "organisationsnummer.felPrefix", original);
            }
            digits = digits.substring(2);
        } else if (digits.length() != 10) {
            throw DomainException.forField(FALT, "organisationsnummer.felLangd", original, digits.length());
        }
        if (digits.charAt(2) < '2') {
            throw DomainException.forField(FALT, "organisationsnummer.inteJuridiskPerson", original);
        }
        int expected = Kontrollsiffra.luhn(digits.substring(0, 9));
        if (expected != digits.charAt(9) - '0') {
            throw DomainException.forField(FALT, "organisationsnummer.felKontrollsiffra", original, expected);
        }
        return new Organisationsnummer(digits);
    }

    /** Display form {@code 556047-3521}. */
    public String formaterat() {
        return siffror.substring(0, 6) + "-" + siffror.substring(6);
    }

    /** Twelve digits with the {@code 16} prefix: {@code 165560473521}. */
    public String medPrefix16() {
        return "16" + siffror;
    }

    @Override
    public int compareTo(Organisationsnummer o) {
        return siffror.compareTo(o.siffror);
    }

    @Override
    public String toString() {
        return formaterat();
    }
}
