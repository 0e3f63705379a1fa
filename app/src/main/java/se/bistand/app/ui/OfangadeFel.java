package se.bistand.app.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The last stop for exceptions nobody caught — in an FX listener or event handler, or on any
 * other thread: shown as the incident dialog ({@link Felvisning}: logged once with an incident
 * id, a plain Swedish text, expandable "Detaljer") instead of reaching only stderr.
 */
public final class OfangadeFel implements Thread.UncaughtExceptionHandler {

    private final Consumer<Runnable> paFxTraden;
    private final Consumer<Throwable> visa;

    /** {@code paFxTraden} runs on the FX thread; {@code visa} shows the failure there. */
    public OfangadeFel(Consumer<Runnable> paFxTraden, Consumer<Throwable> visa) {
        this.paFxTraden = paFxTraden;
        this.visa = visa;
    }

    /** Installs the handler for every thread; dialogs are owned by {@code agare} (may give null). */
    public static void installera(Supplier<Window> agare) {
        Thread.setDefaultUncaughtExceptionHandler(new OfangadeFel(r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        }, t -> Felvisning.visa(t, agare.get())));
    }

    @Override
    public void uncaughtException(Thread trad, Throwable t) {
        paFxTraden.accept(() -> visa.accept(t));
    }
}
