package se.bistand.domain.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankdagarTest {

    @Test
    void theNextBankDaySkipsWeekendsAndSwedishBankHolidays() {
        assertThat(Bankdagar.nasta(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(Bankdagar.nasta(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Bankdagar.nasta(LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Bankdagar.nasta(LocalDate.of(2026, 12, 30))).isEqualTo(LocalDate.of(2027, 1, 4));
        // Easter 2026 is 5 April: långfredag 3 April, annandag påsk 6 April, Kristi himmelsfärd 14 May
        assertThat(Bankdagar.paskdagen(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Bankdagar.nasta(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(Bankdagar.arBankdag(LocalDate.of(2026, 5, 14))).isFalse();
        assertThat(Bankdagar.arBankdag(LocalDate.of(2026, 6, 19))).as("midsommarafton").isFalse();
        assertThat(Bankdagar.arBankdag(LocalDate.of(2026, 6, 18))).isTrue();
    }
}
