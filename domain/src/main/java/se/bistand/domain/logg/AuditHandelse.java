package se.bistand.domain.logg;

import java.time.Instant;

/**
 * One row of the append-only audit trail: who did what to which object, when, with the state
 * before and after. {@code prevHash}/{@code hash} chain every row to the one before.
 */
public record AuditHandelse(
        long id,
        Instant tidpunkt,
        Long anvandareId,
        String anvandarnamn,
        String handelse,
        String objektTyp,
        String objektId,
        String fore,
        String efter,
        String prevHash,
        String hash) {
}
