package se.bistand.domain.betalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Personnummer;

/**
 * Valid examples: the published test numbers of the kontonummer library (built on Bankgirot's
 * "Bankernas kontonummer"), one per rule where such a number was at hand. For the rules without
 * a published example (type 1 comment 2, type 2 comment 1) the check digit is computed in this
 * test with the document's weight table 1, 10, 9 … 2, 1 written out independently.
 */
class BankkontoTest {

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource({
        "9420, 417 23 85, Forex Bank, TYP1_KOMMENTAR1",
        "6789, 123456789, Handelsbanken, TYP2_KOMMENTAR2",
        "3300, 000620-5124, Nordea, TYP2_KOMMENTAR3",
        "8424-4, 983 189 224-6, Swedbank, TYP2_KOMMENTAR3",
        "8351-9, 392 242 224-5, Swedbank, TYP2_KOMMENTAR3",
        "8129-9, 043 386 711-6, Swedbank, TYP2_KOMMENTAR3",
        "9960, 4455-2, Nordea Plusgirot, TYP2_KOMMENTAR3"
    })
    void acceptsPublishedValidNumbers(String clearing, String konto, String bank, Kontotyp typ) {
        Bankkonto b = Bankkonto.parse(clearing, konto);
        assertThat(b.bank()).isEqualTo(bank);
        assertThat(b.kontotyp()).isEqualTo(typ);
    }

