package se.bistand.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bistand.domain.logg.AuditHandelse;

class InloggningFlodeTest extends FxTestBas {

    private static boolean synligHelaVagen(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theSignInScreenOfADemoInstallationListsTheDemoUsersUnderADemoBanner() {
        assertThat(finns("#demoBanner")).isTrue();
        assertThat(finns("#demoAnvandare")).isTrue();
        assertThat(text("#inloggningDatabas")).contains("minne");
    }

    @Test
    void aSystemforvaltareSignsInSeesAdministrationAndSignsOut() {
        loggaInSom("sofia");
        assertThat(text("#statusAnvandare")).contains("Sofia Nyberg").contains("Systemförvaltare");
        assertThat(text("#statusDatabas")).contains("Databas:");
        assertThat(finns("#nav-administration")).isTrue();
        assertThat(finns("#demoBanner")).isTrue();
        clickOn("#nav-administration");
        assertThat(finns("#anvandareTabell")).isTrue();
        vantaPa(() -> lookup("#anvandareTabell").queryTableView().getItems().size() == 9);

        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());
        List<String> handelser = ctx.auditService().senasteHandelser(aktor("sofia"), 20).stream()
                .map(AuditHandelse::handelse).toList();
        assertThat(handelser).contains("INLOGGNING", "UTLOGGNING");
    }

    @Test
    void aRevisorSeesOnlyTheLogsNotUserAdministration() {
        loggaInSom("eva");
        assertThat(finns("#nav-administration")).isTrue();
        clickOn("#nav-administration");
        assertThat(lookup("#anvandareTabell").tryQuery()).isEmpty();
        assertThat(finns("#auditTabell")).isTrue();
    }

    @Test
    void aWrongPasswordGivesASwedishMessageAtTheFieldAndTheAppStaysUsable() {
        clickOn("#anvandarnamnFalt").write("anna");
        clickOn("#losenordFalt").write("fel-losenord");
        clickOn("#loggaInKnapp");
        vantaPa(() -> !text("#inloggningFel").isEmpty());
        assertThat(text("#inloggningFel")).startsWith("Fel användarnamn eller lösenord");
        assertThat(text("#losenordFalt")).isEmpty();

        clickOn("#losenordFalt").write("demo-anna-26");
        clickOn("#loggaInKnapp");
        vantaPa(() -> fonster.huvudfonster() != null);
    }

    @Test
    void theLockScreenHidesTheWindowUntilThePasswordIsGivenAgain() {
        loggaInSom("karin");
        clickOn("#lasKnapp");
        vantaPa(() -> finns("#lasskarm"));
        assertThat(synligHelaVagen(lookup("#navRail").query())).isFalse();
        clickOn("#upplasLosenord").write("fel");
        clickOn("#upplasKnapp");
        vantaPa(() -> !text("#upplasFel").isEmpty());
        clickOn("#upplasLosenord").write("demo-karin-26");
        clickOn("#upplasKnapp");
        vantaPa(() -> !finns("#lasskarm"));
        assertThat(fonster.huvudfonster().arLast()).isFalse();
    }
}
