package se.bistand.domain.avvikelse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The half-year compilation of avvikelser and synpunkter for the nämnd: counts by category,
 * severity and status, time to close, what was open at the end of the period, and the trend
 * over earlier periods. A pure computation over the submitted avvikelser and the synpunkter.
 */
public record Sammanstallning(Halvar period, LocalDate beraknad, long antalAnmalda,
                              Map<Kategori, Long> perKategori, Map<Allvarlighet, Long> perAllvarlighet,
                              Map<Status, Long> perStatus, long antalAvslutade, OptionalDouble medeldagarTillAvslut,
                              OptionalDouble mediandagarTillAvslut, List<OppenPost> oppnaVidPeriodslut,
                              long lexSarah, long lexSarahAllvarliga, List<Trendpunkt> trend,
                              Map<Synpunkt.Typ, Long> synpunkterPerTyp, Map<Synpunkt.Kanal, Long> synpunkterPerKanal,
                              long synpunkterAvslutade) {

    /** An avvikelse still open at the end of the period, with its status then and how long it had been open. */
    public record OppenPost(long id, Kategori kategori, Allvarlighet allvarlighet, Status status, LocalDate anmald,
                            long dagarOppen) {
    }

    /** One earlier (or this) period: submitted, closed, and submitted per category. */
    public record Trendpunkt(Halvar period, long anmalda, long avslutade, Map<Kategori, Long> perKategori) {
    }

    public static Sammanstallning berakna(List<Avvikelse> avvikelser, List<Synpunkt> synpunkter, Halvar period,
                                          int perioder, Clock klocka) {
        ZoneId zon = klocka.getZone();
        LocalDate idag = LocalDate.now(klocka);
        List<Avvikelse> anmalda = avvikelser.stream().filter(a -> a.anmald().isPresent()).toList();
        List<Avvikelse> iPerioden = anmalda.stream().filter(a -> period.omfattar(dag(a.anmald().get(), zon))).toList();
        List<Avvikelse> avslutadeIPerioden = anmalda.stream()
                .filter(a -> a.avslutad().map(t -> period.omfattar(dag(t, zon))).orElse(false)).toList();
        List<Double> dagar = avslutadeIPerioden.stream()
                .map(a -> a.tidTillAvslut().orElseThrow().toMinutes() / (60.0 * 24)).sorted().toList();

        Instant slut = period.sista().plusDays(1).atStartOfDay(zon).toInstant();
        Instant matpunkt = slut.isAfter(klocka.instant()) ? klocka.instant() : slut;
        List<OppenPost> oppna = new ArrayList<>();
        for (Avvikelse a : anmalda) {
            Instant anm = a.anmald().get();
            boolean oppenDa = anm.isBefore(slut) && a.avslutad().map(t -> !t.isBefore(slut)).orElse(true);
            if (oppenDa) {
                oppna.add(new OppenPost(a.id(), a.kategori(), a.uppgifter().allvarlighet(), statusVid(a, slut),
                        dag(anm, zon), Duration.between(anm, matpunkt).toDays()));
            }
        }
        oppna.sort((x, y) -> Long.compare(y.dagarOppen(), x.dagarOppen()));

        List<Trendpunkt> trend = new ArrayList<>();
        Halvar p = period;
        for (int i = 0; i < Math.max(1, perioder); i++) {
            Halvar h = p;
            List<Avvikelse> anm = anmalda.stream().filter(a -> h.omfattar(dag(a.anmald().get(), zon))).toList();
            long avsl = anmalda.stream().filter(a -> a.avslutad().map(t -> h.omfattar(dag(t, zon))).orElse(false))
                    .count();
            trend.add(new Trendpunkt(h, anm.size(), avsl, rakna(anm, Kategori.class, Avvikelse::kategori)));
            p = p.foregaende();
        }
        Collections.reverse(trend);

        List<Synpunkt> sp = synpunkter.stream().filter(s -> period.omfattar(s.inkom())).toList();
        long lexSarah = iPerioden.stream().filter(a -> a.kategori() == Kategori.LEX_SARAH).count();
        long allvarliga = iPerioden.stream()
                .filter(a -> a.lexSarah().map(LexSarahBedomning::allvarligt).orElse(false)).count();
        return new Sammanstallning(period, idag, iPerioden.size(),
                rakna(iPerioden, Kategori.class, Avvikelse::kategori),
                rakna(iPerioden, Allvarlighet.class, a -> a.uppgifter().allvarlighet()),
                rakna(iPerioden, Status.class, Avvikelse::status),
                avslutadeIPerioden.size(),
                dagar.stream().mapToDouble(Double::doubleValue).average(),
                median(dagar), List.copyOf(oppna), lexSarah, allvarliga, List.copyOf(trend),
                rakna(sp, Synpunkt.Typ.class, Synpunkt::typ),
                rakna(sp, Synpunkt.Kanal.class, Synpunkt::kanal),
                sp.stream().filter(s -> s.status() == Synpunkt.Status.AVSLUTAD).count());
    }

    private static Status statusVid(Avvikelse a, Instant t) {
        Status s = Status.UTKAST;
        for (Steg steg : a.steg()) {
            if (steg.nar().isBefore(t)) {
                s = steg.till();
            }
        }
        return s;
    }

    private static LocalDate dag(Instant t, ZoneId zon) {
        return t.atZone(zon).toLocalDate();
    }

    /** Counts per enum constant, every constant present (zero when none), in declaration order. */
    static <T, E extends Enum<E>> Map<E, Long> rakna(List<T> poster, Class<E> typ, Function<T, E> nyckel) {
        Map<E, Long> m = new EnumMap<>(typ);
        for (E e : typ.getEnumConstants()) {
            m.put(e, 0L);
        }
        for (T t : poster) {
            Optional.ofNullable(nyckel.apply(t)).ifPresent(e -> m.merge(e, 1L, Long::sum));
        }
        return Collections.unmodifiableMap(m);
    }

    private static OptionalDouble median(List<Double> sorterade) {
        int n = sorterade.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n % 2 == 1 ? sorterade.get(n / 2)
                : (sorterade.get(n / 2 - 1) + sorterade.get(n / 2)) / 2);
    }
}
