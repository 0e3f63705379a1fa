package se.bistand.domain.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bistand.domain.arende.ArendeStatus.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArendeStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "AKTUALISERAD, NYBESOK_BOKAT, true",
            "AKTUALISERAD, ANSOKAN, false",
            "NYBESOK_BOKAT, NYBESOK_GENOMFORT, true",
            "NYBESOK_GENOMFORT, ANSOKAN, true",
            "ANSOKAN, UTREDNING, true",
            "ANSOKAN, BESLUT, false",
            "UTREDNING, BESLUT, true",
            "BESLUT, UPPFOLJNING, true",
            "BESLUT, ANSOKAN, true",
            "UPPFOLJNING, ANSOKAN, true",
            "UPPFOLJNING, UTREDNING, false",
            "UTREDNING, AVSLUTAD, true",
            "AVSLUTAD, AKTUALISERAD, true",
            "AVSLUTAD, ANSOKAN, false",
            "BESLUT, AKTUALISERAD, false"})
    void onlyTheMovesOfTheFlowAreAllowed(ArendeStatus fran, ArendeStatus till, boolean tillaten) {
        assertThat(fran.kanGaTill(till)).isEqualTo(tillaten);
    }

    @ParameterizedTest
    @CsvSource({"AKTUALISERAD, 0", "NYBESOK_BOKAT, 0"})
    void everyOpenStatusCanBeClosed(ArendeStatus s, int ignored) {
        assertThat(s.kanGaTill(AVSLUTAD)).isTrue();
    }
}
