package se.bistand.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import se.bistand.app.demo.DemoData;
import se.bistand.app.shell.Sektion;
import se.bistand.app.shell.Sektioner;

/**
 * The screenshot tour: renders every main screen with the demo data to
 * {@code app/target/screenshots/*.png} (see README). It runs in the normal test suite too, so a
 * screen that fails to render fails the build. Feature screens add their own test methods.
 */
class SkarmbildsturTest extends FxTestBas {

    @Test
    void inloggning() {
        assertThat(Files.exists(skarmbild("01-inloggning"))).isTrue();
    }

    /** Every section of the rail, for every role that sees it (first role that sees it). */
    @Test
    void varjeSektionForVarjeRoll() {
        List<String> tagna = new ArrayList<>();
        for (DemoData.DemoAnvandare d : DemoData.ANVANDARE) {
            List<Sektion> synliga = Sektioner.alla().stream()
                    .filter(s -> s.synlig().test(aktor(d.anvandarnamn())))
                    .filter(s -> !tagna.contains(s.id()))
                    .toList();
            if (synliga.isEmpty()) {
                continue;
            }
            loggaInSom(d.anvandarnamn());
            for (Sektion s : synliga) {
                clickOn("#nav-" + s.id());
                vantaPa(() -> true);
                sleep(400);
                Path fil = skarmbild("10-" + s.id() + "-" + d.anvandarnamn());
                assertThat(fil).exists();
                tagna.add(s.id());
            }
            clickOn("#loggaUtKnapp");
            vantaPa(() -> lookup("#loggaInKnapp").tryQuery().isPresent());
        }
        assertThat(tagna).containsAll(Sektioner.alla().stream().map(Sektion::id).toList());
    }

    @Test
    void administrationSomSystemforvaltare() {
        loggaInSom("sofia");
        clickOn("#nav-administration");
        vantaPa(() -> lookup("#anvandareTabell").queryTableView().getItems().size() > 0);
        skarmbild("80-administration-anvandare");
    }

    @Test
    void attestOchUtbetalningar() {
        loggaInSom("karin");
        clickOn("#nav-attest");
        vantaPa(() -> !lookup("#attestInkorg").queryTableView().getItems().isEmpty());
        clickOn("Förslag över delegation");
        vantaPa(() -> !lookup("#attestForslag").queryTableView().getItems().isEmpty());
        clickOn(lookup("#attestForslag .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        vantaPa(() -> finns("#attestDelegationOrsak"));
        skarmbild("40-attest-forslag-over-delegation");
        clickOn("Att attestera");
        clickOn(lookup("#attestInkorg").<se.bistand.domain.attest.AttestService.Post>queryTableView().getItems().stream()
                .map(p -> p.beslut().arendeText()).filter(t -> t.endsWith("Mikael Sund")).findFirst().orElseThrow());
        vantaPa(() -> finns("#attestFlaggor"));
        skarmbild("41-attest-delat-konto");
        clickOn("#nav-utbetalningar");
        vantaPa(() -> finns("#signeraKnapp"));
        skarmbild("42-utbetalningslista-redo");
        clickOn("Betalningsmottagare");
        vantaPa(() -> !lookup("#mottagarTabell").queryTableView().getItems().isEmpty());
        skarmbild("43-betalningsmottagare");
        clickOn("Månadsgranskning");
        clickOn("#visaManadKnapp");
        vantaPa(() -> !text("#manadBevis").isEmpty());
        skarmbild("44-manadsgranskning");
    }

    @Test
    void normtabellerSomSystemforvaltare() {
        loggaInSom("sofia");
        clickOn("#nav-administration");
        clickOn("Normtabeller");
        vantaPa(() -> lookup("#normtabellTabell").queryTableView().getItems().size() >= 4);
        interact(() -> lookup("#normtabellTabell").queryTableView().getSelectionModel().select(0));
        clickOn("#utgaFranKnapp");
        clickOn("#norm-ar").write("2027");
        clickOn("#norm-kalla").write("SFS 2026:XXX");
        interact(() -> lookup("#registreraNormtabellKnapp").queryButton().fire());
        vantaPa(() -> text("#normtabellMeddelande").contains("utkast"));
        interact(() -> lookup("#normtabellTabell").queryTableView().getSelectionModel().select(0));
        clickOn("#bekraftaNormtabellKnapp");
        vantaPa(() -> text("#normtabellMeddelande").contains("annan person"));
        skarmbild("81-administration-normtabeller");
    }

    @Test
    void lasskarm() {
        loggaInSom("anna");
        clickOn("#lasKnapp");
        vantaPa(() -> lookup("#lasskarm").tryQuery().map(Node::isVisible).orElse(false));
        skarmbild("90-lasskarm");
    }
}
