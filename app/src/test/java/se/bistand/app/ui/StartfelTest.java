package se.bistand.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.bistand.app.AppKonfig;
import se.bistand.app.shell.BistandFxApp;
import se.bistand.app.shell.Fonsterhanterare;

/** A data folder that cannot be written: a clear Swedish message, and the app stays usable. */
class StartfelTest extends FxRobot {

    @TempDir
    Path tmp;
    private FxBackgroundRunner runner;
    private Fonsterhanterare fonster;

    @AfterEach
    void stang() throws Exception {
        FxToolkit.cleanupStages();
        if (fonster != null && fonster.ctx() != null) {
            fonster.ctx().close();
        }
        runner.close();
    }

    @Test
    void anUnwritableDataFolderGivesASwedishMessageAndRetryWorksOnceItIsFixed() throws Exception {
        Path hinder = Files.writeString(tmp.resolve("data"), "en fil där mappen skulle vara");
        Properties p = new Properties();
        p.setProperty("sakerhet.pbkdf2Iterationer", "10000");
        AppKonfig konfig = new AppKonfig(hinder, true, p);
        runner = new FxBackgroundRunner(1);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            BistandFxApp.tillampaTema();
            fonster = new Fonsterhanterare(stage, runner);
            fonster.oppna(konfig);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#startFel").tryQuery().isPresent());
        String text = lookup("#startFel").queryAs(Label.class).getText();
        assertThat(text).startsWith("Det går inte att skriva i datamappen").contains(hinder.toString());

        Files.delete(hinder);
        clickOn("#forsokIgenKnapp");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#loggaInKnapp").tryQuery().isPresent());
        assertThat(lookup("#demoBanner").tryQuery()).isPresent();
    }
}
