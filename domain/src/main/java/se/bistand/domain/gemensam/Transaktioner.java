package se.bistand.domain.gemensam;

import java.util.function.Supplier;

/**
 * Port: runs work in one database transaction. Application services call this at their
 * boundary so that a change and its audit row (or a read and its access-log row) commit
 * together or not at all. Repositories only work inside such a transaction.
 */
public interface Transaktioner {

    <T> T iTransaktion(Supplier<T> arbete);

    default void kor(Runnable arbete) {
        iTransaktion(() -> {
            arbete.run();
            return null;
        });
    }
}
