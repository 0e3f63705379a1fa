package se.bistand.domain.avvikelse;

/** The reporter's judgement of how serious the avvikelse is. */
public enum Allvarlighet {
    LAG,
    MEDEL,
    HOG;

    public String textnyckel() {
        return "avvikelse.allvarlighet." + name();
    }
}
