package se.bistand.domain.utbetalning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.installation.Installation;

/**
 * The review sample before signing: a random share of the lines (at least one) plus every line
 * at or above an amount. Both are installation settings, changed through {@link StickprovService}
 * (a second person confirms). A list's sample is drawn once and stored per line, so a changed
 * rule only reaches lists whose sample is drawn afterwards.
 */
public record Stickprovsregel(int procent, Money grans) {

    public static final String PROCENT_NYCKEL = "utbetalning.stickprovProcent";
    public static final String GRANS_NYCKEL = "utbetalning.stickprovGransOre";
    public static final Stickprovsregel STANDARD = new Stickprovsregel(10, Money.ofKronor(10_000));

    public Stickprovsregel {
        if (procent < 0 || procent > 100) {
            throw new IllegalArgumentException("procent 0..100");
        }
        if (grans == null || grans.isNegative()) {
            throw new IllegalArgumentException("grans >= 0");
        }
    }

    public static Stickprovsregel fran(Installation inst) {
        int p = inst.hamta(PROCENT_NYCKEL).map(Integer::parseInt).orElse(STANDARD.procent());
        Money g = inst.hamta(GRANS_NYCKEL).map(s -> Money.ofOre(Long.parseLong(s))).orElse(STANDARD.grans());
        return new Stickprovsregel(p, g);
    }

    /** Stores the rule as the installation's (in the caller's transaction). */
    public void sparaI(Installation inst) {
        inst.satt(PROCENT_NYCKEL, Integer.toString(procent));
        inst.satt(GRANS_NYCKEL, Long.toString(grans.ore()));
    }

    /** Machine form for the audit trail: {@code procent=10; grans=10000.00}. */
    public String text() {
        return "procent=" + procent + "; grans=" + grans.toPlainString();
    }

    /** Draws the sample among {@code rader}: ids of the chosen lines. */
    public Set<Long> dra(List<Utbetalningsrad> rader, Random slump) {
        Set<Long> valda = new HashSet<>();
        List<Utbetalningsrad> ovriga = new ArrayList<>();
        for (Utbetalningsrad r : rader) {
            if (r.belopp().compareTo(grans) >= 0) {
                valda.add(r.id());
            } else {
                ovriga.add(r);
            }
        }
        int antal = Math.max(1, (int) Math.ceil(rader.size() * procent / 100.0)) - valda.size();
        for (int i = 0; i < antal && !ovriga.isEmpty(); i++) {
            valda.add(ovriga.remove(slump.nextInt(ovriga.size())).id());
        }
        return valda;
    }
}
