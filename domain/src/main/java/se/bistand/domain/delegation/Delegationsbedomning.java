package se.bistand.domain.delegation;

import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Money;

/**
 * Whether a maker may decide a decision: {@code inom} true, or false with the maker's limit and
 * the role it goes to instead (empty: the socialutskott). {@link #orsakNyckel()} and
 * {@link #orsakArgument()} say why in words for the UI. {@code del}: the decision has several parts
 * (försörjningsstöd and livsföring i övrigt) and {@code typ}/{@code belopp} name the part that is
 * above the maker's limit.
 */
public record Delegationsbedomning(boolean inom, Beslutstyp typ, Money belopp, Roll roll,
                                   Optional<Money> grans, Optional<Roll> garTill, boolean del) {

    /** The assessment of a decision of one part. */
    public Delegationsbedomning(boolean inom, Beslutstyp typ, Money belopp, Roll roll, Optional<Money> grans,
                                Optional<Roll> garTill) {
        this(inom, typ, belopp, roll, grans, garTill, false);
    }

    public String orsakNyckel() {
        if (inom) {
            return "delegation.inom";
        }
        if (del) {
            return garTill.isPresent() ? "delegation.overDel" : "delegation.overDelUtskott";
        }
        if (grans.isEmpty()) {
            return garTill.isPresent() ? "delegation.ingenDelegation" : "delegation.ingenDelegationUtskott";
        }
        return garTill.isPresent() ? "delegation.over" : "delegation.overUtskott";
    }

    /** Arguments: amount, limit (or "–"), the role's name key (or empty), the type's name key. */
    public Object[] orsakArgument() {
        return new Object[] {belopp.format(), grans.map(Money::format).orElse("–"),
                garTill.map(Roll::textnyckel).orElse(""), typ.textnyckel()};
    }
}
