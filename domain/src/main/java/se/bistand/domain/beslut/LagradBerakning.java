package se.bistand.domain.beslut;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.bistand.domain.berakning.BerakningsDiff;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.gemensam.Money;

/**
 * The calculation snapshot saved with a decision: the inputs, the norm table version, every
 * line and subtotal (keys of {@link BerakningsDiff#rader}) and the result. Immutable once
 * stored; on read the calculation is recomputed from {@code underlag} with exactly this table
 * version and must give the same {@code poster}.
 */
public record LagradBerakning(BerakningsUnderlag underlag, String normtabellId, int normtabellVersion,
                              boolean normtabellDemo, Map<String, Money> poster, Money belopp) {

    public LagradBerakning {
        poster = Collections.unmodifiableMap(new LinkedHashMap<>(poster));
    }

    public static LagradBerakning av(BerakningsUnderlag underlag, BerakningsResultat r) {
        return new LagradBerakning(underlag, r.normtabellId(), r.normtabellVersion(), r.normtabellDemo(),
                BerakningsDiff.rader(r), r.belopp());
    }

    /** True when {@code r} has exactly the stored lines, subtotals and result. */
    public boolean stammerMed(BerakningsResultat r) {
        return r.normtabellId().equals(normtabellId) && r.normtabellVersion() == normtabellVersion
                && BerakningsDiff.rader(r).equals(poster) && r.belopp().equals(belopp);
    }
}
