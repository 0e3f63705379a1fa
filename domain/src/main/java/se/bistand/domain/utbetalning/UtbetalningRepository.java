package se.bistand.domain.utbetalning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** Port: payout lists, their lines, signatures and exports. */
public interface UtbetalningRepository {

    /** The list for the date that is not yet signed (Utkast or Granskad), if any. */
    Optional<Long> oppenLista(LocalDate betalningsdatum);

    long skapaLista(LocalDate betalningsdatum, Instant nar);

    long laggTillRad(long listaId, long attestId, boolean iStickprov);

    Optional<Utbetalningslista> hitta(long id);

    /** Every list, newest payment date first, without lines (header fields only, lines empty). */
    List<Utbetalningslista> listor();

    void sattStickprov(long listaId, Set<Long> radIds);

    void markeraGranskad(long radId, AnvandareId vem, Instant nar);

    /** Sets status and content hash; {@code OptimistiskLasningException} on a stale version. */
    void uppdateraStatus(long listaId, Utbetalningslista.Status status, Optional<String> hash, long version);

    /**
     * Records a signature by {@code vem} in {@code roll} at place {@code plats} of rule {@code regelId}; the
     * database refuses a second signature with the same number, place or person, and a role that is not the place's.
     */
    void signera(long listaId, int nummer, AnvandareId vem, Roll roll, long regelId, int plats, Instant nar, String hash);

    /** Records that {@code vem} opened payment {@code radId} for review. */
    void registreraOppning(long radId, AnvandareId vem, Instant nar);

    /** Whether {@code vem} has opened payment {@code radId}. */
    boolean harOppnat(long radId, AnvandareId vem);

    void registreraExport(long listaId, String filnamn, Instant nar, AnvandareId vem, boolean kopia, String hash);

    /**
     * What the export checks the list's lines against, read from the stored decision (hash
     * checked), the attest, the recipient's approval and the users (see {@link Exportunderlag}).
     */
    Exportunderlag exportunderlag(long listaId);

    /** Every payment with a payment date in the month, over all lists. */
    List<Utbetalningsrad> forManad(YearMonth manad);

    /** The payment of an attested decision (by the attest item's id), if it is on a list. */
    Optional<Utbetalningsrad> radForBeslut(long attestBeslutId);

    /** Removes a payment line from its list (only ever from an unsigned list: the domain checks). */
    void taBortRad(long radId);

    /** Payments that have no attested decision behind them (must be none: the view proves it). */
    long antalUtanAttesteratBeslut();
}
