package se.bistand.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.demo.DemoData;
import se.bistand.app.shell.BistandFxApp;
import se.bistand.app.shell.Fonsterhanterare;
import se.bistand.app.testhjalp.Demodatabas;
import se.bistand.domain.behorighet.Aktor;

/**
 * Base for headless UI tests (Monocle): the real window controller, the real views, a real H2
 * database (in memory) filled with the demo data, and a real background runner.
 */
public abstract class FxTestBas extends FxRobot {

    /** The tests' "today": 2026-11-23 10:00 in Stockholm. */
    public static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");

    protected AppContext ctx;
    protected Fonsterhanterare fonster;
    protected Stage stage;
    private FxBackgroundRunner runner;

    /** Override for another clock (e.g. to test deadlines). */
    protected Clock klocka() {
        return Clock.fixed(NU, AppContext.TIDSZON);
    }

    /** Override to tune the configuration (e.g. a short idle lock). */
    protected void konfigurera(Properties p) {
    }

    @BeforeEach
    void startaFonstret() throws Exception {
        Stage primar = FxToolkit.registerPrimaryStage();
        Properties p = new Properties();
        p.setProperty("sakerhet.pbkdf2Iterationer", "10000");
        konfigurera(p);
        // the database off the FX thread, as the app opens it
        ctx = Demodatabas.oppna(new AppKonfig(Path.of("target", "tmp"), true, p), klocka());
        FxToolkit.setupFixture(() -> start(primar));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void start(Stage stage) {
        this.stage = stage;
        BistandFxApp.tillampaTema();
        runner = new FxBackgroundRunner(2);
        fonster = new Fonsterhanterare(stage, runner);
        fonster.visaInloggning(ctx, true);
        stage.show();
    }

    @AfterEach
    void stangDatabasen() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
        if (runner != null) {
            runner.close();
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    /** Signs in through the real sign-in screen as a demo user and waits for the main window. */
    protected void loggaInSom(String anvandarnamn) {
        DemoData.DemoAnvandare d = DemoData.ANVANDARE.stream().filter(a -> a.anvandarnamn().equals(anvandarnamn))
                .findFirst().orElseThrow();
        clickOn("#anvandarnamnFalt").write(d.anvandarnamn());
        clickOn("#losenordFalt").write(d.losenord());
        clickOn("#loggaInKnapp");
        vantaPa(() -> fonster.huvudfonster() != null && lookup("#navRail").tryQuery().isPresent());
    }

    /** The signed-in actor of the demo user (for calling domain services directly in a test). */
    protected Aktor aktor(String anvandarnamn) {
        return ctx.tx().iTransaktion(() -> ctx.anvandarRepository().hitta(anvandarnamn)).orElseThrow().somAktor();
    }

    /** Waits (max 10 s) for a condition that background work makes true. */
    protected void vantaPa(Callable<Boolean> villkor) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return villkor.call();
            });
        } catch (Exception e) {
            throw new AssertionError("Väntade förgäves på villkoret", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected String text(String fraga) {
        Node n = lookup(fraga).query();
        if (n instanceof Labeled l) {
            return l.getText();
        }
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        throw new IllegalArgumentException(fraga + " has no text");
    }

    protected boolean finns(String fraga) {
        return lookup(fraga).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Renders the whole window to {@code target/screenshots/<namn>.png}. */
    protected Path skarmbild(String namn) {
        return skarmbild(namn, stage);
    }

    /** Renders another window (e.g. a form opened beside the main one) to {@code target/screenshots/<namn>.png}. */
    protected Path skarmbild(String namn, javafx.stage.Window fonster) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage bild = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fonster.getScene().snapshot(null)));
        try {
            Path mapp = Path.of("target", "screenshots");
            Files.createDirectories(mapp);
            Path fil = mapp.resolve(namn + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(bild, null), "png", fil.toFile());
            return fil;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
