package se.bistand.domain.arende;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.bistand.domain.gemensam.Id.PersonId;

/** Household as of a day or a month, from the membership periods (pure). */
public final class Hushall {

    private static final Comparator<Hushallsdeltagare> ORDNING = Comparator
            .comparing(Hushallsdeltagare::roll).thenComparing(Hushallsdeltagare::fodelsedatum);

    private Hushall() {
    }

    /**
     * Members during {@code manad}: every person with a period overlapping the month; when a
     * person's role changed within the month, the latest period counts.
     */
    public static List<Hushallsdeltagare> forManad(List<Hushallsdeltagare> perioder, YearMonth manad) {
        Map<PersonId, Hushallsdeltagare> senaste = new LinkedHashMap<>();
        for (Hushallsdeltagare d : perioder) {
            boolean overlappar = !d.fran().isAfter(manad.atEndOfMonth())
                    && (d.till() == null || !d.till().isBefore(manad.atDay(1)));
            if (overlappar) {
                senaste.merge(d.personId(), d, (a, b) -> b.fran().isAfter(a.fran()) ? b : a);
            }
        }
        List<Hushallsdeltagare> r = new ArrayList<>(senaste.values());
        r.sort(ORDNING);
        return r;
    }

    /** Members on a day. */
    public static List<Hushallsdeltagare> pa(List<Hushallsdeltagare> perioder, LocalDate dag) {
        List<Hushallsdeltagare> r = new ArrayList<>(perioder.stream()
                .filter(d -> !d.fran().isAfter(dag) && (d.till() == null || !d.till().isBefore(dag))).toList());
        r.sort(ORDNING);
        return r;
    }

    /** The latest change: a period started, or ended (the day after its last day). */
    public static LocalDate senastAndrat(List<Hushallsdeltagare> perioder) {
        LocalDate max = null;
        for (Hushallsdeltagare d : perioder) {
            LocalDate x = d.till() != null ? d.till().plusDays(1) : d.fran();
            LocalDate y = d.fran().isAfter(x) ? d.fran() : x;
            if (max == null || y.isAfter(max)) {
                max = y;
            }
        }
        return max;
    }

    /** Number of adults (everyone but children). */
    public static long vuxna(List<Hushallsdeltagare> medlemmar) {
        return medlemmar.stream().filter(d -> d.roll() != Hushallsroll.BARN).count();
    }

    /** Ages of the children on {@code dag}, youngest first. */
    public static List<Integer> barnAldrar(List<Hushallsdeltagare> medlemmar, LocalDate dag) {
        return medlemmar.stream().filter(d -> d.roll() == Hushallsroll.BARN).map(d -> d.alder(dag)).sorted().toList();
    }
}
