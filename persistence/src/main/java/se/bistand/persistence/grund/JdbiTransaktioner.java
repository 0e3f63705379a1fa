package se.bistand.persistence.grund;

import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import se.bistand.domain.gemensam.Transaktioner;

/**
 * Implements the domain's transaction port with one Jdbi handle per thread. Nested calls join
 * the outer transaction. Repositories obtain the current handle through {@link #handle()} and
 * refuse to work outside a transaction, so every write and its audit row share one commit.
 */
public final class JdbiTransaktioner implements Transaktioner {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> aktuell = new ThreadLocal<>();

    public JdbiTransaktioner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T iTransaktion(Supplier<T> arbete) {
        Handle befintlig = aktuell.get();
        if (befintlig != null) {
            return arbete.get();
        }
        try (Handle h = jdbi.open()) {
            aktuell.set(h);
            return h.inTransaction(th -> arbete.get());
        } finally {
            aktuell.remove();
        }
    }

    /** The handle of the transaction running on this thread. */
    public Handle handle() {
        Handle h = aktuell.get();
        if (h == null) {
            throw new IllegalStateException("Databasarbete utanför transaktion: anropa via Transaktioner.iTransaktion");
        }
        return h;
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
