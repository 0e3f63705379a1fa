package se.bistand.domain.berakning;

import java.time.Instant;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * A stored norm table with its provenance: who entered it and when, who confirmed it and when.
 * Shipped tables have no user ids (entered and confirmed by the delivery, named in the table).
 *
 * @param dbId            the row's id
 * @param tabell          the table; {@link Normtabell#registreradAv()} / {@link Normtabell#bekraftadAv()} hold the names
 * @param registreradAvId the user who entered it, empty for a shipped table
 * @param registrerad     when it was entered
 * @param bekraftadAvId   the second person who confirmed it, empty until confirmed (and for shipped tables)
 * @param bekraftad       when it was confirmed
 */
public record NormtabellPost(long dbId, Normtabell tabell, Optional<AnvandareId> registreradAvId, Instant registrerad,
                             Optional<AnvandareId> bekraftadAvId, Optional<Instant> bekraftad) {
}
