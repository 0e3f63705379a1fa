package se.bistand.app.arende;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The registry of the case workspace's tabs. Another feature adds its tab (e.g. "Beräkning" at
 * 30, "Beslut" at 40) with one line here; the workspace shows the tabs the user may see, in order.
 */
public final class ArendeFlikar {
    private ArendeFlikar() {
    }

    public static List<ArendeFlik> alla() {
        List<ArendeFlik> flikar = new ArrayList<>(List.of(
                new ArendeFlik("oversikt", "arende.flik.oversikt", 10, a -> true, ArendeFlikvyer::oversikt),
                new ArendeFlik("ansokningar", "arende.flik.ansokningar", 20, a -> true, ArendeFlikvyer::ansokningar),
                new ArendeFlik("journal", "arende.flik.journal", 50, a -> true, ArendeFlikvyer::journal),
                new ArendeFlik("utredning", "arende.flik.utredning", 60, a -> true, ArendeFlikvyer::utredning),
                new ArendeFlik("planer", "arende.flik.planer", 70, a -> true, ArendeFlikvyer::planer),
                new ArendeFlik("hushall", "arende.flik.hushall", 80, a -> true, ArendeFlikvyer::hushall),
                new ArendeFlik("berakning", "arende.flik.berakning", 30,
                        a -> a.har(se.bistand.domain.behorighet.Behorighet.BESLUT_FATTA),
                        BeslutFlikar::berakning),
                new ArendeFlik("beslut", "arende.flik.beslut", 40, a -> true, BeslutFlikar::beslut)));
        flikar.sort(Comparator.comparingInt(ArendeFlik::ordning));
        return flikar;
    }
}
