package se.bistand.domain.arende;

/** How an application came in (the nämnd follows the digital share). */
public enum Kanal {
    DIGITAL,
    PAPPER,
    BESOK;

    public String textnyckel() {
        return "kanal." + name();
    }
}
