package se.bistand.domain.arende;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything the case workspace shows, read in one transaction together with its access-log row. */
public record Arendevy(Arende arende, Personvisning sokande, Optional<String> handlaggareNamn, boolean tilldelad,
                       List<Hushallsdeltagare> hushallsperioder, List<Ansokan> ansokningar,
                       List<Checklistpost> checklista, List<Journalanteckning> journal,
                       List<Uppfoljning> uppfoljningar, List<Bevakning> bevakningar,
                       Beslutskontroll beslutskontroll, LocalDate idag) {

    public List<Hushallsdeltagare> hushallIdag() {
        return Hushall.pa(hushallsperioder, idag);
    }

    public Optional<Ansokan> senasteAnsokan() {
        return ansokningar.isEmpty() ? Optional.empty() : Optional.of(ansokningar.get(ansokningar.size() - 1));
    }

    public Optional<LocalDate> hushallAndrat() {
        return Optional.ofNullable(Hushall.senastAndrat(hushallsperioder));
    }
}
