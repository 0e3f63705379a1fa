package se.bistand.app.delad;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the database connection: polls {@code arVidLiv} on its own daemon thread (never the FX
 * thread), calmly while all is well and more often while the connection is broken, and publishes
 * {@link #brutenProperty()} through the given executor ({@code Platform::runLater} in the app, a
 * direct one in tests). The main window shows a banner while it is true; work resumes by itself
 * when the server answers again, since each check also renews the connection pool.
 */
public final class Anslutningsvakt implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Anslutningsvakt.class);
    public static final Duration NORMALT = Duration.ofSeconds(10);
    public static final Duration NAR_BRUTEN = Duration.ofSeconds(3);

    private final BooleanSupplier vidLiv;
    private final Executor fxTrad;
    private final Duration normalt;
    private final Duration narBruten;
    private final ReadOnlyBooleanWrapper bruten = new ReadOnlyBooleanWrapper(this, "bruten", false);
    private volatile boolean senastBruten;
    private ScheduledExecutorService schema;

    public Anslutningsvakt(BooleanSupplier vidLiv, Executor fxTrad, Duration normalt, Duration narBruten) {
        this.vidLiv = vidLiv;
        this.fxTrad = fxTrad;
        this.normalt = normalt;
        this.narBruten = narBruten;
    }

    /** True while the database does not answer (read on the FX thread). */
    public ReadOnlyBooleanProperty brutenProperty() {
        return bruten.getReadOnlyProperty();
    }

    public boolean arBruten() {
        return senastBruten;
    }

    /** Starts polling on a daemon thread. */
    public synchronized void starta() {
        if (schema != null) {
            return;
        }
        schema = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bistand-anslutningsvakt");
            t.setDaemon(true);
            return t;
        });
        planera(normalt);
    }

    private synchronized void planera(Duration om) {
        if (schema == null || schema.isShutdown()) {
            return;
        }
        schema.schedule(() -> {
            kontrollera();
            planera(senastBruten ? narBruten : normalt);
        }, om.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One check now, on the calling thread (the poller's, or a test's). */
    public void kontrollera() {
        boolean nuBruten;
        try {
            nuBruten = !vidLiv.getAsBoolean();
        } catch (RuntimeException e) {
            nuBruten = true;
        }
        if (nuBruten != senastBruten) {
            LOG.warn(nuBruten ? "Förbindelsen med databasen är bruten" : "Förbindelsen med databasen är återställd");
        }
        senastBruten = nuBruten;
        boolean varde = nuBruten;
        fxTrad.execute(() -> bruten.set(varde));
    }

    @Override
    public synchronized void close() {
        if (schema != null) {
            schema.shutdownNow();
            schema = null;
        }
    }
}
