package se.bistand.domain.arende;

/** How a person is identified: a validated personnummer or samordningsnummer, or a reserve number with a reason. */
public enum Identitetstyp {
    PERSONNUMMER,
    SAMORDNINGSNUMMER,
    RESERVNUMMER
}
