package se.bistand.domain.arende;

/** What a deadline is about. */
public enum Bevakningstyp {
    NYBESOK,
    BESLUT_VANTAR,
    CHECKLISTA,
    HANDLINGSPLAN,
    FREDA,
    BARNKONSEKVENSANALYS,
    FORMEDLINGSMEDEL;

    public String textnyckel() {
        return "bevakning." + name();
    }
}
