package se.bistand.app.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/**
 * The Stickprov tab: the systemförvaltare proposes a new sample rule (bad values shown at their
 * field), cannot confirm it herself, the avdelningschef confirms it; the payout screen then shows
 * the new rule, the next list's sample is drawn by it, and the list drawn before keeps its sample.
 */
class StickprovFlodeTest extends FxTestBas {

    @Test
    void aConfirmedRuleIsShownOnThePayoutScreenAndUsedForTheNextDraw() {
        Aktor karin = aktor("karin");
        Utbetalningslista dragen = ctx.utbetalningService().listor(karin).stream().filter(Utbetalningslista::stickprovDraget)
                .findFirst().orElseThrow();
        Set<Long> stickprovet = iStickprov(ctx.utbetalningService().lista(karin, dragen.id()).lista());
        assertThat(stickprovet).as("the demo list: 10 % of two lines").hasSize(1);

        loggaInSom("sofia");
        clickOn("#nav-administration");
        clickOn("Stickprov");
        vantaPa(() -> !text("#gallandeStickprov").isEmpty());
        assertThat(utanNbsp(text("#gallandeStickprov")))
                .isEqualTo("Gällande regel: 10 % av raderna och alla rader från 10 000,00 kr");
        skriv("#stickprovProcent", "150");
        clickOn("#foreslaStickprovKnapp");
        vantaPa(() -> finns("#fel-stickprovProcent"));
        assertThat(text("#fel-stickprovProcent")).contains("150");
        skriv("#stickprovProcent", "100");
        skriv("#stickprovGrans", "-5");
        clickOn("#foreslaStickprovKnapp");
        vantaPa(() -> finns("#fel-stickprovGrans") && !finns("#fel-stickprovProcent"));
        assertThat(text("#fel-stickprovGrans")).contains("negativt");
        skriv("#stickprovGrans", "20000");
        clickOn("#foreslaStickprovKnapp");
        vantaPa(() -> text("#stickprovMeddelande").contains("föreslagen"));
        vantaPa(() -> text("#stickprovForslag").contains("100 %"));
        assertThat(finns("#fel-stickprovGrans")).isFalse();
        clickOn("#bekraftaStickprovKnapp");
        vantaPa(() -> text("#stickprovMeddelande").contains("själv"));
        assertThat(text("#gallandeStickprov")).contains("10 %");
        loggaUt();

        loggaInSom("lars");
        clickOn("#nav-administration");
        clickOn("Stickprov");
        vantaPa(() -> text("#stickprovForslag").contains("Sofia Nyberg"));
        assertThat(finns("#foreslaStickprovKnapp")).as("only the systemförvaltare proposes").isFalse();
        clickOn("#bekraftaStickprovKnapp");
        vantaPa(() -> text("#stickprovMeddelande").contains("bekräftad"));
        vantaPa(() -> text("#gallandeStickprov").contains("100 %"));
        loggaUt();

        // The second bank day's decisions wait for attest; one attested opens that day's list.
        AttestService.Post post = ctx.attestService().inkorg(karin).stream()
                .filter(p -> p.beslut().betalningsdatum().isAfter(dragen.betalningsdatum())).findFirst().orElseThrow();
        ctx.attestService().attestera(karin, post.beslut().id());

        loggaInSom("karin");
        clickOn("#nav-utbetalningar");
        TableView<Utbetalningslista> listor = lookup("#listTabell").queryTableView();
        vantaPa(() -> listor.getItems().size() == 2);
        valj(listor, dragen);
        vantaPa(() -> text("#listHuvud").startsWith(dragen.betalningsdatum().toString())
                && text("#listStickprov").contains("redan draget"));
        assertThat(utanNbsp(text("#listStickprov"))).isEqualTo("Stickprov: 100 % av raderna och alla rader från "
                + "20 000,00 kr. Den här listans stickprov är redan draget (1 av 2 rader) och ändras inte om regeln ändras.");

        Utbetalningslista nasta = listor.getItems().stream().filter(l -> !l.stickprovDraget()).findFirst().orElseThrow();
        valj(listor, nasta);
        vantaPa(() -> text("#listHuvud").startsWith(nasta.betalningsdatum().toString()) && finns("#draStickprovKnapp"));
        assertThat(utanNbsp(text("#listStickprov")))
                .isEqualTo("Stickprov: 100 % av raderna och alla rader från 20 000,00 kr");
        clickOn("#draStickprovKnapp");
        vantaPa(() -> text("#listStickprov").contains("redan draget"));
        TableView<Utbetalningsrad> rader = lookup("#radTabell").queryTableView();
        assertThat(rader.getItems()).isNotEmpty().allMatch(Utbetalningsrad::iStickprov);
        assertThat(iStickprov(ctx.utbetalningService().lista(karin, dragen.id()).lista()))
                .as("the list drawn before the change keeps its sample").isEqualTo(stickprovet);
    }

    private void skriv(String falt, String text) {
        interact(() -> lookup(falt).queryTextInputControl().clear());
        clickOn(falt).write(text);
    }

    private void valj(TableView<Utbetalningslista> listor, Utbetalningslista l) {
        interact(() -> listor.getSelectionModel().select(listor.getItems().stream()
                .filter(x -> x.id() == l.id()).findFirst().orElseThrow()));
    }

    private void loggaUt() {
        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());
    }

    private static Set<Long> iStickprov(Utbetalningslista l) {
        return l.rader().stream().filter(Utbetalningsrad::iStickprov).map(Utbetalningsrad::id).collect(Collectors.toSet());
    }

    private static String utanNbsp(String s) {
        return s.replace('\u00a0', ' ');
    }
}
