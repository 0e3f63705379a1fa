package se.bistand.domain.behorighet;

import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * The signed-in user on whose behalf a domain service acts. Every service takes one and
 * checks the permission itself: hiding a button in the UI is not a control.
 */
public record Aktor(AnvandareId id, String anvandarnamn, String namn, Roll roll) {

    public boolean har(Behorighet b) {
        return roll.har(b);
    }

    /** Throws {@code behorighet.saknas} unless the actor has the permission. */
    public void krav(Behorighet b) {
        if (!har(b)) {
            throw new DomainException("behorighet.saknas", b.name());
        }
    }

    /** A system actor for headless admin commands run by IT on the server (audited as such). */
    public static Aktor system(String vem) {
        return new Aktor(new AnvandareId(0), "system:" + vem, "Systemkommando (" + vem + ")", Roll.SYSTEMFORVALTARE);
    }
}
