package se.bistand.app.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Konton;
import se.bistand.domain.betalning.Riskflagga;

/**
 * Payment recipients through the real screens on a real (demo) database: a second person rejects
 * a waiting recipient with a reason; the registrant cannot; an account is changed (field errors
 * at the field), the changer cannot approve the change and someone else does.
 */
class MottagareFlodeTest extends FxTestBas {

    private TableView<BetalningsmottagareService.MedFlaggor> oppnaMottagare(String anvandare) {
        loggaInSom(anvandare);
        clickOn("#nav-utbetalningar");
        clickOn("Betalningsmottagare");
        TableView<BetalningsmottagareService.MedFlaggor> t = lookup("#mottagarTabell").queryTableView();
        vantaPa(() -> !t.getItems().isEmpty());
        return t;
    }

    private static void valj(TableView<BetalningsmottagareService.MedFlaggor> t, String namn) {
        t.getSelectionModel().select(rad(t, namn));
    }

    private static BetalningsmottagareService.MedFlaggor rad(TableView<BetalningsmottagareService.MedFlaggor> t,
                                                             String namn) {
        return t.getItems().stream().filter(m -> m.mottagare().namn().equals(namn)).findFirst().orElseThrow();
    }

    private Betalningsmottagare mottagare(String namn) {
        return ctx.mottagarService().lista(aktor("karin")).stream().map(BetalningsmottagareService.MedFlaggor::mottagare)
                .filter(m -> m.namn().equals(namn)).findFirst().orElseThrow();
    }

    private void tom(String falt) {
        interact(() -> lookup(falt).queryTextInputControl().clear());
    }

