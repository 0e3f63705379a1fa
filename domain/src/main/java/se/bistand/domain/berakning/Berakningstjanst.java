package se.bistand.domain.berakning;

/**
 * Looks up the confirmed norm table of the month's year and calculates. The composition root
 * wires in the persistence layer's {@link NormtabellRepository}.
 */
public final class Berakningstjanst {

    private final NormtabellRepository normtabeller;
    private final PrisbasbeloppTabell prisbasbelopp;

    public Berakningstjanst(NormtabellRepository normtabeller, PrisbasbeloppTabell prisbasbelopp) {
        this.normtabeller = normtabeller;
        this.prisbasbelopp = prisbasbelopp;
    }

    /**
     * Calculates; a month whose year has no confirmed norm table is refused with
     * {@code berakning.normtabellSaknas} naming the year (field {@code month}).
     */
    public BerakningsResultat berakna(BerakningsUnderlag underlag) {
        Normtabell tabell = normtabeller.hamtaBekraftad(underlag.manad().getYear());
        return Berakningsmotor.berakna(underlag, tabell, prisbasbelopp);
    }

    /**
     * Recomputes with exactly the stored table version {@code tabellId}/{@code version}
     * (a saved decision's snapshot), whatever that table's status is now.
     */
    public BerakningsResultat beraknaMed(BerakningsUnderlag underlag, String tabellId, int version) {
        Normtabell tabell = normtabeller.hittaVersion(tabellId, version).orElseThrow(
                () -> new IllegalStateException("norm table " + tabellId + " version " + version + " is missing"));
        return Berakningsmotor.berakna(underlag, tabell, prisbasbelopp);
    }

    public PrisbasbeloppTabell prisbasbelopp() {
        return prisbasbelopp;
    }

    /**
     * The confirmed norm table of {@code ar} that a new calculation uses (an official table before
     * a demo table), if there is one. Norm tables are master data, not a person's data.
     */
    public java.util.Optional<Normtabell> gallandeNormtabell(int ar) {
        return normtabeller.hittaBekraftad(ar);
    }

    public NormtabellRepository normtabeller() {
        return normtabeller;
    }
}
