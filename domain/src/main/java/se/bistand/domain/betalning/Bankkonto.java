package se.bistand.domain.betalning;

import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Kontrollsiffra;
import se.bistand.domain.gemensam.Personnummer;

/**
 * A Swedish bank account: clearing number and account number, validated by the rules of
 * Bankgirot's "Bankernas kontonummer" (see {@link Clearingserie} for the clearing table and
 * {@link Kontotyp} for the check-digit rules).
 *
 * <p>The account number is stored zero-filled to the length its series defines (7 for type 1,
 * 9 for Handelsbanken, 10 for the others). For Swedbank's 8xxx-x series the fifth clearing digit
 * is checked (10-modul over the first four) and kept only for display; it is not part of the
 * account in payment files.
 */
public final class Bankkonto implements Kontouppgift {

    private static final String FALT = "bankkonto";

    private final String clearingnummer; // 4 digits
    private final String kontonummer;    // zero-filled per series
    private final Clearingserie serie;

    private Bankkonto(String clearingnummer, String kontonummer, Clearingserie serie) {
        this.clearingnummer = clearingnummer;
        this.kontonummer = kontonummer;
        this.serie = serie;
    }

    /**
     * Parses a clearing number ({@code 5000}, {@code 8327-9}, {@code 83279}, or Swedbank's
     * four-digit form {@code 8327}) and an account number (spaces and hyphens ignored).
     *
     * <p>Keys: {@code bankkonto.tomt}, {@code .ogiltigaTecken}, {@code .clearingFelLangd},
     * {@code .okandClearingnummer} (arg: clearing), {@code .clearingFelKontrollsiffra} (args:
     * clearing, expected digit), {@code .kontonummerFelLangd} (args: account, min, max),
     * {@code .felKontrollsiffra} (args: clearing, account).
     */
    public static Bankkonto parse(String clearing, String konto) {
        String c = Inmatning.rensa(clearing, FALT, FALT, "-").replace("-", "");
        String k = Inmatning.rensa(konto, FALT, FALT, "-").replace("-", "");
        if (c.length() != 4 && !(c.length() == 5 && c.charAt(0) == '8')) {
            throw DomainException.forField(FALT, "bankkonto.clearingFelLangd", clearing.strip());
        }
        String fyra = c.substring(0, 4);
        Clearingserie serie = Clearingserie.for4Siffror(Integer.parseInt(fyra))
                .orElseThrow(() -> DomainException.forField(FALT, "bankkonto.okandClearingnummer", clearing.strip()));
        if (c.length() == 5) {
            int expected = Kontrollsiffra.luhn(fyra);
            if (expected != c.charAt(4) - '0') {
                throw DomainException.forField(FALT, "bankkonto.clearingFelKontrollsiffra", clearing.strip(), expected);
            }
        }
        if (k.length() < serie.minLangd() || k.length() > serie.maxLangd()) {
            throw DomainException.forField(FALT, "bankkonto.kontonummerFelLangd", konto.strip(),
                    serie.minLangd(), serie.maxLangd());
        }
        String fylld = "0".repeat(serie.lagradLangd() - k.length()) + k;
        if (!kontrollsiffraStammer(serie.typ(), fyra, fylld)) {
            throw DomainException.forField(FALT, "bankkonto.felKontrollsiffra", clearing.strip(), konto.strip());
        }
        return new Bankkonto(fyra, fylld, serie);
    }

    /**
     * Parses clearing and account written together ({@code 5000-0017727},
     * {@code 8327-9 123 456 789-0}). A number starting with 8 is read with a five-digit
     * clearing; use {@link #parse(String, String)} when the parts are known separately.
     */
    public static Bankkonto parse(String heltNummer) {
        String s = Inmatning.rensa(heltNummer, FALT, FALT, "-,.").replaceAll("[-,.]", "");
        int clearingLangd = s.startsWith("8") ? 5 : 4;
        if (s.length() <= clearingLangd) {
            throw DomainException.forField(FALT, "bankkonto.forKort", heltNummer.strip());
        }
        return parse(s.substring(0, clearingLangd), s.substring(clearingLangd));
    }

    private static boolean kontrollsiffraStammer(Kontotyp typ, String clearing, String konto) {
        return switch (typ) {
            case TYP1_KOMMENTAR1 -> Kontrollsiffra.mod11Giltig(clearing.substring(1) + konto);
            case TYP1_KOMMENTAR2 -> Kontrollsiffra.mod11Giltig(clearing + konto);
            case TYP2_KOMMENTAR1, TYP2_KOMMENTAR2 -> Kontrollsiffra.mod11Giltig(konto);
            case TYP2_KOMMENTAR3 -> Kontrollsiffra.luhnGiltig(konto);
        };
    }

    /** The four clearing digits used in payment files (without Swedbank's fifth digit). */
    public String clearingnummer() {
        return clearingnummer;
    }

    /** Clearing number as the bank shows it: {@code 5000}, or {@code 8327-9} for Swedbank 8xxx. */
    public String clearingnummerVisning() {
        return serie.sarart() == Clearingserie.Sarart.KONTROLLSIFFRA_I_CLEARING
                ? clearingnummer + "-" + Kontrollsiffra.luhn(clearingnummer)
                : clearingnummer;
    }

    /** The account number, zero-filled to its series' length. */
    public String kontonummer() {
        return kontonummer;
    }

    public String bank() {
        return serie.bank();
    }

    public Kontotyp kontotyp() {
        return serie.typ();
    }

    /** Clearing (4 digits) followed by the account number: the domestic BBAN form for payment files. */
    public String bban() {
        return clearingnummer + kontonummer;
    }

    /** True for a Nordea personkonto (clearing 3300 or 3782), whose number is a personnummer. */
    public boolean arPersonkonto() {
        return serie.sarart() == Clearingserie.Sarart.PERSONKONTO;
    }

    /** True when this is the Nordea personkonto of {@code personnummer} (audit: accounts tied to the person). */
    public boolean arPersonkontoFor(Personnummer personnummer) {
        return arPersonkonto() && personnummer.tolvSiffror().substring(2).equals(kontonummer);
    }

    @Override
    public String formaterat() {
        return clearingnummerVisning() + ", " + kontonummer;
    }

    @Override
    public String normaliserad() {
        if (serie.sarart() == Clearingserie.Sarart.PLUSGIROT) {
            return "PG:" + Plusgiro.utanLedandeNollor(kontonummer);
        }
        return "BK:" + clearingnummer + kontonummer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bankkonto b && b.clearingnummer.equals(clearingnummer) && b.kontonummer.equals(kontonummer);
    }

    @Override
    public int hashCode() {
        return clearingnummer.hashCode() * 31 + kontonummer.hashCode();
    }

    @Override
    public String toString() {
        return bank() + " " + formaterat();
    }
}
