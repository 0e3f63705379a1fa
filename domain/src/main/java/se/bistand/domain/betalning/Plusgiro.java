package se.bistand.domain.betalning;

import se.bistand.domain.gemensam.Kontrollsiffra;

/**
 * A plusgironummer: 2 to 8 digits, the last a Luhn (10-modul) check digit. Displayed with the
 * check digit after a hyphen, {@code NNNNNN-N}. Leading zeros are not significant.
 *
 * @param siffror the digits without leading zeros and without separator (the storage form)
 */
public record Plusgiro(String siffror) implements Kontouppgift {

    private static final String FALT = "plusgiro";

    public Plusgiro {
        if (siffror == null || siffror.length() < 2 || siffror.length() > 8 || siffror.charAt(0) == '0'
                || !Inmatning.baraSiffror(siffror) || !Kontrollsiffra.luhnGiltig(siffror)) {
            throw new IllegalArgumentException("not a canonical plusgironummer: " + siffror);
        }
    }

    /**
     * Parses {@code 4455-3}, {@code 44 55-3}, {@code 445532-1}. Keys: {@code plusgiro.tomt},
     * {@code .ogiltigaTecken}, {@code .felLangd} (args: input, digit count),
     * {@code .felKontrollsiffra} (args: input, expected digit).
     */
    public static Plusgiro parse(String text) {
        return new Plusgiro(Inmatning.luhnNummer(text, FALT, 2, 8, true));
    }

    static String utanLedandeNollor(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    @Override
    public String formaterat() {
        int split = siffror.length() - 1;
        return siffror.substring(0, split) + "-" + siffror.substring(split);
    }

    @Override
    public String normaliserad() {
        return "PG:" + siffror;
    }

    @Override
    public String toString() {
        return "Plusgiro " + formaterat();
    }
}
