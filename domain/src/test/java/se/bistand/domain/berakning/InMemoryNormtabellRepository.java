package se.bistand.domain.berakning;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** In-memory {@link NormtabellRepository} for tests: the latest confirmed version per year. */
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
                .max(Comparator.comparingInt(Normtabell::version));
    }
}
