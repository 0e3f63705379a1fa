package se.bistand.domain.beslut;

import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.ArendeId;

/**
 * Port: saved decisions. Deliberately no update or delete: a decision is stored once and a
 * change is a new decision referring to it.
 */
public interface BeslutRepository {

    /** Stores a new decision (its id is {@link BeslutId#NY}); returns the new id. */
    BeslutId spara(Beslut beslut);

    Optional<Beslut> hitta(BeslutId id);

    /** The case's decisions, newest first. */
    List<Beslut> forArende(ArendeId arende);

    /** The decision that replaced {@code id}, if any. */
    Optional<BeslutId> ersattAv(BeslutId id);

    /**
     * Moves a decision from status {@code fran} to {@code till} (the one column that changes);
     * throws {@code OptimistiskLasningException} when it is no longer in {@code fran}.
     */
    void sattStatus(BeslutId id, BeslutStatus fran, BeslutStatus till);

    /** Stores who decided a proposal (once per decision). */
    void registreraFattande(Beslutsfattande fattande);

    /** Who decided {@code id}, when it was saved as a proposal and has been decided since. */
    Optional<Beslutsfattande> fattande(BeslutId id);
}
