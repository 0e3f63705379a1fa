package se.bistand.app.shell;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import se.bistand.app.AppKonfig;
import se.bistand.app.ui.FxBackgroundRunner;
import se.bistand.app.ui.OfangadeFel;

/** The JavaFX application. Started through {@link se.bistand.app.Main}, never directly. */
public final class BistandFxApp extends Application {

    private static AppKonfig konfig;
    private FxBackgroundRunner runner;
    private Fonsterhanterare fonster;

    public static void starta(AppKonfig k) {
        konfig = k;
        Application.launch(BistandFxApp.class);
    }

    /** Applies the theme; also used by UI tests. */
    public static void tillampaTema() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        tillampaTema();
        OfangadeFel.installera(() -> stage);
        runner = new FxBackgroundRunner(3);
        fonster = new Fonsterhanterare(stage, runner);
        fonster.oppna(konfig);
        stage.show();
    }

    @Override
    public void stop() {
        if (fonster != null) {
            fonster.stang();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
