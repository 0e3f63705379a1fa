package se.bistand.domain.betalning;

import se.bistand.domain.gemensam.Kontrollsiffra;

/**
 * A bankgironummer: 7 or 8 digits, the last a Luhn (10-modul) check digit. Displayed
 * {@code NNN-NNNN} or {@code NNNN-NNNN}.
 *
 * @param siffror the digits, no separator (the storage form)
 */
public record Bankgiro(String siffror) implements Kontouppgift {

    private static final String FALT = "bankgiro";

    public Bankgiro {
        if (siffror == null || siffror.length() < 7 || siffror.length() > 8
                || !Inmatning.baraSiffror(siffror) || !Kontrollsiffra.luhnGiltig(siffror)) {
            throw new IllegalArgumentException("not a canonical bankgironummer: " + siffror);
        }
    }

    /**
     * Parses {@code 5050-1055}, {@code 50501055}, {@code 160-9908}. Keys: {@code bankgiro.tomt},
     * {@code .ogiltigaTecken}, {@code .felLangd} (args: input, digit count),
     * {@code .felKontrollsiffra} (args: input, expected digit).
     */
    public static Bankgiro parse(String text) {
        return new Bankgiro(Inmatning.luhnNummer(text, FALT, 7, 8, false));
    }

    @Override
    public String formaterat() {
        int split = siffror.length() - 4;
        return siffror.substring(0, split) + "-" + siffror.substring(split);
    }

    @Override
    public String normaliserad() {
        return "BG:" + siffror;
    }

    @Override
    public String toString() {
        return "Bankgiro " + formaterat();
    }
}
