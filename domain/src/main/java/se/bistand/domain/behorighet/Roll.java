package se.bistand.domain.behorighet;

import static se.bistand.domain.behorighet.Behorighet.*;

import java.util.EnumSet;
import java.util.Set;

/** The roles of domain.md with the permissions each has by default. */
public enum Roll {
    HANDLAGGARE(EnumSet.of(ARENDE_LASA, ARENDE_HANDLAGGA, BESLUT_FATTA, BETALNINGSMOTTAGARE_REGISTRERA,
            AVVIKELSE_RAPPORTERA)),
    SOCIALSEKRETERARE(EnumSet.of(ARENDE_LASA, ARENDE_HANDLAGGA, BESLUT_FATTA, BESLUT_ATTESTERA,
            BETALNINGSMOTTAGARE_REGISTRERA, AVVIKELSE_RAPPORTERA)),
    GRUPPLEDARE(EnumSet.of(ARENDE_LASA, ARENDE_HANDLAGGA, ARENDE_FORDELA, BESLUT_FATTA, BESLUT_ATTESTERA,
            BETALNINGSMOTTAGARE_REGISTRERA, BETALNINGSMOTTAGARE_GODKANNA, AVVIKELSE_RAPPORTERA, UPPFOLJNING_LASA)),
    ENHETSCHEF(EnumSet.of(ARENDE_LASA, ARENDE_FORDELA, BESLUT_FATTA, BESLUT_ATTESTERA, BETALNINGSMOTTAGARE_GODKANNA,
            UTBETALNINGSLISTA_SIGNERA, MANADSGRANSKNING, AVVIKELSE_RAPPORTERA, AVVIKELSE_HANTERA, UPPFOLJNING_LASA,
            LOGG_GRANSKA)),
    AVDELNINGSCHEF(EnumSet.of(ARENDE_LASA, BESLUT_FATTA, BESLUT_ATTESTERA, BETALNINGSMOTTAGARE_GODKANNA,
            UTBETALNINGSLISTA_SIGNERA, MANADSGRANSKNING, AVVIKELSE_RAPPORTERA, AVVIKELSE_HANTERA, UPPFOLJNING_LASA,
            LOGG_GRANSKA)),
    SYSTEMFORVALTARE(EnumSet.of(ANVANDARE_ADMINISTRERA, MASTERDATA_ADMINISTRERA, AVVIKELSE_RAPPORTERA,
            AVVIKELSE_HANTERA, LOGG_GRANSKA)),
    EKONOMIADMINISTRATOR(EnumSet.of(UTBETALNING_EXPORTERA, BETALNINGSMOTTAGARE_GODKANNA, AVVIKELSE_RAPPORTERA)),
    REVISOR(EnumSet.of(ARENDE_LASA, MANADSGRANSKNING, UPPFOLJNING_LASA, LOGG_GRANSKA, AVVIKELSE_RAPPORTERA));

    private final Set<Behorighet> behorigheter;

    Roll(Set<Behorighet> behorigheter) {
        this.behorigheter = Set.copyOf(behorigheter);
    }

    public Set<Behorighet> behorigheter() {
        return behorigheter;
    }

    public boolean har(Behorighet b) {
        return behorigheter.contains(b);
    }

    /** Message key of the role's Swedish display name, e.g. {@code roll.HANDLAGGARE}. */
    public String textnyckel() {
        return "roll." + name();
    }
}
