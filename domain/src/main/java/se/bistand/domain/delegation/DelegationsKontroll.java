package se.bistand.domain.delegation;

import java.time.LocalDate;
import java.util.List;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

/**
 * The delegation rules applied to one decision. Pure: it is given the versions of the order and
 * the date, so the decision model's save path and the attest service share one rule.
 */
public final class DelegationsKontroll {

    private DelegationsKontroll() {
    }

    /** Which version is in force on {@code dag}; refuses when none is. */
    public static Delegationsordning ordning(List<Delegationsordning> alla, LocalDate dag) {
        return Delegationsordning.gallande(alla, dag)
                .orElseThrow(() -> new DomainException("delegation.ingenGallande", dag.toString()));
    }

    /** May {@code roll} decide {@code belopp} of {@code typ}? If not, to whom does it go. */
    public static Delegationsbedomning bedom(Delegationsordning ordning, Roll roll, Beslutstyp typ, Money belopp) {
        boolean inom = ordning.maBesluta(roll, typ, belopp);
        return new Delegationsbedomning(inom, typ, belopp, roll, ordning.beslutsgrans(roll, typ),
                inom ? java.util.Optional.of(roll) : ordning.lagstaBeslutsroll(typ, belopp));
    }

    /**
     * May {@code roll} decide a decision of several parts? Each part is checked against its own
     * type's limit; when one is above it, the assessment names that part (amount and limit) and
     * the lowest role that may decide all parts.
     */
    public static Delegationsbedomning bedom(Delegationsordning ordning, Roll roll, List<Beslutsdel> delar) {
        if (delar.size() == 1) {
            return bedom(ordning, roll, delar.get(0).typ(), delar.get(0).belopp());
        }
        java.util.Optional<Beslutsdel> over = delar.stream()
                .filter(d -> !ordning.maBesluta(roll, d.typ(), d.belopp())).findFirst();
        if (over.isEmpty()) {
            Money total = delar.stream().map(Beslutsdel::belopp).reduce(Money.ZERO, Money::plus);
            return new Delegationsbedomning(true, delar.get(0).typ(), total, roll, java.util.Optional.empty(),
                    java.util.Optional.of(roll), true);
        }
        Beslutsdel d = over.get();
        return new Delegationsbedomning(false, d.typ(), d.belopp(), roll, ordning.beslutsgrans(roll, d.typ()),
                ordning.lagstaBeslutsroll(delar), true);
    }

    /** Refuses unless {@code roll} may attest {@code belopp} of {@code typ}. */
    public static void kravAttestratt(Delegationsordning ordning, Roll roll, Beslutstyp typ, Money belopp) {
        if (!ordning.maAttestera(roll, typ, belopp)) {
            throw new DomainException("attest.overAttestratt", belopp.format(), roll.textnyckel());
        }
    }
}
