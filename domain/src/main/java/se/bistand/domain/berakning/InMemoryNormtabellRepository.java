package se.bistand.domain.berakning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link NormtabellRepository} over a list held in memory: the shipped tables where there is
 * no database ({@code admin calc}) and in tests. Per year the confirmed official table wins
 * over a demo table, and a later version over an earlier one.
 */
public final class InMemoryNormtabellRepository implements NormtabellRepository {

    private final List<Normtabell> tabeller = new ArrayList<>();

    public InMemoryNormtabellRepository spara(Normtabell tabell) {
        tabeller.add(tabell);
        return this;
    }

    @Override
    public Optional<Normtabell> hittaBekraftad(int ar) {
        return tabeller.stream()
                .filter(t -> t.ar() == ar && t.arBekraftad())
                .max(Comparator.comparing((Normtabell t) -> !t.demo()).thenComparingInt(Normtabell::version));
    }

    @Override
    public Optional<Normtabell> hittaVersion(String id, int version) {
        return tabeller.stream().filter(t -> t.id().equals(id) && t.version() == version).findFirst();
    }
}
