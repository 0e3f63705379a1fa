package se.bistand.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/**
 * One amount from calculation to payment, end to end through the real screens on a real (demo)
 * database: a handläggare opens a demo case from the work list, types the month's lines into the
 * calculator, reads the amount on the card and saves the decision; a second user attests it from
 * the inbox (the same amount on the same card); two chefs sign the payout list; the bank file's
 * InstdAmt is the amount read from the calculator's card and the decision's stored amount.
 */
class EttBeloppTest extends FxTestBas {

    private static final String KLIENT = "Nora Åberg";

    @Test
    void theAmountOnTheCalculatorsCardIsTheAmountAttestedSignedAndExported() throws Exception {
        loggaInSom("anna");
        clickOn("#nav-arenden");
        vantaPa(() -> lookup("#arbetslistaTabell").queryTableView().getItems().size() > 0 && lookup(KLIENT).tryQuery()
                .isPresent());
        doubleClickOn(KLIENT);
        vantaPa(() -> lookup("#arendeFlikPanel").tryQuery().isPresent());
        interact(() -> {
            TabPane flikar = lookup("#arendeFlikPanel").queryAs(TabPane.class);
            Tab berakning = flikar.getTabs().stream().filter(t -> "flik-berakning".equals(t.getId())).findFirst()
                    .orElseThrow();
            flikar.getSelectionModel().select(berakning);
        });
        vantaPa(() -> lookup("#medlem-0").tryQuery().isPresent() && !kort().equals("–"));

        clickOn("#nyKostnadKnapp");
        clickOn("#costs-0-amount").write("7 450");
        clickOn("#nyInkomstKnapp");
        clickOn("#incomes-0-amount").write("2 100,50");
        // 2026 demo norm, single adult: 3 930 + 1 270 = 5 200; + rent 7 450 − salary 2 100,50 = 10 549,50
        vantaPa(() -> kort().equals("10\u00a0549,50\u00a0kr"));
        String visat = kort();

        interact(() -> lookup("#berakningRader").queryAs(ScrollPane.class).setVvalue(1.0));
        vantaPa(() -> lookup("#mottagare").queryComboBox().getValue() != null);
        // The client's own approved account (chosen), then the approved landlord and energy company;
        // no other household's person, no waiting or rejected recipient.
        assertThat(lookup("#mottagare").<Betalningsmottagare>queryComboBox().getValue().namn()).isEqualTo(KLIENT);
        assertThat(lookup("#mottagare").<Betalningsmottagare>queryComboBox().getItems()).extracting(Betalningsmottagare::namn)
                .containsExactly(KLIENT, "Elbolaget Norr AB", "Fastighets AB Solgläntan");
        clickOn("#motivering").write("Sökandens inkomster räcker inte till normen och hyran.");
        clickOn("#fattaBeslutKnapp");
        vantaPa(() -> text("#beslutMeddelande").contains("sparat"));
        assertThat(text("#beslutMeddelande")).contains(visat).contains("väntar nu på attest");
        ArendeId arende = ctx.arendeService().arbetslista(aktor("anna")).stream()
                .filter(r -> (r.sokande().namn()).equals(KLIENT)).findFirst().orElseThrow().rad().arende().id();
        List<BeslutMedBerakning> lagrade = ctx.beslutService().forArende(aktor("anna"), arende);
        assertThat(lagrade).hasSize(1);
        BeslutMedBerakning beslut = lagrade.get(0);
        assertThat(beslut.beslut().total().format()).isEqualTo(visat);
        loggaUt();

        loggaInSom("erik");
        clickOn("#nav-attest");
        vantaPa(() -> inkorgsrad(beslut).isPresent());
        AttestBeslut attest = inkorgsrad(beslut).orElseThrow().beslut();
        assertThat(attest.belopp()).isEqualTo(beslut.beslut().total());
        clickOn(attest.arendeText());
        vantaPa(() -> finns("#attesteraKnapp") && finns("#kortBistand"));
        assertThat(kort()).isEqualTo(visat);
        clickOn("#attesteraKnapp");
        vantaPa(() -> text("#attestMeddelande").contains(attest.arendeText()));
        loggaUt();

        signera("karin", "demo-karin-26", attest);
        assertThat(text("#listHuvud")).contains("Signerad 1/2");
        assertThat(text("#utbetalningMeddelande")).as("not signed until both have signed")
                .isEqualTo("Signatur 1 av 2 klar. Den andra signaturen görs av rollen Avdelningschef.");
        loggaUt();
        signera("lars", "demo-lars-26", attest);
        assertThat(text("#listHuvud")).contains("Signerad 2/2");
        assertThat(text("#utbetalningMeddelande")).isEqualTo("Listan är signerad.");
        loggaUt();

        loggaInSom("johan");
        clickOn("#nav-utbetalningar");
        vantaPa(() -> finns("#exporteraKnapp"));
        clickOn("#exporteraKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").contains(".xml"));
        Utbetalningslista lista = ctx.utbetalningService().listor(aktor("johan")).stream()
                .filter(l -> l.status() == Utbetalningslista.Status.EXPORTERAD).findFirst().orElseThrow();
        Utbetalningslista full = ctx.utbetalningService().lista(aktor("johan"), lista.id()).lista();
        Utbetalningsrad rad = full.rader().stream().filter(r -> r.beslut().beslutId() == beslut.beslut().id().varde())
                .findFirst().orElseThrow();
        Path xml = Path.of(full.exporter().stream().filter(e -> e.filnamn().endsWith(".xml")).findFirst().orElseThrow()
                .filnamn());
        String innehall = Files.readString(xml);
        BeslutMedBerakning iDatabasen = ctx.beslutService().hamta(aktor("johan"), beslut.beslut().id());
        assertThat(rad.belopp().format()).isEqualTo(visat);
        assertThat(iDatabasen.beslut().total()).isEqualTo(rad.belopp());
        assertThat(innehall).contains("<InstdAmt Ccy=\"SEK\">" + iDatabasen.beslut().total().toPlainString()
                + "</InstdAmt>");
    }

    /** The amount on the amount card on screen (other tabs' cards are hidden). */
    private String kort() {
        return lookup("#kortBistand").queryAll().stream().filter(EttBeloppTest::synlig).findFirst()
                .map(n -> ((Labeled) n).getText()).orElse("–");
    }

    private static boolean synlig(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private java.util.Optional<AttestService.Post> inkorgsrad(BeslutMedBerakning beslut) {
        TableView<AttestService.Post> inkorg = lookup("#attestInkorg").queryTableView();
        return inkorg.getItems().stream().filter(p -> p.beslut().beslutId() == beslut.beslut().id().varde()).findFirst();
    }

    /** Signs the list of the decision's payment day; the first signer reviews its sampled line first. */
    private void signera(String anvandare, String losenord, AttestBeslut attest) {
        loggaInSom(anvandare);
        clickOn("#nav-utbetalningar");
        vantaPa(() -> lookup("#radTabell").queryTableView().getItems().size() > 0);
        TableView<Utbetalningsrad> rader = lookup("#radTabell").queryTableView();
        vantaPa(() -> rader.getItems().stream().anyMatch(r -> r.beslut().id() == attest.id()));
        Utbetalningsrad var = rader.getItems().stream().filter(r -> r.beslut().id() == attest.id()).findFirst()
                .orElseThrow();
        interact(() -> rader.getSelectionModel().select(var));
        vantaPa(() -> finns("#radDetalj"));
        assertThat(text("#radDetalj #kortBistand")).isEqualTo(attest.belopp().format());
        if (var.iStickprov() && var.granskadAv().isEmpty()) {
            vantaPa(() -> !lookup("#markeraGranskadKnapp").queryButton().isDisabled());
            assertThat(text("#radOppnad")).contains("Öppnad");
            clickOn("#markeraGranskadKnapp");
            vantaPa(() -> finns("#signeraKnapp"));
        }
        vantaPa(() -> finns("#signeraKnapp"));
        clickOn("#signeraLosenord").write(losenord);
        clickOn("#signeraKnapp");
        vantaPa(() -> text("#utbetalningMeddelande").contains("Signatur 1 av 2")
                || text("#utbetalningMeddelande").contains("Listan är signerad"));
    }

    private void loggaUt() {
        clickOn("#loggaUtKnapp");
        vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());
    }
}
