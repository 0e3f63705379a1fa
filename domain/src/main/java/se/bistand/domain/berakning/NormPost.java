package se.bistand.domain.berakning;

/** What a personal-cost norm line is for. */
public enum NormPost {
    /** A single adult (sökande without medsökande): the ensamstående amount. */
    ENSAMSTAENDE,
    /** Sökande and medsökande together: the sambor amount. */
    SAMBOR,
    /** A child or skolungdom: the amount of the age band (or its "ej lunch" value). */
    BARN
}
