package se.bistand.domain.arende;

import java.util.Arrays;
import java.util.List;

/**
 * The control checklist of an investigation (Alingsås minimum, domain.md): one list for a new
 * applicant, a shorter one for återansökan. Legitimation is always checked.
 */
public enum Kontrollpunkt {
    LEGITIMATION(true, true),
    IDENTITET(true, false),
    MEDBORGARSKAP_UPPEHALLSRATT(true, false),
    BOENDE(true, false),
    FOLKBOKFORING(true, false),
    VARDNADSHAVARE(true, false),
    INKOMSTER(true, false),
    DEKLARATION(true, false),
    EKONOMISK_OVERSIKT(true, false),
    KONTOUTDRAG_3_MANADER(true, false),
    FORDONSREGISTER(true, false),
    ARBETSSOKANDE(true, false),
    KONTOUTDRAG_1_MANAD(false, true),
    DAGANTECKNINGAR_1_MANAD(false, true),
    NARVAROLISTOR(false, true),
    LAKARINTYG(true, true);

    private final boolean ny;
    private final boolean ater;

    Kontrollpunkt(boolean ny, boolean ater) {
        this.ny = ny;
        this.ater = ater;
    }

    static List<Kontrollpunkt> forTyp(Ansokningstyp typ) {
        return Arrays.stream(values()).filter(k -> typ == Ansokningstyp.NY ? k.ny : k.ater).toList();
    }

    public String textnyckel() {
        return "kontrollpunkt." + name();
    }
}
