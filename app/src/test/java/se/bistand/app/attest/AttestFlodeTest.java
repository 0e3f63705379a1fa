package se.bistand.app.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/** Attest from the inbox, sign the list as two users, export — through the real UI on a real H2 with the demo data. */
class AttestFlodeTest extends FxTestBas {

    @Test
    void attestFromTheInboxPutsTheStoredAmountOnTheList() {
        loggaInSom("karin");
        clickOn("#nav-attest");
        vantaPa(() -> !lookup("#attestInkorg").queryTableView().getItems().isEmpty());
        TableView<AttestService.Post> inkorg = lookup("#attestInkorg").queryTableView();
        assertThat(inkorg.getItems()).noneMatch(p -> p.beslut().arInblandad(aktor("karin").id()));
        AttestService.Post forsta = inkorg.getItems().get(0);
        clickOn(forsta.beslut().arendeText());
        vantaPa(() -> finns("#attesteraKnapp"));
        assertThat(text("#kortBistand")).as("the shared card, from the stored decision").isEqualTo(forsta.beslut().belopp().format());
        assertThat(text("#kortBistand")).isEqualTo(ctx.beslutService().hamta(aktor("karin"),
                new se.bistand.domain.beslut.BeslutId(forsta.beslut().beslutId())).beslut().total().format());
        assertThat(text("#attestSigneringsvarning")).as("karin learns before attesting that it bars her from signing")
                .contains("kan du inte signera utbetalningslistan för " + forsta.beslut().betalningsdatum());
        skarmbild("20-attest-detalj");
        clickOn("#attesteraKnapp");
        vantaPa(() -> !text("#attestMeddelande").isEmpty());
        assertThat(text("#attestMeddelande")).contains(forsta.beslut().arendeText());
        Utbetalningslista lista = ctx.utbetalningService().listor(aktor("lars")).stream()
                .filter(l -> l.betalningsdatum().equals(forsta.beslut().betalningsdatum())).findFirst().orElseThrow();
        assertThat(ctx.utbetalningService().lista(aktor("lars"), lista.id()).lista().rader())
                .extracting(Utbetalningsrad::belopp).contains(forsta.beslut().belopp());
    }

    @Test
    void aHandlaggareDoesNotSeeTheAttestTabAndSeesOwnDecisions() {
        loggaInSom("anna");
        clickOn("#nav-attest");
        vantaPa(() -> !lookup("#attestMina").queryTableView().getItems().isEmpty());
        assertThat(lookup("#attestInkorg").tryQuery()).isEmpty();
    }

