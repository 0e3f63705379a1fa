package se.bistand.domain.gemensam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void formatsSwedishWithGroupingAndKr() {
        assertThat(Money.ofOre(1234500).format()).isEqualTo("12\u00a0345,00\u00a0kr");
        assertThat(Money.ofOre(5).format()).isEqualTo("0,05\u00a0kr");
        assertThat(Money.ofOre(-1250).format()).isEqualTo("-12,50\u00a0kr");
        assertThat(Money.ofKronor(1_000_000).formatNumber()).isEqualTo("1\u00a0000\u00a0000,00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12 345,00 kr|1234500",
        "12\u00a0345,50|1234550",
        "-12,50|-1250",
        "\u221212,50|-1250",
        "7000.00|700000",
        "7000|700000",
        "0,5|50",
        "100 kr|10000",
        ",75|75"
    })
    void parsesTolerantly(String text, long ore) {
        assertThat(Money.parse(text).ore()).isEqualTo(ore);
    }

    @Test
    void refusesMoreThanTwoDecimals() {
        assertThatThrownBy(() -> Money.parse("10,123"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("belopp.forMangaDecimaler");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12,3,4", "1e5", "--5", "kr"})
    void refusesMalformed(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesBlankAndNegativeWhereNotAllowed() {
        assertThatThrownBy(() -> Money.parse(" ")).hasMessageContaining("belopp.tomt");
        assertThatThrownBy(() -> Money.parseNonNegative("-1")).hasMessageContaining("belopp.negativt");
    }

    @Test
    void everyOverflowIsARefusalNotAnArithmeticException() {
        Money max = Money.ofOre(Long.MAX_VALUE);
        Money min = Money.ofOre(Long.MIN_VALUE);
        for (Runnable r : java.util.List.<Runnable>of(() -> max.plus(Money.ofOre(1)), () -> min.minus(Money.ofOre(1)),
                () -> max.times(2), () -> min.negate(), () -> max.percentFloor(25), () -> max.fractionHalfUp(3, 2),
                () -> Money.ofKronor(Long.MAX_VALUE / 10))) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.key()).isEqualTo("belopp.overflode"));
        }
    }

    @Test
    void arithmeticIsExact() {
        Money a = Money.parse("0,10");
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(a);
        }
        assertThat(sum).isEqualTo(Money.ofKronor(1));
        assertThat(Money.ofKronor(9000).percentFloor(25)).isEqualTo(Money.ofKronor(2250));
        assertThat(Money.ofOre(3).percentFloor(25)).isEqualTo(Money.ofOre(0));
        assertThat(Money.ofKronor(1710).fractionHalfUp(1, 5)).isEqualTo(Money.ofKronor(342));
        assertThat(Money.ofOre(10).fractionHalfUp(1, 3)).isEqualTo(Money.ofOre(3));
        assertThat(Money.ofOre(5).fractionHalfUp(1, 2)).isEqualTo(Money.ofOre(3));
    }

    @Test
    void plainStringForMachines() {
        assertThat(Money.ofOre(1234500).toPlainString()).isEqualTo("12345.00");
        assertThat(Money.ofOre(-5).toPlainString()).isEqualTo("-0.05");
    }
}
