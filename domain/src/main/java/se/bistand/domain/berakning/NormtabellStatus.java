package se.bistand.domain.berakning;

/** Whether a norm table may be used for decisions: only a confirmed table may. */
public enum NormtabellStatus {
    /** Entered but not yet confirmed by a second person. */
    UTKAST,
    /** Confirmed; used for calculations of its year. */
    BEKRAFTAD
}
