package se.bistand.app.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A view-model's background work in one place (the small async-command model): reads and
 * commands run through the {@link BackgroundRunner}; {@link #upptagenProperty()} is true while
 * any runs; the last confirmation and the last error are read-only text; and every read belongs
 * to a named stream whose newest request wins: a result that arrives after the user moved on (a
 * newer request on the same stream, or {@link #glom}) is dropped, never shown.
 * <p>
 * Used on the FX thread (tests: with {@link BackgroundRunner#direkt()}, on the test's thread).
 */
public final class Bakgrundsarbete {

    private final BackgroundRunner runner;
    private final ReadOnlyBooleanWrapper upptagen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");
    private final Map<String, Long> senaste = new HashMap<>();
    private long nasta;
    private int pagar;

    public Bakgrundsarbete(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** Reads in the background; a failure becomes the error text. */
    public <T> void hamta(String strom, Callable<T> arbete, Consumer<T> klar) {
        hamta(strom, arbete, klar, this::visaFel);
    }

    /**
     * Reads in the background as the newest request of {@code strom}: the result (or failure) is
     * handed on only if no newer request of the stream started, and the stream was not forgotten,
     * meanwhile.
     */
    public <T> void hamta(String strom, Callable<T> arbete, Consumer<T> klar, Consumer<Throwable> felhantering) {
        long token = ++nasta;
        senaste.put(strom, token);
        kor(arbete, r -> {
            if (aktuell(strom, token)) {
                klar.accept(r);
            }
        }, t -> {
            if (aktuell(strom, token)) {
                felhantering.accept(t);
            }
        });
    }

    /** The user moved on: pending results of {@code strom} are dropped when they arrive. */
    public void glom(String strom) {
        senaste.put(strom, ++nasta);
    }

    /**
     * Runs a command in the background: clears the error first; on success hands the result on;
     * a failure becomes the error text. A command's outcome is always shown (never dropped).
     */
    public <T> void utfor(Callable<T> arbete, Consumer<T> klar) {
        utfor(arbete, klar, this::visaFel);
    }

    /** {@link #utfor(Callable, Consumer)} with its own failure handling (e.g. at the field). */
    public <T> void utfor(Callable<T> arbete, Consumer<T> klar, Consumer<Throwable> felhantering) {
        fel.set("");
        kor(arbete, klar, felhantering);
    }

    private boolean aktuell(String strom, long token) {
        return senaste.getOrDefault(strom, 0L) == token;
    }

    private <T> void kor(Callable<T> arbete, Consumer<T> klar, Consumer<Throwable> felhantering) {
        pagar++;
        upptagen.set(true);
        runner.kor(arbete, r -> {
            klart();
            klar.accept(r);
        }, t -> {
            klart();
            felhantering.accept(t);
        });
    }

    private void klart() {
        pagar--;
        upptagen.set(pagar > 0);
    }

    /** Shows a failure as Swedish text (unexpected ones logged with an incident id). */
    public void visaFel(Throwable t) {
        fel.set(Felvisning.text(t));
    }

    /** Shows an error text that needs no exception (e.g. a month that does not parse). */
    public void visaFel(String text) {
        fel.set(text);
    }

    public void rensaFel() {
        fel.set("");
    }

    public void meddela(String text) {
        meddelande.set(text);
    }

    public ReadOnlyBooleanProperty upptagenProperty() {
        return upptagen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }
}
