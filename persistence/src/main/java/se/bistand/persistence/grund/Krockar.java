package se.bistand.persistence.grund;

import java.sql.SQLException;
import java.util.function.Supplier;
import se.bistand.domain.gemensam.OptimistiskLasningException;

/**
 * Translates a unique-key violation (SQLState 23505, H2 and PostgreSQL alike) into the domain's
 * {@link OptimistiskLasningException}: someone else did the same thing first.
 */
public final class Krockar {
    private Krockar() {
    }

    public static <T> T unik(String objektTyp, Object id, Supplier<T> arbete) {
        try {
            return arbete.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                    throw new OptimistiskLasningException(objektTyp, id);
                }
            }
            throw e;
        }
    }
}
