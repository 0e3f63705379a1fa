package se.bistand.domain.beslut;

/** Kinds of bistånd till livsföring i övrigt (one-off needs), each decided on its own. */
public enum LivsforingTyp {
    TANDVARD,
    GLASOGON,
    HEMUTRUSTNING,
    FLYTT,
    SJUKVARD,
    LAKEMEDEL,
    OVRIGT
}