    private void loggaUt() {
        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());
    }

    @Test
    void aSecondPersonRejectsAWaitingRecipientWithAReasonAndItIsNeverPayable() {
        TableView<BetalningsmottagareService.MedFlaggor> t = oppnaMottagare("karin");
        assertThat(lookup("#avvisaMottagareKnapp").queryButton().isDisabled()).as("nothing selected").isTrue();
        interact(() -> valj(t, "Bostads AB Lönngården"));
        assertThat(text("#mottagareDetalj")).contains("Bostads AB Lönngården", "registrerad", "Omar Haddad");
        clickOn("#avvisaMottagareKnapp");
        vantaPa(() -> finns("#fel-avvisaOrsak"));
        assertThat(text("#fel-avvisaOrsak")).isEqualTo("Ange varför mottagaren avvisas.");

        clickOn("#avvisaOrsak").write("Bolaget äger inga fastigheter i kommunen.");
        clickOn("#avvisaMottagareKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").startsWith("Avvisad"));
        assertThat(finns("#fel-avvisaOrsak")).isFalse();
        vantaPa(() -> rad(t, "Bostads AB Lönngården").mottagare().status() == Betalningsmottagare.Status.AVVISAD);
        assertThat(t.getSelectionModel().getSelectedItem().mottagare().namn()).as("still selected after reload")
                .isEqualTo("Bostads AB Lönngården");
        assertThat(text("#mottagareDetalj")).contains("avvisad", "Karin Berg", "Bolaget äger inga fastigheter");
        assertThat(lookup("#godkannMottagareKnapp").queryButton().isDisabled()).isTrue();
        assertThat(lookup("#avvisaMottagareKnapp").queryButton().isDisabled()).isTrue();

        Betalningsmottagare m = mottagare("Bostads AB Lönngården");
        assertThat(m.avvisning()).hasValueSatisfying(a -> assertThat(a.orsak())
                .isEqualTo("Bolaget äger inga fastigheter i kommunen."));
        assertThat(ctx.auditService().senasteHandelser(aktor("sofia"), 20)).extracting(h -> h.handelse())
                .contains("MOTTAGARE_AVVISAD");
    }

    @Test
    void aNewRecipientsErrorsAreAtTheirFieldsAndItsRegistrantCannotRejectIt() {
        TableView<BetalningsmottagareService.MedFlaggor> t = oppnaMottagare("maria");
        clickOn("#nyMottagareIdentitet").write("556036-0794");
        clickOn("#registreraMottagareKnapp");
        vantaPa(() -> finns("#fel-identitet"));
        assertThat(text("#fel-identitet")).contains("kontrollsiffra");
        assertThat(text("#fel-nyMottagareKonto")).isNotBlank();

        tom("#nyMottagareIdentitet");
        clickOn("#nyMottagareIdentitet").write("556036-0793");
        interact(() -> lookup("#nyMottagareKontoSlag").<Konton.Slag>queryComboBox().setValue(Konton.Slag.BANKGIRO));
        clickOn("#nyMottagareKonto").write("5050-1055");
        clickOn("#registreraMottagareKnapp");
        vantaPa(() -> finns("#fel-namn"));
        clickOn("#nyMottagareNamn").write("Värmeverket i Demo AB");
        clickOn("#registreraMottagareKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").startsWith("Registrerad"));
        assertThat(finns("#fel-namn")).isFalse();

        interact(() -> valj(t, "Värmeverket i Demo AB"));
        clickOn("#avvisaOrsak").write("Fel bolag");
        clickOn("#avvisaMottagareKnapp");
        vantaPa(() -> text("#utbetalningFel").contains("själv registrerat"));
        assertThat(mottagare("Värmeverket i Demo AB").status()).isEqualTo(Betalningsmottagare.Status.VANTAR);
        assertThat(ctx.auditService().senasteHandelser(aktor("sofia"), 20)).extracting(h -> h.handelse())
                .contains("MOTTAGARE_AVVISNING_NEKAD");
    }

    @Test
    void aChangedAccountWaitsForSomeoneOtherThanTheChanger() {
        TableView<BetalningsmottagareService.MedFlaggor> t = oppnaMottagare("maria");
        interact(() -> valj(t, "Ola Viklund"));
        clickOn("#andraKonto").write("9420-1234567");
        clickOn("#andraKontoKnapp");
        vantaPa(() -> finns("#fel-andraKonto"));
        assertThat(text("#fel-andraKonto")).contains("stämmer inte med clearingnummer");

        interact(() -> lookup("#andraKontoSlag").<Konton.Slag>queryComboBox().setValue(Konton.Slag.BANKGIRO));
        tom("#andraKonto");
        clickOn("#andraKonto").write("5050-1055");
        clickOn("#andraKontoKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").startsWith("Kontot för Ola Viklund är ändrat"));
        assertThat(finns("#fel-andraKonto")).isFalse();
        vantaPa(() -> rad(t, "Ola Viklund").mottagare().status() == Betalningsmottagare.Status.VANTAR);
        assertThat(rad(t, "Ola Viklund").flaggor()).contains(Riskflagga.MOTTAGARE_EJ_GODKAND);
        assertThat(text("#mottagareDetalj")).contains("konto ändrat", "Maria Holm");
        Betalningsmottagare m = mottagare("Ola Viklund");
        assertThat(m.konto()).isEqualTo(Bankgiro.parse("5050-1055"));
        assertThat(m.kontoAndradAv()).contains(aktor("maria").id());

        clickOn("#godkannMottagareKnapp");
        vantaPa(() -> text("#utbetalningFel").contains("ändrat dess konto"));
        assertThat(mottagare("Ola Viklund").status()).isEqualTo(Betalningsmottagare.Status.VANTAR);
        loggaUt();

        TableView<BetalningsmottagareService.MedFlaggor> karins = oppnaMottagare("karin");
        assertThat(finns("#andraKontoKnapp")).as("an enhetschef approves but does not register").isFalse();
        interact(() -> valj(karins, "Ola Viklund"));
        clickOn("#godkannMottagareKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").startsWith("Godkänd"));
        assertThat(mottagare("Ola Viklund").godkandAv()).contains(aktor("karin").id());
    }
}
