package se.bistand.domain.logg;

import java.time.Instant;
import java.util.List;
import se.bistand.domain.behorighet.Aktor;

/**
 * Port: the append-only access log (who read which person or case, when, why, and whether
 * they were assigned). Written in the same transaction as the read it records.
 */
public interface Atkomstlogg {

    void registrera(Aktor aktor, Long personId, Long arendeId, String atgard, boolean tilldelad, String skal);

    List<Post> senaste(int antal);

    /** Every row about a case, newest first (loggkontroll of one case). */
    List<Post> forArende(long arendeId);

    /** Every row about a person, newest first. */
    List<Post> forPerson(long personId);

    record Post(long id, Instant tidpunkt, long anvandareId, String anvandarnamn, Long personId, Long arendeId,
                String atgard, boolean tilldelad, String skal) {
    }
}
