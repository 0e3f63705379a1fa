package se.bistand.domain.logg;

import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the append-only audit trail. There is deliberately no update or delete. Appends run in
 * the caller's transaction so that a change and its audit row commit together.
 */
public interface AuditLogg {

    /** Appends, computing the chain hash from the previous row. Returns the new row. */
    AuditHandelse registrera(NyAuditHandelse handelse);

    /** Streams every row in id order (for verification); must not load all rows at once. */
    void forVarje(Consumer<AuditHandelse> mottagare);

    /** The latest rows, newest first (for review screens). */
    List<AuditHandelse> senaste(int antal);

    /** The chain's head as the database stores it (the newest row's id and hash; 0 and the start hash when empty). */
    Granskningsankare huvud();

    /**
     * Reads the head and keeps it in the table of anchors with {@code kalla} (why it was taken:
     * "signatur 1 av utbetalningslista 7"), in the caller's transaction; returns it to be written
     * outside the database as well.
     */
    Granskningsankare ankra(String kalla);

    /** Every anchor kept in the database, oldest first. */
    List<Granskningsankare> ankare();
}
