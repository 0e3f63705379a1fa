package se.bistand.domain.utbetalning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** Port: the versions of the signing rule of payout lists. */
public interface SigneringsregelRepository {

    /** Every version, oldest first. */
    List<Signeringsregel> alla();

    Optional<Signeringsregel> hitta(long id);

    long foresla(Signeringsregel ny);

    /** Sets status and who decided; throws {@code OptimistiskLasningException} on a stale version. */
    void avgor(long id, Signeringsregel.Status status, AnvandareId av, Instant nar, long version);
}
