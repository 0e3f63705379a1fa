package se.bistand.domain.beslut;

import java.time.YearMonth;
import java.util.List;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.Id.ArendeId;

/**
 * Port to the case workspace: what must be in place before a decision may lead to a payment
 * (the utredning's checklist complete, a barnkonsekvensanalys where there are children …),
 * the household registered in the case for the decided month (the calculation must be made for
 * it), whether the actor is assigned to the case (for the access log)
 * and may see it.
 */
public interface BeslutsForutsattningar {

    /** One thing missing, as a message key with arguments. */
    record Hinder(String nyckel, List<Object> argument) {
        public Hinder {
            argument = List.copyOf(argument);
        }
    }

    /** What stops a paying decision for {@code arende} and {@code manad}; empty when nothing does. */
    List<Hinder> hinderForUtbetalning(ArendeId arende, YearMonth manad);

    /** The household registered in the case for {@code manad}: what a decision's calculation must use. */
    RegistreratHushall hushall(ArendeId arende, YearMonth manad);

    /** Whether {@code aktor} is assigned to {@code arende} (recorded with every read). */
    boolean arTilldelad(Aktor aktor, ArendeId arende);

    /**
     * Whether {@code aktor} may see the case (skyddad identitet: only its handläggare and the
     * chefs); deciding on it and reading its decisions need this.
     */
    boolean farSe(Aktor aktor, ArendeId arende);
}
