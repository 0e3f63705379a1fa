package se.bistand.domain.delegation;

import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** Port: the versions of the delegationsordning. */
public interface DelegationsRepository {

    List<Delegationsordning> alla();

    Optional<Delegationsordning> hitta(long id);

    long foresla(Delegationsordning ny);

    /** Sets status and who decided; throws {@code OptimistiskLasningException} on a stale version. */
    void avgor(long id, Delegationsordning.Status status, AnvandareId av, java.time.Instant nar, long version);
}
