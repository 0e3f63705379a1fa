package se.bistand.domain.betalning;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: payment recipients and staff members' own accounts (for the conflict-of-interest flag). */
public interface BetalningsmottagareRepository {

    long skapa(Betalningsmottagare ny);

    Optional<Betalningsmottagare> hitta(long id);

    List<Betalningsmottagare> alla();

    /**
     * Saves status, approval, rejection, account and its change (time and who);
     * {@code OptimistiskLasningException} on a stale version.
     */
    void uppdatera(Betalningsmottagare m);

    /** The normalised keys of staff members' salary accounts. */
    Set<String> personalkonton();

    /** Staff members' salary accounts, by user. */
    List<Personalkonto> personalkontoLista();

    void laggTillPersonalkonto(Personalkonto konto);

    /** True when the recipient is on a payout list that has been signed but not yet exported. */
    boolean paLastLista(long mottagareId);
}
