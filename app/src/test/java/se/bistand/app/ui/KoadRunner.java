package se.bistand.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link BackgroundRunner} for view-model tests that holds every job until the test finishes
 * it, in the order the test chooses: a late result can arrive after the user moved on.
 */
public final class KoadRunner implements BackgroundRunner {

    private final List<Runnable> vantande = new ArrayList<>();

    @Override
    public <T> void kor(Callable<T> arbete, Consumer<T> klar, Consumer<Throwable> fel) {
        vantande.add(() -> BackgroundRunner.direkt().kor(arbete, klar, fel));
    }

    /** Finishes the {@code i}:th job still waiting (0 = the oldest). */
    public void slutfor(int i) {
        vantande.remove(i).run();
    }

    /** Finishes every waiting job, oldest first (also jobs they start). */
    public void slutforAlla() {
        while (!vantande.isEmpty()) {
            slutfor(0);
        }
    }

    public int antalVantande() {
        return vantande.size();
    }
}
