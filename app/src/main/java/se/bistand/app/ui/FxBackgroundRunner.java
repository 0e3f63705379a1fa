package se.bistand.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** A small bounded pool of daemon threads; results are handed back with {@code Platform.runLater}. */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {

    private final ExecutorService pool;

    public FxBackgroundRunner(int tradar) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(tradar, r -> {
            Thread t = new Thread(r, "bistand-bakgrund-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void kor(Callable<T> arbete, Consumer<T> klar, Consumer<Throwable> fel) {
        pool.execute(() -> {
            try {
                T r = arbete.call();
                Platform.runLater(() -> klar.accept(r));
            } catch (Throwable t) {
                Platform.runLater(() -> fel.accept(t));
            }
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
