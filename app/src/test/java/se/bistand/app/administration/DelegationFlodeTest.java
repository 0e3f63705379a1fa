package se.bistand.app.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.Money;

/**
 * The Delegation tab: the systemförvaltare proposes a new limit from a date; she cannot confirm
 * her own change; a second person (the avdelningschef) confirms it and it is in force from that date.
 */
class DelegationFlodeTest extends FxTestBas {

    @Test
    void aProposedLimitTakesEffectOnlyWhenASecondPersonConfirmsIt() {
        loggaInSom("sofia");
        clickOn("#nav-administration");
        clickOn("Delegation");
        vantaPa(() -> lookup("#delegationTabell").queryTableView().getItems().size() == 1);
        clickOn("#beslutMax").write("6000");
        clickOn("#beskrivning").write("Socialnämnden 2026-11-20 § 14");
        clickOn("#foreslaDelegationKnapp");
        vantaPa(() -> text("#delegationMeddelande").contains("föreslagen"));
        TableView<Delegationsordning> versioner = lookup("#delegationTabell").queryTableView();
        vantaPa(() -> versioner.getItems().size() == 2);
        interact(() -> versioner.getSelectionModel().select(0));
        clickOn("#bekraftaDelegationKnapp");
        vantaPa(() -> text("#delegationMeddelande").contains("själv"));
        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());

        loggaInSom("lars");
        clickOn("#nav-administration");
        clickOn("Delegation");
        TableView<Delegationsordning> hans = lookup("#delegationTabell").queryTableView();
        vantaPa(() -> hans.getItems().size() == 2);
        interact(() -> hans.getSelectionModel().select(0));
        assertThat(finns("#foreslaDelegationKnapp")).as("only the systemförvaltare proposes").isFalse();
        clickOn("#bekraftaDelegationKnapp");
        vantaPa(() -> text("#delegationMeddelande").contains("bekräftad"));
        LocalDate imorgon = LocalDate.of(2026, 11, 24);
        Delegationsordning galler = ctx.delegationService().gallande(imorgon);
        assertThat(galler.beslutsgrans(Roll.HANDLAGGARE, Beslutstyp.LIVSFORING_I_OVRIGT)).contains(Money.ofKronor(6000));
        assertThat(ctx.delegationService().gallande(imorgon.minusDays(1))
                .beslutsgrans(Roll.HANDLAGGARE, Beslutstyp.LIVSFORING_I_OVRIGT)).contains(Money.ofKronor(5000));
    }
}
