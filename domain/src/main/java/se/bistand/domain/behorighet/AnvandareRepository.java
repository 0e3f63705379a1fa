package se.bistand.domain.behorighet;

import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** Port for user accounts. Updates check the version (optimistic locking). */
public interface AnvandareRepository {

    Optional<Anvandare> hitta(String anvandarnamn);

    Optional<Anvandare> hitta(AnvandareId id);

    List<Anvandare> alla();

    AnvandareId skapa(NyAnvandare ny);

    /** Saves the mutable fields; throws {@code OptimistiskLasningException} on a stale version. */
    Anvandare uppdatera(Anvandare anvandare);

    record NyAnvandare(String anvandarnamn, String namn, Roll roll,
                       java.util.Optional<se.bistand.domain.gemensam.Personnummer> personnummer,
                       String losenordshash) {
    }
}
