package se.bistand.domain.arende;

import java.util.List;

/** First application or the monthly återansökan; each has its own control checklist (domain.md). */
public enum Ansokningstyp {
    NY,
    ATERANSOKAN;

    public List<Kontrollpunkt> checklista() {
        return Kontrollpunkt.forTyp(this);
    }

    public String textnyckel() {
        return "ansokningstyp." + name();
    }
}
