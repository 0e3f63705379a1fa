package se.bistand.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Everything the calculator needs for one household and month (the domain form of the
 * {@code admin calc} exchange format).
 *
 * @param manad           the calendar month the assistance is for; selects the norm year
 * @param hushallsstorlek persons living in the household; empty means the number of members.
 *                        Larger than the members when the case's adults are not sambo with
 *                        the others (adult child, lodger)
 * @param medlemmar       the members of the case, exactly one sökande
 * @param kostnader       reasonable costs at actual amounts
 * @param inkomster       net incomes of the month; {@link Inkomst#medlem()} indexes {@code medlemmar}
 */
public record BerakningsUnderlag(
        YearMonth manad,
        OptionalInt hushallsstorlek,
        List<Hushallsmedlem> medlemmar,
        List<Kostnad> kostnader,
        List<Inkomst> inkomster) {

    public BerakningsUnderlag {
        Objects.requireNonNull(manad, "manad");
        hushallsstorlek = hushallsstorlek == null ? OptionalInt.empty() : hushallsstorlek;
        medlemmar = List.copyOf(medlemmar);
        kostnader = List.copyOf(kostnader);
        inkomster = List.copyOf(inkomster);
    }

    /** The household size used for gemensamma: the given size, else the number of members. */
    public int personerIHushallet() {
        return hushallsstorlek.orElse(medlemmar.size());
    }
}
