package se.bistand.app.administration;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Konton;
import se.bistand.domain.betalning.Personalkonto;
import se.bistand.domain.betalning.Riskflagga;

/**
 * The Personalkonton tab: the systemförvaltare registers a staff member's salary account (errors
 * at the fields); a recipient with that account is then flagged "Personalens konto".
 */
class PersonalkontoFlodeTest extends FxTestBas {

    @Test
    void aRegisteredStaffAccountFlagsTheRecipientWithThatAccount() {
        BetalningsmottagareService.MedFlaggor sara = ctx.mottagarService().lista(aktor("karin")).stream()
                .filter(m -> m.mottagare().namn().equals("Sara Nilsson")).findFirst().orElseThrow();
        assertThat(sara.flaggor()).doesNotContain(Riskflagga.KONTO_PERSONAL);

        loggaInSom("sofia");
        clickOn("#nav-administration");
        clickOn("Personalkonton");
        TableView<Personalkonto> t = lookup("#personalkontoTabell").queryTableView();
        vantaPa(() -> t.getItems().size() == 1);
        assertThat(t.getItems().get(0).anvandare()).as("the demo's staff account").isEqualTo(aktor("omar").id());

        clickOn("#registreraPersonalkontoKnapp");
        vantaPa(() -> finns("#fel-anvandare") && finns("#fel-personalkontoKonto"));
        assertThat(text("#fel-anvandare")).isEqualTo("Välj vems lönekonto det är.");
        assertThat(text("#fel-personalkontoKonto")).isEqualTo("Ange clearingnummer och kontonummer.");

        interact(() -> lookup("#personalkontoAnvandare").<Anvandare>queryComboBox().setValue(
                lookup("#personalkontoAnvandare").<Anvandare>queryComboBox().getItems().stream()
                        .filter(a -> a.anvandarnamn().equals("erik")).findFirst().orElseThrow()));
        interact(() -> lookup("#personalkontoKontoSlag").<Konton.Slag>queryComboBox().setValue(Konton.Slag.BANKKONTO));
        clickOn("#personalkontoKonto").write(Konton.lagringstext(sara.mottagare().konto()));
        clickOn("#registreraPersonalkontoKnapp");
        vantaPa(() -> text("#personalkontoMeddelande").contains("Erik Sandberg"));
        assertThat(finns("#fel-anvandare")).isFalse();
        assertThat(finns("#fel-personalkontoKonto")).isFalse();
        vantaPa(() -> t.getItems().size() == 2);
        assertThat(t.getItems()).anySatisfy(p -> {
            assertThat(p.anvandare()).isEqualTo(aktor("erik").id());
            assertThat(p.visning()).isEqualTo(sara.mottagare().konto().formaterat());
            assertThat(p.registreradAv()).contains(aktor("sofia").id());
        });

        assertThat(ctx.mottagarService().lista(aktor("karin")).stream()
                .filter(m -> m.mottagare().id() == sara.mottagare().id()).findFirst().orElseThrow().flaggor())
                .contains(Riskflagga.KONTO_PERSONAL);
        assertThat(ctx.auditService().senasteHandelser(aktor("sofia"), 10)).extracting(h -> h.handelse())
                .contains("PERSONALKONTO_REGISTRERAT");
    }

    @Test
    void onlyTheSystemforvaltareSeesTheTab() {
        loggaInSom("lars");
        clickOn("#nav-administration");
        vantaPa(() -> lookup("#administrationVy").tryQuery().isPresent());
        assertThat(lookup("Personalkonton").tryQuery()).isEmpty();
    }
}
