package se.bistand.domain.berakning;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

/** Prisbasbelopp per calendar year (kr per year), as data. */
public record PrisbasbeloppTabell(Map<Integer, Money> perAr) {

    public PrisbasbeloppTabell {
        perAr = Collections.unmodifiableSortedMap(new TreeMap<>(perAr));
    }

    public static PrisbasbeloppTabell of(int ar, Money prisbasbelopp) {
        return new PrisbasbeloppTabell(Map.of(ar, prisbasbelopp));
    }

    public static PrisbasbeloppTabell tom() {
        return new PrisbasbeloppTabell(Map.of());
    }

    public Optional<Money> hitta(int ar) {
        return Optional.ofNullable(perAr.get(ar));
    }

    /** Refuses with {@code berakning.prisbasbeloppSaknas} (field {@code month}) when missing. */
    public Money hamta(int ar) {
        return hitta(ar).orElseThrow(
                () -> DomainException.forField("month", "berakning.prisbasbeloppSaknas", ar));
    }
}
