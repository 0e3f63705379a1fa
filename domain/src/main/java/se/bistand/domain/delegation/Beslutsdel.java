package se.bistand.domain.delegation;

import java.util.List;
import java.util.Objects;
import se.bistand.domain.gemensam.Money;

/**
 * One part of a decision as the delegationsordning sees it: a decision that grants both
 * försörjningsstöd and livsföring i övrigt is two parts, each checked against its own limit
 * (a handläggare may grant the monthly norm without limit but livsföring only up to its limit).
 */
public record Beslutsdel(Beslutstyp typ, Money belopp) {

    public Beslutsdel {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(belopp, "belopp");
    }

    /**
     * The parts of a decision of main type {@code typ} for {@code total}, of which {@code livsforing}
     * is livsföring i övrigt: one part, or two when a försörjningsstöd decision also grants
     * livsföring items. Parts of zero are left out.
     */
    public static List<Beslutsdel> av(Beslutstyp typ, Money total, Money livsforing) {
        if (typ != Beslutstyp.FORSORJNINGSSTOD || !livsforing.isPositive()) {
            return List.of(new Beslutsdel(typ, total));
        }
        Money fs = total.minus(livsforing);
        if (!fs.isPositive()) {
            return List.of(new Beslutsdel(Beslutstyp.LIVSFORING_I_OVRIGT, total));
        }
        return List.of(new Beslutsdel(Beslutstyp.FORSORJNINGSSTOD, fs),
                new Beslutsdel(Beslutstyp.LIVSFORING_I_OVRIGT, livsforing));
    }
}
