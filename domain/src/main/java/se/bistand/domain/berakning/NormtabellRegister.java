package se.bistand.domain.berakning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** Port: the norm tables as stored master data, with provenance; only confirmed ones are calculated with. */
public interface NormtabellRegister extends NormtabellRepository {

    /** Every stored table, newest year first. */
    List<NormtabellPost> lista();

    Optional<NormtabellPost> hitta(long dbId);

    /** Stores a table as it is (status and names included); returns the row id. */
    long spara(Normtabell tabell, Optional<AnvandareId> registreradAv, Instant registrerad);

    /**
     * Marks an {@link NormtabellStatus#UTKAST} table confirmed; a table that is no longer a
     * draft throws {@code OptimistiskLasningException}.
     */
    void bekrafta(long dbId, AnvandareId av, String namn, Instant tid);

    /** The next free version number of table {@code id} (1 for a new id). */
    int nastaVersion(String id);
}
