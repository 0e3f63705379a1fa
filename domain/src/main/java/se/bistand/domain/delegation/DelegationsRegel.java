package se.bistand.domain.delegation;

import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Money;

/**
 * What one role may do with one decision type: decide (up to an amount, or without limit) and
 * attest (up to an amount, or without limit). An empty limit means no limit.
 */
public record DelegationsRegel(Beslutstyp typ, Roll roll, boolean farBesluta, Optional<Money> beslutMax,
                               boolean farAttestera, Optional<Money> attestMax) {

    public DelegationsRegel {
        Objects.requireNonNull(typ);
        Objects.requireNonNull(roll);
        beslutMax = farBesluta ? beslutMax : Optional.empty();
        attestMax = farAttestera ? attestMax : Optional.empty();
    }

    public boolean maBesluta(Money belopp) {
        return farBesluta && beslutMax.map(max -> belopp.compareTo(max) <= 0).orElse(true);
    }

    public boolean maAttestera(Money belopp) {
        return farAttestera && attestMax.map(max -> belopp.compareTo(max) <= 0).orElse(true);
    }
}
