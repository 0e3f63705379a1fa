package se.bistand.domain.delegation;

/** The kinds of decision that the delegationsordning sets limits for. */
public enum Beslutstyp {
    /** Monthly försörjningsstöd per riksnorm and the municipality's riktlinjer. */
    FORSORJNINGSSTOD,
    /** Bistånd till livsföring i övrigt (one-off needs), limited per decision by amount. */
    LIVSFORING_I_OVRIGT,
    /** Emergency assistance after nödprövning. */
    NODBISTAND,
    /** A claim to repay assistance paid on wrong grounds. */
    ATERKRAV;

    public String textnyckel() {
        return "beslutstyp." + name();
    }
}
