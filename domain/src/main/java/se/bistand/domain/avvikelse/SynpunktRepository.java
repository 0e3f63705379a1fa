package se.bistand.domain.avvikelse;

import java.util.List;
import java.util.Optional;

/** Port for synpunkter och klagomål. Works only inside a transaction. */
public interface SynpunktRepository {

    Synpunkt skapa(Synpunkt ny);

    /** Throws {@code OptimistiskLasningException} on a stale version. */
    Synpunkt uppdatera(Synpunkt s);

    Optional<Synpunkt> hitta(long id);

    /** All, newest first. */
    List<Synpunkt> alla();
}
