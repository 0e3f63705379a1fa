package se.bistand.domain.arende;

/** The follow-ups that cannot be forgotten (domain.md findings 11–13). */
public enum Uppfoljningstyp {
    /** Handlingsplan made or followed up; next follow-up at most 3 months later. */
    HANDLINGSPLAN(3),
    /** FREDA screening: at nybesök and then at least every 6 months. */
    FREDA(6),
    /** Barnkonsekvensanalys, required when the household has children. */
    BARNKONSEKVENSANALYS(0),
    /** Förmedlingsmedel started; reviewed at least every 6 months. */
    FORMEDLINGSMEDEL_START(6),
    FORMEDLINGSMEDEL_OMPROVNING(6),
    FORMEDLINGSMEDEL_AVSLUT(0),
    /** Anmälan till överförmyndare (SoF 5 kap 3 §). */
    ANMALAN_OVERFORMYNDARE(0);

    private final int maxManader;

    Uppfoljningstyp(int maxManader) {
        this.maxManader = maxManader;
    }

    /** Longest allowed time to the next follow-up, in months; 0 when there is none. */
    public int maxManader() {
        return maxManader;
    }

    public boolean arFormedlingsmedel() {
        return name().startsWith("FORMEDLINGSMEDEL");
    }

    public String textnyckel() {
        return "uppfoljningstyp." + name();
    }
}
