package se.bistand.domain.arende;

import java.time.LocalDate;
import java.time.YearMonth;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;

/**
 * One period during which a person belonged to the case's household in a role. Periods are never
 * rewritten: a change ends a period ({@code till}, inclusive) and starts a new one, so the household
 * as it was in any past month can be shown.
 */
public record Hushallsmedlemskap(long id, ArendeId arendeId, PersonId personId, Hushallsroll roll, LocalDate fran,
                                 LocalDate till) {

    public boolean galler(LocalDate dag) {
        return !fran.isAfter(dag) && (till == null || !till.isBefore(dag));
    }

    public boolean overlappar(YearMonth manad) {
        return !fran.isAfter(manad.atEndOfMonth()) && (till == null || !till.isBefore(manad.atDay(1)));
    }
}
