package se.bistand.domain.arende;

/** A member's role in the case's household (the calculator maps these to its own roles). */
public enum Hushallsroll {
    SOKANDE,
    MEDSOKANDE,
    BARN,
    OVRIG_VUXEN;

    public String textnyckel() {
        return "hushallsroll." + name();
    }
}
