package se.bistand.domain.avvikelse;

/**
 * A recipient of avvikelser. Functions, not roles: which roles fill a function is data
 * ({@link Routning#roller(Funktion)}), so that e.g. the förvaltningschef or the
 * dataskyddsombud can be mapped to whoever holds the task in a municipality.
 */
public enum Funktion {
    ENHETSCHEF,
    FORVALTNINGSCHEF,
    KVALITETSFUNKTION,
    DATASKYDDSOMBUD,
    SYSTEMFORVALTARE;

    public String textnyckel() {
        return "avvikelse.funktion." + name();
    }
}
