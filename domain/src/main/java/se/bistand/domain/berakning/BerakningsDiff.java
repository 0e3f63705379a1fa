package se.bistand.domain.berakning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.bistand.domain.gemensam.Money;

/**
 * "Skillnader mot förra månaden": the lines of two calculations whose amounts differ. Lines
 * are named by stable, non-localized keys the UI translates: {@code norm.barn[2]},
 * {@code norm.sambor[0,1]}, {@code gemensamma}, {@code kostnad.boende},
 * {@code inkomst[0].lon}, and the totals {@code norm}, {@code kostnader}, {@code behov},
 * {@code inkomster}, {@code bortsett}, {@code raknadInkomst}, {@code belopp},
 * {@code normoverskott}. A line present in only one result counts as zero in the other.
 */
public final class BerakningsDiff {

    /** One differing line; {@link #andring()} is {@code efter − fore}. */
    public record Skillnad(String post, Money fore, Money efter) {
        public Money andring() {
            return efter.minus(fore);
        }
    }

    private BerakningsDiff() {
    }

    /** The differing lines, detail lines first (in the order they appear), then the totals. */
    public static List<Skillnad> skillnader(BerakningsResultat fore, BerakningsResultat efter) {
        Map<String, Money> a = rader(fore);
        Map<String, Money> b = rader(efter);
        Map<String, Money> alla = new LinkedHashMap<>(a);
        b.forEach(alla::putIfAbsent);
        List<Skillnad> skillnader = new ArrayList<>();
        for (String post : alla.keySet()) {
            Money x = a.getOrDefault(post, Money.ZERO);
            Money y = b.getOrDefault(post, Money.ZERO);
            if (!x.equals(y)) {
                skillnader.add(new Skillnad(post, x, y));
            }
        }
        skillnader.sort((s, t) -> Boolean.compare(arSumma(s.post()), arSumma(t.post())));
        return skillnader;
    }

    private static boolean arSumma(String post) {
        return !post.contains(".") && !post.contains("[") && !post.equals("gemensamma");
    }

    /**
     * Every line and total of {@code r} under its stable key (the lines compared above, and
     * the subtotals a decision stores with its snapshot).
     */
    public static Map<String, Money> rader(BerakningsResultat r) {
        Map<String, Money> m = new LinkedHashMap<>();
        for (NormRad rad : r.normrader()) {
            String medlemmar = rad.medlemmar().toString().replace(" ", "");
            summera(m, "norm." + rad.post().name().toLowerCase() + medlemmar, rad.belopp());
        }
        m.put("gemensamma", r.gemensamma());
        r.kostnadsrader().forEach(k -> summera(m, "kostnad." + k.typ().kod(), k.belopp()));
        r.inkomstrader().forEach(i -> summera(m,
                "inkomst[" + i.inkomst().medlem() + "]." + i.inkomst().typ().kod(), i.raknad()));
        Map<String, Function<BerakningsResultat, Money>> summor = new LinkedHashMap<>();
        summor.put("norm", BerakningsResultat::norm);
        summor.put("kostnader", BerakningsResultat::kostnader);
        summor.put("behov", BerakningsResultat::behov);
        summor.put("inkomster", BerakningsResultat::inkomster);
        summor.put("bortsett", BerakningsResultat::bortsett);
        summor.put("raknadInkomst", BerakningsResultat::raknadInkomst);
        summor.put("belopp", BerakningsResultat::belopp);
        summor.put("normoverskott", BerakningsResultat::normoverskott);
        summor.forEach((post, varde) -> m.put(post, varde.apply(r)));
        return m;
    }

    private static void summera(Map<String, Money> m, String post, Money belopp) {
        m.merge(post, belopp, Money::plus);
    }
}
