package se.bistand.app.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/** An avvikelse is one click away from the payout list: the list or the selected line is linked. */
class UtbetalningAvvikelseTest extends FxTestBas {

    @Test
    void reportingFromThePayoutListPrefillsTheListAndFromALineThePayment() {
        loggaInSom("karin");
        clickOn("#nav-utbetalningar");
        vantaPa(() -> finns("#signeraKnapp"));

        clickOn("#utbetalningAvvikelseKnapp");
        vantaPa(() -> lookup("#lankText").tryQuery().isPresent());
        assertThat(text("#lankText")).contains("Utbetalningslista");
        stangFormularet();

        TableView<Utbetalningsrad> rader = lookup("#radTabell").queryTableView();
        interact(() -> rader.getSelectionModel().select(0));
        String belopp = rader.getItems().get(0).belopp().format();
        clickOn("#utbetalningAvvikelseKnapp");
        vantaPa(() -> lookup("#lankText").tryQuery().isPresent());
        assertThat(text("#lankText")).contains("Utbetalning i ärende").contains(belopp);
        stangFormularet();
    }

    private void stangFormularet() {
        interact(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                        && w.getScene().lookup("#avvikelseFormular") != null).toList()
                .forEach(Window::hide));
        vantaPa(() -> lookup("#lankText").tryQuery().isEmpty());
    }
}