    /** Check digit by the table in "Bankernas kontonummer": weights 1, 10, 9 … 2, 1 aligned right. */
    private static String medMod11Kontrollsiffra(String underlag, String payload) {
        int[] vikter = {1, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        String helt = underlag + payload;
        int sum = 0;
        for (int i = 0; i < helt.length(); i++) {
            sum += (helt.charAt(i) - '0') * vikter[vikter.length - 1 - (helt.length() - i)];
        }
        int c = (11 - sum % 11) % 11;
        assertThat(c).as("payload needs a single-digit check").isLessThan(10);
        return payload + c;
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @CsvSource({
        "5000, 001772, true, TYP1_KOMMENTAR1, SEB",
        "1200, 123456, true, TYP1_KOMMENTAR1, Danske Bank",
        "7000, 765432, true, TYP1_KOMMENTAR1, Swedbank",
        "9270, 000123, true, TYP1_KOMMENTAR1, ICA Banken",
        "9020, 001772, false, TYP1_KOMMENTAR2, Länsförsäkringar Bank",
        "2300, 123456, false, TYP1_KOMMENTAR2, Ålandsbanken",
        "4164, 001072, false, TYP1_KOMMENTAR2, Nordea",
        "9660, 555555, false, TYP1_KOMMENTAR2, Svea Bank",
        "9180, 392242224, , TYP2_KOMMENTAR1, Danske Bank",
        "9300, 123456788, , TYP2_KOMMENTAR1, Swedbank",
        "9570, 000111222, , TYP2_KOMMENTAR1, Sparbanken Syd"
    })
    void appliesTheDocumentedModulus11Rule(String clearing, String payload, Boolean treSiffror, Kontotyp typ, String bank) {
        String underlag = treSiffror == null ? "" : treSiffror ? clearing.substring(1) : clearing;
        String konto = medMod11Kontrollsiffra(underlag, payload);
        Bankkonto b = Bankkonto.parse(clearing, konto);
        assertThat(b.kontotyp()).isEqualTo(typ);
        assertThat(b.bank()).isEqualTo(bank);
        String fel = konto.substring(0, konto.length() - 1) + (char) ('0' + (konto.charAt(konto.length() - 1) - '0' + 1) % 10);
        assertThatThrownBy(() -> Bankkonto.parse(clearing, fel))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("bankkonto.felKontrollsiffra"));
    }

    @ParameterizedTest(name = "{0} {1} refused with {2}")
    @CsvSource({
        "9420, 4172386, bankkonto.felKontrollsiffra",
        "6789, 123456788, bankkonto.felKontrollsiffra",
        "8351-9, 392 242 224-4, bankkonto.felKontrollsiffra",
        "3300, 000620-5125, bankkonto.felKontrollsiffra",
        "8424-1, 983 189 224-6, bankkonto.clearingFelKontrollsiffra",
        "1000, 0000000, bankkonto.okandClearingnummer",
        "9999, 0017727, bankkonto.okandClearingnummer",
        "500, 0017727, bankkonto.clearingFelLangd",
        "50001, 0017727, bankkonto.clearingFelLangd",
        "5000, 17727, bankkonto.kontonummerFelLangd",
        "5000, 00177270, bankkonto.kontonummerFelLangd",
        "3300, 6205124, bankkonto.kontonummerFelLangd",
        "5000, 0017X27, bankkonto.ogiltigaTecken",
        "' ', 0017727, bankkonto.tomt"
    })
    void refusesWithPreciseKey(String clearing, String konto, String key) {
        assertThatThrownBy(() -> Bankkonto.parse(clearing, konto))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.falt()).contains("bankkonto");
                });
    }

    @Test
    void swedbankFiveDigitClearingKeepsCheckDigitForDisplayOnly() {
        Bankkonto tanum = Bankkonto.parse("83519", "3922422245");
        assertThat(tanum.clearingnummer()).isEqualTo("8351");
        assertThat(tanum.clearingnummerVisning()).isEqualTo("8351-9");
        assertThat(tanum.bban()).isEqualTo("83513922422245");
        assertThat(Bankkonto.parse("8351", "3922422245")).isEqualTo(tanum);
    }

    @Test
    void swedbankShortAccountIsZeroFilledToTen() {
        Bankkonto b = Bankkonto.parse("8000-2", "80000003");
        assertThat(b.kontonummer()).isEqualTo("0080000003");
        assertThat(Bankkonto.parse("8000-2", "0080000003").normaliserad()).isEqualTo(b.normaliserad());
    }

    @ParameterizedTest
    @CsvSource({
        "9420-4172385, 9420, 4172385",
        "'9420 41 723 85', 9420, 4172385",
        "8351-9 392 242 224-5, 8351, 3922422245",
        "6789123456789, 6789, 123456789"
    })
    void parsesClearingAndAccountWrittenTogether(String text, String clearing, String konto) {
        Bankkonto b = Bankkonto.parse(text);
        assertThat(b.clearingnummer()).isEqualTo(clearing);
        assertThat(b.kontonummer()).isEqualTo(konto);
    }

    @Test
    void nordeaPersonkontoIsTiedToItsPersonnummer() {
        Personnummer p = Personnummer.av(LocalDate.of(1985, 4, 12), 980, false);
        String tio = p.tolvSiffror().substring(2);
        Bankkonto konto = Bankkonto.parse("3300", tio);
        assertThat(konto.arPersonkonto()).isTrue();
        assertThat(konto.arPersonkontoFor(p)).isTrue();
        assertThat(konto.arPersonkontoFor(Personnummer.av(LocalDate.of(1985, 4, 12), 981, false))).isFalse();
        assertThat(Bankkonto.parse("9420", "4172385").arPersonkonto()).isFalse();
    }

    @Test
    void plusgirotAccountViaBankHasSameKeyAsPlusgiro() {
        Plusgiro pg = Plusgiro.parse("4455-2");
        Bankkonto viaBank = Bankkonto.parse("9960", "44552");
        assertThat(viaBank.normaliserad()).isEqualTo(pg.normaliserad());
        assertThat(Bankkonto.parse("9500", "0000044552").normaliserad()).isEqualTo(pg.normaliserad());
    }

    @Test
    void sameAccountTypedDifferentlyGivesSameKey() {
        assertThat(Bankkonto.parse("9420", "41 723 85").normaliserad())
                .isEqualTo(Bankkonto.parse("9420-4172385").normaliserad())
                .isEqualTo("BK:94204172385");
        assertThat(Bankkonto.parse("6789", "123456789").normaliserad())
                .isNotEqualTo(Bankkonto.parse("6000", "123456789").normaliserad());
    }
}
