package se.bistand.domain.berakning;

import java.util.Objects;
import se.bistand.domain.gemensam.Money;

/**
 * Reducerad or höjd norm for one member: the handläggare lowers or raises the member's norm
 * item by {@code belopp} for a stated reason, which is part of the decision. Validated by
 * the calculator (reason required, amount not negative) so that failures name the field.
 */
public record NormJustering(Riktning riktning, Money belopp, String skal) {

    public enum Riktning {
        REDUCERAD,
        HOJD
    }

    public NormJustering {
        Objects.requireNonNull(riktning, "riktning");
        Objects.requireNonNull(belopp, "belopp");
        skal = skal == null ? "" : skal.strip();
    }

    public static NormJustering reducerad(Money belopp, String skal) {
        return new NormJustering(Riktning.REDUCERAD, belopp, skal);
    }

    public static NormJustering hojd(Money belopp, String skal) {
        return new NormJustering(Riktning.HOJD, belopp, skal);
    }

    /** The signed change to the norm: negative when reducerad. */
    public Money andring() {
        return riktning == Riktning.REDUCERAD ? belopp.negate() : belopp;
    }
}
