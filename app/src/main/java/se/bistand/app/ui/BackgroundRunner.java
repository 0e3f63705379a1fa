package se.bistand.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and other slow work off the FX thread and delivers the result on it. Views and
 * view-models never touch the database directly on the FX thread. Tests use {@link #direkt()}.
 */
public interface BackgroundRunner {

    <T> void kor(Callable<T> arbete, Consumer<T> klar, Consumer<Throwable> fel);

    /** Runs the work at once on the calling thread (view-model tests without the FX toolkit). */
    static BackgroundRunner direkt() {
        return new BackgroundRunner() {
            @Override
            public <T> void kor(Callable<T> arbete, Consumer<T> klar, Consumer<Throwable> fel) {
                T resultat;
                try {
                    resultat = arbete.call();
                } catch (Throwable t) {
                    fel.accept(t);
                    return;
                }
                klar.accept(resultat);
            }
        };
    }
}
