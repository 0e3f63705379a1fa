package se.bistand.domain.berakning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

/**
 * One year's riksnorm as master data with provenance. Amounts are per month.
 *
 * @param id            stable identity, e.g. {@code riksnorm-2021}
 * @param version       version of the table (a correction is a new version)
 * @param ar            the norm year
 * @param status        only {@link NormtabellStatus#BEKRAFTAD} tables are used for decisions
 * @param demo          a demo table, never to be presented as the official riksnorm
 * @param kalla         source reference (SFS number, publication)
 * @param registreradAv who entered the table; empty when unknown (shipped data)
 * @param bekraftadAv   who confirmed the table; empty when unknown (shipped data)
 * @param barn          personal costs per age band, every band present
 * @param barnEjLunch   "ej lunch" values for the 0–6 bands: all four, or empty when the
 *                      source has none (a child marked lunch away is then refused)
 * @param ensamstaende  personal costs of a single adult
 * @param sambor        personal costs of two cohabiting adults together
 * @param gemensamma    gemensamma hushållskostnader for 1..7 persons (index 0 = 1 person)
 */
public record Normtabell(
        String id,
        int version,
        int ar,
        NormtabellStatus status,
        boolean demo,
        String kalla,
        String registreradAv,
        String bekraftadAv,
        Map<Aldersgrupp, Money> barn,
        Map<Aldersgrupp, Money> barnEjLunch,
        Money ensamstaende,
        Money sambor,
        List<Money> gemensamma) {

    /** Household sizes with their own gemensamma amount; larger households are derived. */
    public static final int TABELLERADE_HUSHALLSSTORLEKAR = 7;

    public Normtabell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kalla, "kalla");
        registreradAv = registreradAv == null ? "" : registreradAv;
        bekraftadAv = bekraftadAv == null ? "" : bekraftadAv;
        Objects.requireNonNull(ensamstaende, "ensamstaende");
        Objects.requireNonNull(sambor, "sambor");
        if (kalla.isBlank()) {
            throw DomainException.forField("kalla", "normtabell.kallaSaknas", ar);
        }
        barn = kopiera(barn);
        barnEjLunch = kopiera(barnEjLunch);
        gemensamma = List.copyOf(gemensamma);
        for (Aldersgrupp g : Aldersgrupp.values()) {
            if (!barn.containsKey(g)) {
                throw DomainException.forField("barn." + g.nyckel(), "normtabell.nyckelSaknas", "barn." + g.nyckel());
            }
            if (g.harEjLunchVarde() != barnEjLunch.containsKey(g) && !barnEjLunch.isEmpty()) {
                throw DomainException.forField("barn.ejLunch." + g.nyckel(), "normtabell.ejLunchOfullstandig", g.nyckel());
            }
        }
        if (gemensamma.size() != TABELLERADE_HUSHALLSSTORLEKAR) {
            throw DomainException.forField("gemensamma", "normtabell.gemensammaAntal",
                    TABELLERADE_HUSHALLSSTORLEKAR, gemensamma.size());
        }
        for (int i = 1; i < gemensamma.size(); i++) {
            if (gemensamma.get(i).compareTo(gemensamma.get(i - 1)) < 0) {
                throw DomainException.forField("gemensamma." + (i + 1), "normtabell.gemensammaMinskar", i + 1, i);
            }
        }
        kontrolleraIckeNegativ("vuxen.ensamstaende", ensamstaende);
        kontrolleraIckeNegativ("vuxen.sambor", sambor);
        barn.forEach((g, m) -> kontrolleraIckeNegativ("barn." + g.nyckel(), m));
        barnEjLunch.forEach((g, m) -> kontrolleraIckeNegativ("barn.ejLunch." + g.nyckel(), m));
        for (int i = 0; i < gemensamma.size(); i++) {
            kontrolleraIckeNegativ("gemensamma." + (i + 1), gemensamma.get(i));
        }
    }

    private static Map<Aldersgrupp, Money> kopiera(Map<Aldersgrupp, Money> karta) {
        EnumMap<Aldersgrupp, Money> kopia = new EnumMap<>(Aldersgrupp.class);
        kopia.putAll(karta);
        return Collections.unmodifiableMap(kopia);
    }

    private static void kontrolleraIckeNegativ(String nyckel, Money belopp) {
        if (belopp.isNegative()) {
            throw DomainException.forField(nyckel, "normtabell.negativtBelopp", nyckel, belopp.toPlainString());
        }
    }

    public boolean arBekraftad() {
        return status == NormtabellStatus.BEKRAFTAD;
    }

    public boolean harEjLunchVarden() {
        return !barnEjLunch.isEmpty();
    }

    /**
     * Personal costs of a child in {@code grupp}; the "ej lunch" value when {@code lunchBorta}
     * and the band has one (0–6), else the ordinary value.
     */
    public Money personligKostnadBarn(Aldersgrupp grupp, boolean lunchBorta) {
        if (lunchBorta && grupp.harEjLunchVarde()) {
            Money ejLunch = barnEjLunch.get(grupp);
            if (ejLunch == null) {
                throw DomainException.forField("lunchAway", "berakning.ejLunchVardeSaknas", ar);
            }
            return ejLunch;
        }
        return barn.get(grupp);
    }

    /**
     * Gemensamma hushållskostnader for a household of {@code personer}. Above seven persons
     * the table's step from six to seven persons is added per extra person (derived from the
     * table, never a constant).
     */
    public Money gemensamma(int personer) {
        if (personer < 1) {
            throw new IllegalArgumentException("a household has at least one person");
        }
        if (personer <= TABELLERADE_HUSHALLSSTORLEKAR) {
            return gemensamma.get(personer - 1);
        }
        Money sju = gemensamma.get(TABELLERADE_HUSHALLSSTORLEKAR - 1);
        Money steg = sju.minus(gemensamma.get(TABELLERADE_HUSHALLSSTORLEKAR - 2));
        return sju.plus(steg.times(personer - TABELLERADE_HUSHALLSSTORLEKAR));
    }
}
