package se.bistand.domain.betalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bistand.domain.gemensam.DomainException;

class GiroTest {

    @ParameterizedTest
    @CsvSource({
        "5050-1055, 5050-1055",
        "50501055, 5050-1055",
        "160-9908, 160-9908",
        "'160 9908', 160-9908"
    })
    void bankgiroIsDisplayedWithHyphenBeforeLastFour(String input, String expected) {
        assertThat(Bankgiro.parse(input).formaterat()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "bankgiro {0} refused with {1}")
    @CsvSource({
        "'', bankgiro.tomt",
        "5050-105X, bankgiro.ogiltigaTecken",
        "160-990, bankgiro.felLangd",
        "5050-10555, bankgiro.felLangd",
        "5050-1056, bankgiro.felKontrollsiffra"
    })
    void bankgiroRefusedWithPreciseKey(String input, String key) {
        assertThatThrownBy(() -> Bankgiro.parse(input))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @ParameterizedTest
    @CsvSource({
        "4455-2, 4455-2",
        "44552, 4455-2",
        "'90 01 00-9', 900100-9",
        "00044552, 4455-2",
        "1-8, 1-8"
    })
    void plusgiroIsDisplayedWithHyphenBeforeCheckDigit(String input, String expected) {
        assertThat(Plusgiro.parse(input).formaterat()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "plusgiro {0} refused with {1}")
    @CsvSource({
        "'', plusgiro.tomt",
        "4455/3, plusgiro.ogiltigaTecken",
        "3, plusgiro.felLangd",
        "123456789-7, plusgiro.felLangd",
        "4455-3, plusgiro.felKontrollsiffra"
    })
    void plusgiroRefusedWithPreciseKey(String input, String key) {
        assertThatThrownBy(() -> Plusgiro.parse(input))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void normalisedKeysSeparateTheKindsOfAccount() {
        Kontouppgift bg = Bankgiro.parse("5050-1055");
        Kontouppgift pg = Plusgiro.parse("4455-2");
        assertThat(bg.normaliserad()).isEqualTo("BG:50501055");
        assertThat(pg.normaliserad()).isEqualTo("PG:44552");
        assertThat(Bankgiro.parse("50501055")).isEqualTo(bg);
    }
}
