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

    /**
     * Decisions {@code attestant} attested whose payment is on a list that is not yet signed
     * (Utkast or Granskad), oldest payment date first: the ones that can still be withdrawn.
     */
    List<AttestBeslut> attesteradePaOsigneradLista(AnvandareId attestant);

    /**
     * Decisions the user prepared or decided, newest first: those still waiting (proposal or
     * waiting for attest) and the others created at or after {@code sedan}.
     */
    List<AttestBeslut> inblandad(AnvandareId vem, Instant sedan);

    /** Saves status, decider and return comment; {@code OptimistiskLasningException} on a stale version. */
    void uppdatera(AttestBeslut b);

    /**
     * Records the attest act (the database refuses an attestant equal to the decider, and a
     * second attest of the same decision). Returns the attest id.
     */
    long attestera(long attestBeslutId, AnvandareId beslutadAv, AnvandareId attesteradAv, Instant nar, Attestratt ratt);

    /**
     * What the attest was given under, stored with it so that the database can check it as a
     * second line behind the domain: the attestant's role, the version of the delegationsordning,
     * the decision's type, amount and livsföring part, and the role's attest limits for the main
     * part and (when there is one) the livsföring part; an empty limit means no limit.
     */
    record Attestratt(se.bistand.domain.behorighet.Roll roll, long ordningId,
                      se.bistand.domain.delegation.Beslutstyp typ, se.bistand.domain.gemensam.Money belopp,
                      se.bistand.domain.gemensam.Money livsforing,
                      java.util.Optional<se.bistand.domain.gemensam.Money> grans,
                      java.util.Optional<se.bistand.domain.gemensam.Money> livsforingGrans) {
    }

    /**
     * The livsföring parts handed to attest and not returned, of every case and decision month that
     * still has a decision waiting (a proposal or waiting for attest): what a split under the
     * delegation is looked for in ({@link Uppdelning}).
     */
    List<Uppdelning.Del> livsforingsdelar();

    /** For each account key, the households whose decisions pay to it (flag: shared account). */
    Map<String, Set<Long>> hushallPerKonto();
}
