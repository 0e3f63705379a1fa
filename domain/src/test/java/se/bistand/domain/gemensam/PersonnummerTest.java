package se.bistand.domain.gemensam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonnummerTest {

    private static final LocalDate IDAG = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource({
        "198504129803, 19850412-9803",
        "19850412-9803, 19850412-9803",
        "850412-9803, 19850412-9803",
        "8504129803, 19850412-9803",
        "8112289874, 19811228-9874",
        "'19850412 9803', 19850412-9803"
    })
    void acceptsTenAndTwelveDigitsWithOrWithoutSeparator(String input, String expected) {
        assertThat(Personnummer.parse(input, IDAG).formaterat()).isEqualTo(expected);
    }

    @Test
    void plusMeansHundredYearsOrOlder() {
        Personnummer p = Personnummer.parse("121212+1212", IDAG);
        assertThat(p.fodelsedatum()).isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(Personnummer.parse("1212121212", IDAG).fodelsedatum()).isEqualTo(LocalDate.of(2012, 12, 12));
    }

    @Test
    void tenDigitsInTheFutureBelongToLastCentury() {
        // 27-01-01 would be after today in 2027, so it is 1927
        Personnummer p = Personnummer.av(LocalDate.of(1927, 1, 1), 982, false);
        String ten = p.tolvSiffror().substring(2);
        assertThat(Personnummer.parse(ten, IDAG).fodelsedatum().getYear()).isEqualTo(1927);
    }

    @Test
    void samordningsnummerHasDayPlusSixty() {
        Personnummer s = Personnummer.av(LocalDate.of(1990, 3, 5), 985, true);
        assertThat(s.tolvSiffror()).startsWith("19900365");
        assertThat(s.arSamordningsnummer()).isTrue();
        assertThat(s.fodelsedatum()).isEqualTo(LocalDate.of(1990, 3, 5));
        assertThat(Personnummer.parse(s.formaterat(), IDAG)).isEqualTo(s);
    }

    @Test
    void refusesWrongCheckDigitNamingTheExpectedOne() {
        assertThatThrownBy(() -> Personnummer.parse("19850412-9804", IDAG))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("personnummer.felKontrollsiffra");
                    assertThat(e.args()).contains(3);
                    assertThat(e.falt()).contains("personnummer");
                });
    }

    @ParameterizedTest
    @CsvSource({
        "'', personnummer.tomt",
        "19850412-98, personnummer.felFormat",
        "198504129, personnummer.felLangd",
        "19851332-9803, personnummer.ogiltigtDatum",
        "19850230-9800, personnummer.ogiltigtDatum",
        "1985O412-9803, personnummer.ogiltigaTecken",
        "19850412-+9803, personnummer.ogiltigaTecken",
        "19850412+9803, personnummer.plusMed12Siffror"
    })
    void refusesAnythingElseWithAPreciseKey(String input, String key) {
        assertThatThrownBy(() -> Personnummer.parse(input, IDAG))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void testNumbersInSkatteverketsSerialRangeAreValid() {
        for (int serial = 980; serial <= 999; serial++) {
            Personnummer p = Personnummer.av(LocalDate.of(1985, 4, 12), serial, false);
            assertThat(Personnummer.parse(p.tolvSiffror(), IDAG)).isEqualTo(p);
        }
    }

    @Test
    void ageAndMasking() {
        Personnummer p = Personnummer.parse("198504129803", IDAG);
        assertThat(p.alder(IDAG)).isEqualTo(41);
        assertThat(p.maskerat()).isEqualTo("19850412-****");
    }
}
