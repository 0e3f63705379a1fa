package se.bistand.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.bistand.domain.gemensam.Integritetsfel;

/** What the user reads when stored data fails its integrity check, or something unexpected happens. */
class FelvisningTest {

    @Test
    void aDecisionChangedOutsideBistandIsASwedishMessageWithTheLoggedIncidentNotAnException() {
        Integritetsfel fel = Integritetsfel.av("beslut.hashStammerInte", "beslut", 42L, "test");
        String text = Felvisning.text(new RuntimeException("i bakgrunden", fel));
        assertThat(text).startsWith("Beslut 42 har ändrats utanför Bistånd").contains("incidentnummer " + fel.incident())
                .doesNotContain("Exception").doesNotContain("hash");
    }

    @Test
    void anUnexpectedErrorGetsAnIncidentNumber() {
        assertThat(Felvisning.text(new IllegalStateException("intern"))).startsWith("Ett oväntat fel inträffade")
                .containsPattern("incidentnummer [0-9A-F]{8}");
    }
}
