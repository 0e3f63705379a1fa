package se.bistand.domain.berakning;

import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.Money;

/**
 * One personal-cost line of the norm.
 *
 * @param medlemmar     the members the line is for (two for {@link NormPost#SAMBOR})
 * @param post          what the amount is
 * @param aldersgrupp   the age band, for {@link NormPost#BARN}
 * @param alder         completed years on the month's first day (the sökande's for adult lines)
 * @param ejLunch       the "ej lunch" value was used
 * @param tabellbelopp  the amount from the norm table
 * @param justering     signed reducerad (negative) / höjd (positive) norm; zero when none
 * @param justeringsskal the stated reasons of the adjustments, in member order
 * @param belopp        tabellbelopp + justering
 */
public record NormRad(
        List<Integer> medlemmar,
        NormPost post,
        Optional<Aldersgrupp> aldersgrupp,
        int alder,
        boolean ejLunch,
        Money tabellbelopp,
        Money justering,
        List<String> justeringsskal,
        Money belopp) {

    public NormRad {
        medlemmar = List.copyOf(medlemmar);
        justeringsskal = List.copyOf(justeringsskal);
    }
}
