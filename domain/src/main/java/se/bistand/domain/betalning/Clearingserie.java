package se.bistand.domain.betalning;

import java.util.List;
import java.util.Optional;

/**
 * A range of clearing numbers with its bank and account structure.
 *
 * <p>Source: Bankgirot, "Bankernas kontonummer" (bankernaskontonummeruppbyggnad, the
 * Swedish Bankers' Association's account number structure as published by Bankgirot), tables
 * "Kontonummer typ 1" and "Kontonummer typ 2"; cross-checked against two maintained open-source
 * implementations of that document (banktools-se, Ruby; kontonummer, TypeScript). Series
 * without a published check-digit rule (e.g. Folkia, Netfonds, Kommuninvest) are left out on
 * purpose, so accounts there are refused as unknown clearing numbers rather than accepted
 * unchecked. Update this table when Bankgirot publishes a new list.
 */
record Clearingserie(int fran, int till, String bank, Kontotyp typ, int minLangd, int maxLangd, Sarart sarart) {

    /** Series whose account numbers mean something beyond the bank's own numbering. */
    enum Sarart {
        INGEN,
        /** Nordea personkonto: the account number is the holder's personnummer. */
        PERSONKONTO,
        /** Nordea Plusgirot: the account number is a plusgironummer. */
        PLUSGIROT,
        /** Swedbank 8xxx-x: a fifth clearing digit, the 10-modul check digit of the first four. */
        KONTROLLSIFFRA_I_CLEARING
    }

    private Clearingserie(int fran, int till, String bank, Kontotyp typ, int minLangd, int maxLangd) {
        this(fran, till, bank, typ, minLangd, maxLangd, Sarart.INGEN);
    }

    private static Clearingserie typ1(int fran, int till, String bank, Kontotyp typ) {
        return new Clearingserie(fran, till, bank, typ, 7, 7);
    }

    static final List<Clearingserie> ALLA = List.of(
            typ1(1100, 1199, "Nordea", Kontotyp.TYP1_KOMMENTAR1),
            typ1(1200, 1399, "Danske Bank", Kontotyp.TYP1_KOMMENTAR1),
            typ1(1400, 2099, "Nordea", Kontotyp.TYP1_KOMMENTAR1),
            typ1(2300, 2399, "Ålandsbanken", Kontotyp.TYP1_KOMMENTAR2),
            typ1(2400, 2499, "Danske Bank", Kontotyp.TYP1_KOMMENTAR1),
            typ1(3000, 3299, "Nordea", Kontotyp.TYP1_KOMMENTAR1),
            new Clearingserie(3300, 3300, "Nordea", Kontotyp.TYP2_KOMMENTAR3, 10, 10, Sarart.PERSONKONTO),
            typ1(3301, 3399, "Nordea", Kontotyp.TYP1_KOMMENTAR1),
            typ1(3400, 3409, "Länsförsäkringar Bank", Kontotyp.TYP1_KOMMENTAR1),
            typ1(3410, 3781, "Nordea", Kontotyp.TYP1_KOMMENTAR1),
            new Clearingserie(3782, 3782, "Nordea", Kontotyp.TYP2_KOMMENTAR3, 10, 10, Sarart.PERSONKONTO),
            typ1(3783, 3999, "Nordea", Kontotyp.TYP1_KOMMENTAR1),
            typ1(4000, 4999, "Nordea", Kontotyp.TYP1_KOMMENTAR2),
            typ1(5000, 5999, "SEB", Kontotyp.TYP1_KOMMENTAR1),
            new Clearingserie(6000, 6999, "Handelsbanken", Kontotyp.TYP2_KOMMENTAR2, 8, 9),
            typ1(7000, 7999, "Swedbank", Kontotyp.TYP1_KOMMENTAR1),
            new Clearingserie(8000, 8999, "Swedbank", Kontotyp.TYP2_KOMMENTAR3, 6, 10, Sarart.KONTROLLSIFFRA_I_CLEARING),
            typ1(9020, 9029, "Länsförsäkringar Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9040, 9049, "Citibank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9060, 9069, "Länsförsäkringar Bank", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9100, 9109, "Nordnet Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9120, 9124, "SEB", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9130, 9149, "SEB", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9150, 9169, "Skandiabanken", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9170, 9179, "Ikano Bank", Kontotyp.TYP1_KOMMENTAR1),
            new Clearingserie(9180, 9189, "Danske Bank", Kontotyp.TYP2_KOMMENTAR1, 10, 10),
            typ1(9190, 9199, "DNB Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9230, 9239, "Marginalen Bank", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9250, 9259, "SBAB", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9260, 9269, "DNB Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9270, 9279, "ICA Banken", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9280, 9289, "Resurs Bank", Kontotyp.TYP1_KOMMENTAR1),
            new Clearingserie(9300, 9349, "Swedbank", Kontotyp.TYP2_KOMMENTAR1, 10, 10),
            typ1(9390, 9399, "Landshypotek", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9400, 9449, "Forex Bank", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9460, 9469, "Santander Consumer Bank", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9470, 9479, "BNP Paribas", Kontotyp.TYP1_KOMMENTAR2),
            new Clearingserie(9500, 9549, "Nordea Plusgirot", Kontotyp.TYP2_KOMMENTAR3, 2, 10, Sarart.PLUSGIROT),
            typ1(9550, 9569, "Avanza Bank", Kontotyp.TYP1_KOMMENTAR2),
            new Clearingserie(9570, 9579, "Sparbanken Syd", Kontotyp.TYP2_KOMMENTAR1, 10, 10),
            typ1(9590, 9599, "Erik Penser", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9630, 9639, "Lån & Spar Bank Sverige", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9640, 9649, "Nordax Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9650, 9659, "MedMera Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9660, 9669, "Svea Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9670, 9679, "JAK Medlemsbank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9680, 9689, "BlueStep Finans", Kontotyp.TYP1_KOMMENTAR1),
            typ1(9700, 9709, "Ekobanken", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9750, 9759, "Northmill Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9780, 9789, "Klarna Bank", Kontotyp.TYP1_KOMMENTAR2),
            typ1(9880, 9889, "Riksgälden", Kontotyp.TYP1_KOMMENTAR2),
            new Clearingserie(9890, 9899, "Riksgälden", Kontotyp.TYP2_KOMMENTAR1, 10, 10),
            new Clearingserie(9960, 9969, "Nordea Plusgirot", Kontotyp.TYP2_KOMMENTAR3, 2, 10, Sarart.PLUSGIROT));

    static Optional<Clearingserie> for4Siffror(int clearing) {
        return ALLA.stream().filter(s -> clearing >= s.fran && clearing <= s.till).findFirst();
    }

    /** Stored length of the account number: zero-filled to the maximum. */
    int lagradLangd() {
        return maxLangd;
    }
}
