package se.bistand.domain.arende;

/** A checklist item is open until checked (with date and by whom) or waived with a reason. */
public enum Kontrollstatus {
    EJ_KONTROLLERAD,
    KONTROLLERAD,
    UNDANTAGEN;

    public String textnyckel() {
        return "kontrollstatus." + name();
    }
}
