package se.bistand.app.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.arende.Arbetsrad;
import se.bistand.domain.arende.Bevakningstyp;
import se.bistand.domain.arende.Checklistpost;
import se.bistand.domain.arende.Journalanteckning;
import se.bistand.domain.logg.Atkomstlogg;

/** The handläggare's day through the real UI: search, open, journal, checklist, work list. */
class ArendeFlodeTest extends FxTestBas {

    private TableView<Arbetsrad> arbetslista() {
        return lookup("#arbetslistaTabell").queryTableView();
    }

    private Optional<Arbetsrad> ekRad() {
        return arbetslista().getItems().stream().filter(r -> r.sokande().namn().equals("Karin Ek")).findFirst();
    }

    private void oppnaViaSok(String fraga) {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        write(fraga).type(KeyCode.ENTER);
        vantaPa(() -> !lookup("#sokTabell").queryTableView().getItems().isEmpty());
        type(KeyCode.ENTER);
        vantaPa(() -> lookup("#skalPanel").tryQuery().map(n -> n.isVisible()).orElse(false)
                || lookup("#arendeRubrik").tryQuery().map(n -> ((Label) n).getText().contains("·")).orElse(false));
    }

    @Test
    void searchOpenWriteJournalCompleteChecklistAndSeeTheWorkListUpdate() {
        loggaInSom("anna");
        vantaPa(() -> ekRad().isPresent());
        assertThat(ekRad().get().bevakningar()).extracting(b -> b.typ()).contains(Bevakningstyp.CHECKLISTA);

        oppnaViaSok("Karin Ek");
        assertThat(text("#arendeRubrik")).contains("Karin Ek").contains("19850412-").contains("2 vuxna, 2 barn (3, 8 år)")
                .contains("Utredning");

        clickOn("#flik-journal");
        clickOn("#journalText").write("Telefonsamtal: kontoutdrag kommer på måndag.");
        clickOn("#sparaJournalKnapp");
        TableView<Journalanteckning> journal = lookup("#journalTabell").queryTableView();
        vantaPa(() -> journal.getItems().stream().anyMatch(j -> j.text().startsWith("Telefonsamtal")));
        assertThat(journal.getItems().get(0).forfattare()).isEqualTo("Anna Lind");

        clickOn("#flik-utredning");
        TableView<Checklistpost> lista = lookup("#checklistaTabell").queryTableView();
        vantaPa(() -> lista.getItems().stream().anyMatch(c -> !c.klar()));
        interact(() -> lista.getSelectionModel().selectAll());
        clickOn("#kontrolleraKnapp");
        vantaPa(() -> lista.getItems().stream().allMatch(Checklistpost::klar));

        clickOn("#flik-oversikt");
        assertThat(lookup("#status-BESLUT").tryQuery()).isPresent();
        clickOn("#arbetslistaFlik");
        vantaPa(() -> ekRad().map(r -> r.bevakningar().stream().noneMatch(b -> b.typ() == Bevakningstyp.CHECKLISTA))
                .orElse(false));
        assertThat(Integer.parseInt(text("#badge-arenden"))).as("overdue follow-ups on the rail").isPositive();
        skarmbild("20-arbetslista-efter-checklista");
    }

    @Test
    void enterInTheWorkListOpensTheCaseAndEachOpeningIsLogged() {
        loggaInSom("anna");
        vantaPa(() -> ekRad().isPresent());
        interact(() -> {
            arbetslista().getSelectionModel().select(ekRad().get());
            arbetslista().requestFocus();
        });
        type(KeyCode.ENTER);
        vantaPa(() -> text("#arendeRubrik").contains("Karin Ek"));
        var atkomst = ctx.arendeService().atkomster(aktor("karin"), ekRad().get().rad().arende().id());
        assertThat(atkomst).first().satisfies(p -> {
            assertThat(p.anvandarnamn()).isEqualTo("anna");
            assertThat(p.tilldelad()).isTrue();
        });
    }

    @Test
    void anUnassignedUserGivesAReasonFirstAndItIsStoredInTheAccessLog() {
        loggaInSom("omar");
        oppnaViaSok("Karin Ek");
        assertThat(finns("#skalPanel")).isTrue();
        clickOn("#skalOkKnapp");
        vantaPa(() -> finns("#fel-skal"));
        clickOn("#skalFalt").write("Anna sjuk, klienten ringde").type(KeyCode.ENTER);
        vantaPa(() -> text("#arendeRubrik").contains("Karin Ek"));
        var ek = ctx.arendeService().hittaNummer(aktor("karin"), text("#arendeRubrik").split(" ")[1]).orElseThrow();
        Atkomstlogg.Post senaste = ctx.arendeService().atkomster(aktor("karin"), ek.id()).get(0);
        assertThat(senaste.anvandarnamn()).isEqualTo("omar");
        assertThat(senaste.tilldelad()).isFalse();
        assertThat(senaste.skal()).isEqualTo("Anna sjuk, klienten ringde");
    }

    @Test
    void aProtectedIdentityIsMaskedInSearchForOthers() {
        loggaInSom("omar");
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        write("Lina Berg").type(KeyCode.ENTER);
        vantaPa(() -> text("#sokStatus").contains("Inga träffar"));
        String pnr = ctx.personService().sok(aktor("anna"), "Lina Berg").get(0).person().identitet();
        doubleClickOn("#arendeSok").eraseText(12).write(pnr).type(KeyCode.ENTER);
        TableView<se.bistand.domain.arende.Soktraff> t = lookup("#sokTabell").queryTableView();
        vantaPa(() -> t.getItems().size() == 1);
        assertThat(t.getItems().get(0).person().namn()).isEqualTo("Skyddad identitet");
        assertThat(t.getItems().get(0).person().identitet()).endsWith("-****");
        type(KeyCode.ENTER);
        vantaPa(() -> text("#arendeFel").contains("skyddad identitet"));
    }

    @Test
    void aNewPersonGetsACaseThatOpensAtOnce() {
        loggaInSom("anna");
        clickOn("#nyPersonKnapp");
        clickOn("#nyPersonnummer").write("200203149802");
        clickOn("#nyFornamn").write("Ronja");
        clickOn("#nyEfternamn").write("Testberg");
        clickOn("#nyOrt").write("Flen");
        clickOn("#skapaPersonKnapp");
        vantaPa(() -> lookup("#arendeRubrik").tryQuery().map(n -> ((Label) n).getText().contains("Ronja Testberg"))
                .orElse(false));
        assertThat(text("#arendeRubrik")).contains("20020314-9802").contains("1 vuxen").contains("Aktualiserad");
        vantaPa(() -> arbetslista().getItems().stream().anyMatch(r -> r.sokande().namn().equals("Ronja Testberg")));
    }
}