    @Test
    void signTheListAsTwoUsersAndExportWithTheDecisionsAmount() throws Exception {
        signera("karin", "demo-karin-26");
        assertThat(text("#listHuvud")).contains("Signerad 1/2");
        assertThat(text("#utbetalningMeddelande")).startsWith("Signatur 1 av 2 klar").doesNotContain("Listan är signerad");
        assertThat(text("#listSignering")).contains("Enhetschef och Avdelningschef").contains("Lars Ekström");
        skarmbild("30-utbetalningslista-signerad-1");
        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());
        signera("lars", "demo-lars-26");
        assertThat(text("#listHuvud")).contains("Signerad 2/2");
        assertThat(text("#utbetalningMeddelande")).isEqualTo("Listan är signerad.");
        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());

        loggaInSom("johan");
        clickOn("#nav-utbetalningar");
        vantaPa(() -> finns("#exporteraKnapp"));
        clickOn("#exporteraKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").contains(".xml"));
        skarmbild("31-utbetalningslista-exporterad");
        Utbetalningslista l = ctx.utbetalningService().listor(aktor("johan")).stream()
                .filter(x -> x.status() == Utbetalningslista.Status.EXPORTERAD).findFirst().orElseThrow();
        Utbetalningslista full = ctx.utbetalningService().lista(aktor("johan"), l.id()).lista();
        Path xml = Path.of(full.exporter().stream().filter(e -> e.filnamn().endsWith(".xml")).findFirst().orElseThrow()
                .filnamn());
        String innehall = Files.readString(xml);
        for (Utbetalningsrad r : full.rader()) {
            assertThat(innehall).contains("<InstdAmt Ccy=\"SEK\">" + r.belopp().toPlainString() + "</InstdAmt>");
        }
        assertThat(innehall).contains("<CtrlSum>" + full.summa().toPlainString() + "</CtrlSum>");
        clickOn("#exporteraKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").contains("KOPIA"));
    }

    /**
     * A chef reviewing the unsigned list finds an error and withdraws the line's attest: the line
     * leaves the list and the decision is back with the handläggare with the comment.
     */
    @Test
    void aChefWithdrawsAnAttestFromTheUnsignedListAndTheLineLeavesIt() {
        loggaInSom("lars");
        clickOn("#nav-utbetalningar");
        vantaPa(() -> !lookup("#radTabell").queryTableView().getItems().isEmpty());
        TableView<Utbetalningsrad> rader = lookup("#radTabell").queryTableView();
        int fore = rader.getItems().size();
        Utbetalningsrad rad = rader.getItems().stream().filter(r -> !r.arInblandad(aktor("lars").id())).findFirst()
                .orElseThrow();
        interact(() -> rader.getSelectionModel().select(rad));
        vantaPa(() -> finns("#aterkallaKommentar"));
        assertThat(lookup("#aterkallaKnapp").queryButton().isDisabled()).as("a comment is required").isTrue();
        clickOn("#aterkallaKommentar").write("Hyran i beräkningen stämmer inte med hyresavtalet.");
        skarmbild("32-utbetalningslista-aterkalla");
        clickOn("#aterkallaKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").contains("återkallad"));
        vantaPa(() -> rader.getItems().size() == fore - 1);
        assertThat(rader.getItems()).noneMatch(r -> r.id() == rad.id());
        var beslut = ctx.attestService().attestForBeslut(rad.beslut().beslutId()).orElseThrow();
        assertThat(beslut.status().name()).isEqualTo("RETURNERAD");
        assertThat(beslut.returKommentar()).contains("Hyran i beräkningen stämmer inte med hyresavtalet.");
    }

    /** The attestant finds the decisions they attested that are not yet signed and withdraws one. */
    @Test
    void anAttestantWithdrawsTheirOwnAttestBeforeTheListIsSigned() {
        loggaInSom("erik");
        clickOn("#nav-attest");
        clickOn(Meddelanden.t("attest.flik.attesterade"));
        vantaPa(() -> !lookup("#attestAttesterade").queryTableView().getItems().isEmpty());
        TableView<AttestService.Post> attesterade = lookup("#attestAttesterade").queryTableView();
        int fore = attesterade.getItems().size();
        AttestService.Post forsta = attesterade.getItems().get(0);
        interact(() -> attesterade.getSelectionModel().select(0));
        vantaPa(() -> finns("#aterkallaKommentar"));
        clickOn("#aterkallaKommentar").write("Fel månad i beslutet.");
        skarmbild("21-attest-aterkalla");
        clickOn("#aterkallaKnapp");
        vantaPa(() -> text("#attestMeddelande").contains("återkallad"));
        vantaPa(() -> attesterade.getItems().size() == fore - 1);
        assertThat(ctx.attestService().attestForBeslut(forsta.beslut().beslutId()).orElseThrow().status())
                .isEqualTo(se.bistand.domain.attest.AttestBeslut.Status.RETURNERAD);
    }

    private void signera(String anvandare, String losenord) {
        loggaInSom(anvandare);
        clickOn("#nav-utbetalningar");
        vantaPa(() -> finns("#signeraKnapp"));
        assertThat(text("#listHash")).contains("SHA-256");
        clickOn("#signeraLosenord").write(losenord);
        clickOn("#signeraKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").contains("Signatur 1 av 2")
                || text("#utbetalningMeddelande").contains("Listan är signerad"));
    }
}
