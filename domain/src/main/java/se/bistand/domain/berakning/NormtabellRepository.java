package se.bistand.domain.berakning;

import java.util.Optional;
import se.bistand.domain.gemensam.DomainException;

/** Port: the norm tables as master data. Implemented by the persistence layer. */
public interface NormtabellRepository {

    /** The confirmed table of {@code ar} (the latest confirmed version), if there is one. */
    Optional<Normtabell> hittaBekraftad(int ar);

    /**
     * The confirmed table of {@code ar}; refuses with {@code berakning.normtabellSaknas}
     * (field {@code month}, argument the year) when there is none.
     */
    default Normtabell hamtaBekraftad(int ar) {
        return hittaBekraftad(ar).orElseThrow(
                () -> DomainException.forField("month", "berakning.normtabellSaknas", ar));
    }
}
