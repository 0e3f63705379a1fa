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
}
