package se.bistand.domain.beslut;

/** The outcome of an application (the whole försörjningsstöd, or one livsföring item). */
public enum Beslutsutfall {
    BIFALL,
    DELVIS_BIFALL,
    AVSLAG
}
