package se.bistand.domain.betalning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** Port: payment recipients and staff members' own accounts (for the conflict-of-interest flag). */
public interface BetalningsmottagareRepository {

    long skapa(Betalningsmottagare ny);

    Optional<Betalningsmottagare> hitta(long id);

    List<Betalningsmottagare> alla();

    /** Saves status, approver, account and change time; {@code OptimistiskLasningException} on a stale version. */
    void uppdatera(Betalningsmottagare m);

    /** The normalised keys of staff members' salary accounts. */
    Set<String> personalkonton();

    void laggTillPersonalkonto(AnvandareId anvandare, Kontouppgift konto);

    /** True when the recipient is on a payout list that has been signed but not yet exported. */
    boolean paLastLista(long mottagareId);
}
