package se.bistand.domain.arende;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case in a work list with its computed deadlines and how the user may see the applicant.
 * Built by {@link Skyddsfilter#arbetsrad}: a masked row carries neither the applicant nor the
 * household (and no deadline that tells whether there are children).
 */
public record Arbetsrad(Listarende rad, Personvisning sokande, List<Bevakning> bevakningar) {

    public long antalForfallna() {
        return bevakningar.stream().filter(Bevakning::forfallen).count();
    }

    /** The earliest deadline, if any. */
    public Optional<LocalDate> nastaSenast() {
        return bevakningar.stream().map(Bevakning::senast).min(LocalDate::compareTo);
    }
}
