package se.bistand.domain.logg;

import java.util.List;

/**
 * Port: the audit chain's anchors kept outside the database (export files, backups), read when
 * the chain is verified. Unreadable files are skipped by the adapter, never guessed at.
 */
public interface ExternaAnkare {

    List<Granskningsankare> las();

    /** No anchors outside the database (tests, a PostgreSQL server without local files). */
    static ExternaAnkare inga() {
        return List::of;
    }
}
