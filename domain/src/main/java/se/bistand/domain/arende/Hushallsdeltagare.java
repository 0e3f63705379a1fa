package se.bistand.domain.arende;

import java.time.LocalDate;
import se.bistand.domain.gemensam.Id.PersonId;

/** A household member as of a month: who, in which role, born when (for the calculator and the header). */
public record Hushallsdeltagare(PersonId personId, Hushallsroll roll, LocalDate fodelsedatum, String namn,
                                long medlemskapId, LocalDate fran, LocalDate till, boolean skyddadIdentitet) {

    public int alder(LocalDate dag) {
        return java.time.Period.between(fodelsedatum, dag).getYears();
    }
}
