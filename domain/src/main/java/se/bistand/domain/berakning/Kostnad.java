package se.bistand.domain.berakning;

import java.util.Objects;
import se.bistand.domain.gemensam.Money;

/** A reasonable cost of the month at its actual amount. */
public record Kostnad(Kostnadstyp typ, Money belopp) {

    public Kostnad {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(belopp, "belopp");
    }
}
