package se.bistand.domain.avvikelse;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.behorighet.Roll;

/**
 * Who an avvikelse goes to, by category, and which roles act as each recipient function. Data
 * (tables {@code avvikelse_routning} and {@code avvikelse_funktion_roll}), not code: a
 * municipality changes it without a release.
 */
public record Routning(Map<Kategori, List<Mottagning>> perKategori, Map<Funktion, Set<Roll>> funktionsroller) {

    /** One recipient of a category, with the time from discovery within which it must have been received. */
    public record Mottagning(Funktion funktion, Optional<Duration> frist) {
    }

    public Routning {
        perKategori = Map.copyOf(perKategori);
        funktionsroller = Map.copyOf(funktionsroller);
    }

    public List<Mottagning> mottagningar(Kategori k) {
        return perKategori.getOrDefault(k, List.of());
    }

    public List<Funktion> funktioner(Kategori k) {
        return mottagningar(k).stream().map(Mottagning::funktion).toList();
    }

    public Set<Roll> roller(Funktion f) {
        return funktionsroller.getOrDefault(f, Set.of());
    }

    /** Every role that receives avvikelser of the category. */
    public Set<Roll> roller(Kategori k) {
        Set<Roll> r = EnumSet.noneOf(Roll.class);
        for (Funktion f : funktioner(k)) {
            r.addAll(roller(f));
        }
        return r;
    }

    public boolean arMottagare(Roll roll, Kategori k) {
        return roller(k).contains(roll);
    }

    /** The categories a role receives. */
    public Set<Kategori> kategorierFor(Roll roll) {
        Set<Kategori> s = EnumSet.noneOf(Kategori.class);
        for (Kategori k : Kategori.values()) {
            if (arMottagare(roll, k)) {
                s.add(k);
            }
        }
        return s;
    }

    /** The earliest time by which a recipient must have received it, counted from discovery. */
    public Optional<LocalDateTime> mottagningsfrist(Kategori k, LocalDateTime upptacktes) {
        List<LocalDateTime> frister = new ArrayList<>();
        for (Mottagning m : mottagningar(k)) {
            m.frist().ifPresent(d -> frister.add(upptacktes.plus(d)));
        }
        return frister.stream().min(LocalDateTime::compareTo);
    }
}
