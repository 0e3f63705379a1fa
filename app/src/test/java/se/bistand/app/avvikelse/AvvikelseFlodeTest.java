package se.bistand.app.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import se.bistand.app.arende.ArendenView;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.arende.Adress;
import se.bistand.domain.arende.NyPerson;
import se.bistand.domain.avvikelse.Avvikelse;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.Lank;
import se.bistand.domain.avvikelse.Status;
import se.bistand.domain.gemensam.Personnummer;

/** The avvikelse flow through the real UI and a real H2: report with a link, the chef's inbox, closed, feedback. */
class AvvikelseFlodeTest extends FxTestBas {

    private Stage oppnaFormular(Optional<Lank> lank) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> AvvikelseFormular.oppna(fonster.huvudfonster().session(), lank)));
    }

    @SuppressWarnings("unchecked")
    private void valjKategori(Kategori k) {
        interact(() -> ((ComboBox<Kategori>) lookup("#kategoriVal").query()).setValue(k));
    }

    private void datum(String id, LocalDate d) {
        interact(() -> lookup(id).queryAs(DatePicker.class).setValue(d));
    }

    private boolean synligt(String id) {
        return lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    private int antalMina(String anv) {
        return ctx.avvikelseService().mina(aktor(anv)).size();
    }

    @Test
    void aReportWithAPaymentLinkReachesTheChefsInboxIsWalkedToClosedAndTheReporterSeesTheFeedback() {
        loggaInSom("anna");
        Lank lank = new Lank(Lank.Typ.UTBETALNING, 4711, "Utbetalning 2026-11-20, 3 200 kr", false);
        Stage formular = oppnaFormular(Optional.of(lank));
        assertThat(text("#lankText")).contains("Utbetalning 2026-11-20, 3 200 kr");
        assertThat(text("#routningText")).contains("Välj kategori först");
        valjKategori(Kategori.FELAKTIG_UTBETALNING);
        vantaPa(() -> text("#routningText").equals("Går till: enhetschef."));
        valjKategori(Kategori.MISSTANKT_OEGENTLIGHET);
        vantaPa(() -> text("#routningText").equals("Går till: enhetschef, förvaltningschef."));
        valjKategori(Kategori.FELAKTIG_UTBETALNING);
        clickOn("#beskrivningFalt").write("Fel konto.");
        datum("#intraffadeFalt", LocalDate.of(2026, 11, 20));
        clickOn("#konsekvensFalt").write("Sen.");
        clickOn("#atgardFalt").write("Ny.");
        clickOn("#allvarlighet-MEDEL");
        clickOn("#skickaKnapp");
        vantaPa(() -> synligt("#skickadBekraftelse"));
        assertThat(text("#skickadBekraftelse")).startsWith("Avvikelse ").endsWith(" är skickad.");
        Avvikelse skickad = ctx.avvikelseService().mina(aktor("anna")).get(0);
        assertThat(skickad.status()).isEqualTo(Status.ANMALD);
        assertThat(skickad.uppgifter().lank()).contains(lank);
        clickOn("#stangFormular");
        assertThat(formular.isShowing()).isFalse();
        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());

        loggaInSom("karin");
        vantaPa(() -> synligt("#badge-avvikelser"));
        int fore = Integer.parseInt(text("#badge-avvikelser"));
        clickOn("#nav-avvikelser");
        TableView<Avvikelse> inkorg = lookup("#inkorgTabell").queryTableView();
        vantaPa(() -> inkorg.getItems().stream().anyMatch(a -> a.id() == skickad.id()));
        interact(() -> inkorg.getSelectionModel().select(inkorg.getItems().stream()
                .filter(a -> a.id() == skickad.id()).findFirst().orElseThrow()));
        vantaPa(() -> synligt("#detaljTitel") && text("#detaljTitel").startsWith("Avvikelse " + skickad.id()));
        assertThat(text("#lankText")).contains("Utbetalning 2026-11-20, 3 200 kr");

        steg("Ta emot", "Ok.");
        steg("Påbörja utredning", "Utreder.");
        clickOn("#orsakFalt").write("Gammalt konto.");
        clickOn("#atgarderFalt").write("Rensat.");
        clickOn("#sparaAnalysKnapp");
        vantaPa(() -> text("#avvikelseMeddelande").contains("Analysen"));
        steg("Markera åtgärdad", "Klart.");
        steg("Återkoppla till anmälaren", "Tack!");
        clickOn("#stegtextFalt").write("Klart.");
        clickOn("#nastaStegKnapp");
        vantaPa(() -> synligt("#fel-lardom"));
        assertThat(text("#fel-lardom")).contains("Analysen");
        clickOn("#lardomFalt").write("Rensa.");
        clickOn("#sparaAnalysKnapp");
        vantaPa(() -> text("#avvikelseMeddelande").contains("Analysen"));
        steg("Avsluta", "Klart.");
        vantaPa(() -> inkorg.getItems().stream().noneMatch(a -> a.id() == skickad.id()));
        vantaPa(() -> !synligt("#badge-avvikelser") || Integer.parseInt(text("#badge-avvikelser")) == fore - 1);
        Avvikelse stangd = ctx.avvikelseService().hamta(aktor("karin"), skickad.id());
        assertThat(stangd.status()).isEqualTo(Status.AVSLUTAD);
        assertThat(stangd.steg()).extracting(s -> s.vemNamn()).containsOnly("Anna Lind", "Karin Berg");
        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());

        loggaInSom("anna");
        clickOn("#nav-avvikelser");
        TableView<Avvikelse> mina = lookup("#minaTabell").queryTableView();
        vantaPa(() -> mina.getItems().stream().anyMatch(a -> a.id() == skickad.id()
                && a.status() == Status.AVSLUTAD));
        interact(() -> mina.getSelectionModel().select(mina.getItems().stream()
                .filter(a -> a.id() == skickad.id()).findFirst().orElseThrow()));
        assertThat(lookup("#minAterkoppling").queryAs(Label.class).getText())
                .isEqualTo("Återkoppling: Tack!");
    }

    private void steg(String knapp, String text) {
        vantaPa(() -> synligt("#nastaStegKnapp") && text("#nastaStegKnapp").equals(knapp));
        clickOn("#stegtextFalt").write(text);
        clickOn("#nastaStegKnapp");
        vantaPa(() -> !synligt("#nastaStegKnapp") || !text("#nastaStegKnapp").equals(knapp));
    }

    @Test
    void badInputGetsAMessageAtTheFieldAndNothingIsSaved() {
        loggaInSom("anna");
        int fore = antalMina("anna");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        vantaPa(() -> synligt("#skickaKnapp"));

        clickOn("#skickaKnapp");
        vantaPa(() -> synligt("#fel-kategori"));
        assertThat(text("#fel-kategori")).contains("Välj en kategori");
        assertThat(synligt("#fel-beskrivning")).isTrue();
        assertThat(synligt("#fel-intraffade")).isTrue();
        assertThat(synligt("#fel-allvarlighet")).isTrue();

        valjKategori(Kategori.FEL_I_HANDLAGGNING);
        clickOn("#beskrivningFalt").write("Fel.");
        clickOn("#allvarlighet-LAG");
        datum("#intraffadeFalt", LocalDate.of(2026, 11, 20));
        datum("#upptacktesDagFalt", LocalDate.of(2026, 11, 19));
        clickOn("#skickaKnapp");
        vantaPa(() -> synligt("#fel-upptacktes"));
        assertThat(text("#fel-upptacktes")).contains("före händelsen");
        assertThat(synligt("#fel-kategori")).isFalse();

        datum("#upptacktesDagFalt", LocalDate.of(2026, 11, 25));
        clickOn("#skickaKnapp");
        vantaPa(() -> text("#fel-upptacktes").contains("framtiden"));

        datum("#upptacktesDagFalt", LocalDate.of(2026, 11, 23));
        interact(() -> lookup("#upptacktesTidFalt").queryTextInputControl().setText("25:99"));
        clickOn("#skickaKnapp");
        vantaPa(() -> text("#fel-upptacktes").contains("klockslag"));
        assertThat(antalMina("anna")).isEqualTo(fore);

        interact(() -> lookup("#upptacktesTidFalt").queryTextInputControl().setText("8:05"));
        clickOn("#sparaUtkastKnapp");
        vantaPa(() -> text("#formularMeddelande").startsWith("Utkast"));
        assertThat(synligt("#fel-upptacktes")).isFalse();
        assertThat(ctx.avvikelseService().mina(aktor("anna")).get(0).status()).isEqualTo(Status.UTKAST);
        assertThat(antalMina("anna")).isEqualTo(fore + 1);
    }

    @Test
    void fromACaseInTheWorkspaceTheFormOpensWithTheCaseLinkedAndAProtectedOneMasked() {
        loggaInSom("anna");
        clickOn("#nav-arenden");
        for (boolean skyddad : new boolean[] {false, true}) {
            Personnummer pnr = Personnummer.av(LocalDate.of(1985, 4, 12), skyddad ? 998 : 996, false);
            var person = ctx.personService().skapa(aktor("anna"), new NyPerson(pnr.tolvSiffror(), false, null, null,
                    "Karin", "Ek", Adress.TOM, "", "", skyddad, false));
            var id = ctx.arendeService().aktualisera(aktor("anna"), person);
            String nummer = ctx.arendeService().hamta(aktor("anna"), id).nummer();
            interact(() -> ((ArendenView) lookup("#arendenVy").query()).oppna(id, nummer));
            vantaPa(() -> lookup("#arendeAvvikelseKnapp").queryAll().stream()
                    .anyMatch(n -> n.isVisible() && !n.isDisabled() && n.getScene() != null));
            clickOn(lookup("#arendeAvvikelseKnapp").queryAll().stream()
                    .filter(n -> n.isVisible() && !n.isDisabled()).reduce((a, b) -> b).orElseThrow());
            vantaPa(() -> synligt("#routningText"));
            String lank = text("#lankText");
            if (skyddad) {
                assertThat(lank).isEqualTo("Gäller: Ärende #" + id.varde()
                        + " – skyddad identitet, uppgifterna visas inte").doesNotContain("Karin");
            } else {
                assertThat(lank).isEqualTo("Gäller: Ärende – " + nummer);
            }
            interact(() -> ((Stage) lookup("#avvikelseFormular").query().getScene().getWindow()).close());
        }
    }

    @Test
    void aProtectedCaseLinkStaysMaskedInTheFormAndInTheInbox() {
        loggaInSom("anna");
        oppnaFormular(Optional.of(new Lank(Lank.Typ.ARENDE, 412, "Karin Ek 19850412-9803", true)));
        assertThat(text("#lankText")).doesNotContain("Karin Ek").doesNotContain("9803").contains("skyddad identitet");
        valjKategori(Kategori.LEX_SARAH);
        vantaPa(() -> text("#routningText").equals("Går till: enhetschef, kvalitetsfunktionen."));
        List<Avvikelse> alla = ctx.avvikelseService().inkorg(aktor("lars"));
        assertThat(alla).allSatisfy(a -> assertThat(a.uppgifter().lank().map(Lank::visning).orElse(""))
                .doesNotContain("9803"));
    }
}
