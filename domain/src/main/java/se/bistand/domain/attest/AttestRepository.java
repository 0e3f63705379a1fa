package se.bistand.domain.attest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** Port: decisions handed to attest, and the attest acts themselves. */
public interface AttestRepository {

    long skapa(AttestBeslut nytt);

    Optional<AttestBeslut> hitta(long id);

    /** The attest item made for a decision ({@code beslut_id} is unique). */
    Optional<AttestBeslut> hittaForBeslut(long beslutId);

    List<AttestBeslut> medStatus(AttestBeslut.Status... status);

    /** Decisions the user prepared or decided, newest first. */
    List<AttestBeslut> inblandad(AnvandareId vem);

    /** Saves status, decider and return comment; {@code OptimistiskLasningException} on a stale version. */
    void uppdatera(AttestBeslut b);

    /**
     * Records the attest act (the database refuses an attestant equal to the decider, and a
     * second attest of the same decision). Returns the attest id.
     */
    long attestera(long attestBeslutId, AnvandareId beslutadAv, AnvandareId attesteradAv, Instant nar);

    /** Who attested, per decision id. */
    Map<Long, AnvandareId> attestanter(Set<Long> attestBeslutIds);

    /** For each account key, the households whose decisions pay to it (flag: shared account). */
    Map<String, Set<Long>> hushallPerKonto();
}
