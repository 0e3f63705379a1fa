package se.bistand.domain.arende;

import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Transaktioner;

/**
 * A new person and their case in one transaction (the "Ny person" form): either both are
 * registered, with their audit rows, or neither — never a person without the case the
 * handläggare asked for.
 */
public final class Nyregistrering {

    private final Transaktioner tx;
    private final PersonService personer;
    private final ArendeService arenden;

    public Nyregistrering(Transaktioner tx, PersonService personer, ArendeService arenden) {
        this.tx = tx;
        this.personer = personer;
        this.arenden = arenden;
    }

    /** Registers the person and opens (aktualiserar) a case for them; the case's id. */
    public ArendeId registrera(Aktor aktor, NyPerson ny) {
        return tx.iTransaktion(() -> arenden.aktualisera(aktor, personer.skapa(aktor, ny)));
    }
}
