package se.bistand.domain.gemensam;

/**
 * Someone else saved the same aggregate after it was read: the save is refused, nothing is
 * overwritten, and the user is asked to reload.
 */
public class OptimistiskLasningException extends DomainException {
    public OptimistiskLasningException(String objektTyp, Object id) {
        super("konflikt.annanHarSparat", objektTyp, id);
    }
}
