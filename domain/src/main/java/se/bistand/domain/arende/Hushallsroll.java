package se.bistand.domain.arende;

/** A member's role in the case's household (the calculator maps these to its own roles). */
public enum Hushallsroll {
    SOKANDE,
    MEDSOKANDE,
    BARN,
    OVRIG_VUXEN;

    /**
     * The calculator's role: sökande, medsökande and children are the case's members; another
     * adult (an adult child, a lodger) is none and only counts towards the household size.
     */
    public java.util.Optional<se.bistand.domain.berakning.Roll> berakningsroll() {
        return switch (this) {
            case SOKANDE -> java.util.Optional.of(se.bistand.domain.berakning.Roll.SOKANDE);
            case MEDSOKANDE -> java.util.Optional.of(se.bistand.domain.berakning.Roll.MEDSOKANDE);
            case BARN -> java.util.Optional.of(se.bistand.domain.berakning.Roll.BARN);
            case OVRIG_VUXEN -> java.util.Optional.empty();
        };
    }

    public String textnyckel() {
        return "hushallsroll." + name();
    }
}
