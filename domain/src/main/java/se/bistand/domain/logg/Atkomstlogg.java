package se.bistand.domain.logg;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import se.bistand.domain.behorighet.Aktor;

/**
 * Port: the append-only access log (who read which person or case, when, why, and whether
 * they were assigned). Written in the same transaction as the read it records; a hash chain
 * with a stored head ({@link AtkomstKedja}) makes a changed or removed row visible.
 */
public interface Atkomstlogg {

    void registrera(Aktor aktor, Long personId, Long arendeId, String atgard, boolean tilldelad, String skal);

    /**
     * One row for a list that showed several persons (a search, a work list, the recipients):
     * it names every person shown, and {@link #forPerson} finds it under each of them.
     */
    void registreraLista(Aktor aktor, String atgard, Collection<Long> personer, boolean tilldelad, String skal);

    List<Post> senaste(int antal);

    /** Streams every row with its chain hashes in id order (verification); must not load all at once. */
    void forVarje(Consumer<AtkomstKedja.Rad> mottagare);

    /** The chain's head: the last row's id and hash as stored apart from the rows. */
    Huvud huvud();

    record Huvud(long senasteId, String senasteHash) {
    }

    /** Every row about a case, newest first (loggkontroll of one case). */
    List<Post> forArende(long arendeId);

    /** Every row about a person (also a list row that named them), newest first. */
    List<Post> forPerson(long personId);

    /** A row; {@code personer} are the persons a list row named (empty for a single read). */
    record Post(long id, Instant tidpunkt, long anvandareId, String anvandarnamn, Long personId, Long arendeId,
                String atgard, boolean tilldelad, String skal, List<Long> personer) {
        public Post {
            personer = List.copyOf(personer);
        }
    }
}
