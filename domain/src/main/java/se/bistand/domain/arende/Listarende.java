package se.bistand.domain.arende;

import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * A case in a list (work list, fördelning, search hit) as a given user may see it: the case
 * itself (number, status, dates, no person data) and the household's size. For a protected
 * case the user may not see ({@code maskerad}), the household is not told: both counts are 0.
 * Built by {@link Skyddsfilter#listarende}; it never carries the applicant's {@link Person}.
 */
public record Listarende(Arende arende, Optional<String> handlaggareNamn, int antalVuxna, int antalBarn,
                         boolean skyddad, boolean maskerad) {

    public Optional<AnvandareId> handlaggare() {
        return arende.handlaggare();
    }
}
