package se.bistand.domain.berakning;

import java.util.Optional;
import se.bistand.domain.gemensam.DomainException;

/** Port: the norm tables as master data. Implemented by the persistence layer. */
public interface NormtabellRepository {

    /**
     * The confirmed table of {@code ar}, if there is one: an official table before a demo
     * table, then the latest confirmed version.
     */
    Optional<Normtabell> hittaBekraftad(int ar);

    /**
     * One stored version of a table, whatever its status: a saved decision recomputes with
     * exactly the table it was calculated with.
     */
    Optional<Normtabell> hittaVersion(String id, int version);

    /**
     * The confirmed table of {@code ar}; refuses with {@code berakning.normtabellSaknas}
     * (field {@code month}, argument the year) when there is none.
     */
    default Normtabell hamtaBekraftad(int ar) {
        return hittaBekraftad(ar).orElseThrow(
                () -> DomainException.forField("month", "berakning.normtabellSaknas", ar));
    }
}
