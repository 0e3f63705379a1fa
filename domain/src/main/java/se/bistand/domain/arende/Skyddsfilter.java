package se.bistand.domain.arende;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;

/**
 * Skyddad identitet on every read path (audit finding 15): the one place every type carrying a
 * person passes through before a service hands it out. The rule itself is
 * {@link SkyddadIdentitet#farSe}: the handläggare assigned to the person's case and the chefs see
 * a protected person; everyone else gets the masked form (no name, no digit of the
 * personnummer, no birth date, no address, no household) or, where a masked form makes no sense
 * (a case, its household, its decisions), a refusal ({@code arende.skyddadIdentitet}).
 * Runs inside the caller's transaction.
 */
public final class Skyddsfilter {

    /**
     * A value that names a person by personnummer/samordningsnummer (a payment recipient) and
     * can be masked. The masked value must not carry the name or the number.
     */
    public interface Skyddbar<T> {

        /** The 12-digit identity of the person it names, if it names one. */
        Optional<String> skyddsidentitet();

        /** The same value without the person's name and number. */
        T maskera();
    }

    private final PersonRepository personer;
    private final ArendeRepository arenden;

    public Skyddsfilter(PersonRepository personer, ArendeRepository arenden) {
        this.personer = personer;
        this.arenden = arenden;
    }

    /** The person as {@code aktor} may see them. */
    public Personvisning visning(Aktor aktor, Person p) {
        return SkyddadIdentitet.visning(p, farSe(aktor, p));
    }

    /** May {@code aktor} see this person (assigned to one of the person's cases, or a chef)? */
    public boolean farSe(Aktor aktor, Person p) {
        return !p.skyddadIdentitet() || SkyddadIdentitet.farSe(aktor, true,
                personer.tilldeladeHandlaggare(List.of(p.id())).getOrDefault(p.id(), Set.of()));
    }

    /** Values as shown, and the ids of the known persons they name (for the access-log row). */
    public record Visade<T>(List<T> poster, List<Long> personer) {
    }

    /**
     * Values naming persons, each masked unless {@code aktor} may see the person it names
     * (a person found by identity who is protected; two queries for the whole list).
     */
    public <T extends Skyddbar<T>> List<T> visa(Aktor aktor, List<T> poster) {
        return visade(aktor, poster).poster();
    }

    /** {@link #visa}, with the ids of the known persons the values name. */
    public <T extends Skyddbar<T>> Visade<T> visade(Aktor aktor, List<T> poster) {
        List<String> identiteter = poster.stream().map(Skyddbar::skyddsidentitet).flatMap(Optional::stream)
                .distinct().toList();
        List<Person> kanda = personer.hittaIdentiteter(identiteter);
        List<Long> ids = kanda.stream().map(p -> p.id().varde()).toList();
        Map<String, PersonId> skyddade = new HashMap<>();
        kanda.stream().filter(Person::skyddadIdentitet).forEach(p -> skyddade.put(p.identitet(), p.id()));
        if (skyddade.isEmpty()) {
            return new Visade<>(poster, ids);
        }
        Map<PersonId, Set<AnvandareId>> tilldelade = personer.tilldeladeHandlaggare(skyddade.values());
        return new Visade<>(poster.stream().map(t -> t.skyddsidentitet().map(skyddade::get)
                .filter(id -> !SkyddadIdentitet.farSe(aktor, true, tilldelade.getOrDefault(id, Set.of())))
                .map(id -> t.maskera()).orElse(t)).toList(), ids);
    }

    /**
     * For each value: does it name a person with skyddad identitet (whoever reads it)? For what
     * a rule decides regardless of the reader, e.g. the export's CSV copy (ADR 0011).
     */
    public <T extends Skyddbar<T>> List<Boolean> skyddade(List<T> poster) {
        Set<String> skyddade = new java.util.HashSet<>();
        personer.hittaIdentiteter(poster.stream().map(Skyddbar::skyddsidentitet).flatMap(Optional::stream)
                .distinct().toList()).stream().filter(Person::skyddadIdentitet).forEach(p -> skyddade.add(p.identitet()));
        return poster.stream().map(t -> t.skyddsidentitet().map(skyddade::contains).orElse(false)).toList();
    }

    /** One value naming a person, masked unless {@code aktor} may see them. */
    public <T extends Skyddbar<T>> T visa(Aktor aktor, T post) {
        return visa(aktor, List.of(post)).get(0);
    }

    /** May {@code aktor} see the case: not protected, or assigned to it, or a chef. */
    public boolean farSe(Aktor aktor, ArendeId id) {
        Arende a = arenden.hitta(id).orElseThrow(() -> new DomainException("arende.finnsInte", id));
        return farSe(aktor, a, arenden.hushall(id));
    }

    /** Refuses ({@code arende.skyddadIdentitet}) a case {@code aktor} may not see. */
    public void kravSynligt(Aktor aktor, ArendeId id) {
        if (!farSe(aktor, id)) {
            throw new DomainException("arende.skyddadIdentitet");
        }
    }

    static boolean farSe(Aktor aktor, Arende a, Collection<Hushallsdeltagare> perioder) {
        boolean skyddad = perioder.stream().anyMatch(Hushallsdeltagare::skyddadIdentitet);
        return SkyddadIdentitet.farSe(aktor, skyddad, a.handlaggare().map(Set::of).orElse(Set.of()));
    }

    /** A list row as {@code aktor} may see it: a protected case masked for all but its handläggare and chefs. */
    public static Listarende listarende(Aktor aktor, Arenderad r) {
        boolean maskera = !farSe(aktor, r);
        return new Listarende(r.arende(), r.handlaggareNamn(), maskera ? 0 : r.antalVuxna(),
                maskera ? 0 : r.antalBarn(), r.skyddad(), maskera);
    }

    /**
     * A work-list row as {@code aktor} may see it: masked, it carries no applicant, no household
     * and no deadline that would tell whether there are children.
     */
    public static Arbetsrad arbetsrad(Aktor aktor, Arenderad r, LocalDate idag) {
        Listarende rad = listarende(aktor, r);
        List<Bevakning> bevakningar = Bevakningsregler.berakna(r.underlag(), idag).stream()
                .filter(b -> !rad.maskerad() || b.typ() != Bevakningstyp.BARNKONSEKVENSANALYS).toList();
        return new Arbetsrad(rad, sokande(r, !rad.maskerad()), bevakningar);
    }

    private static boolean farSe(Aktor aktor, Arenderad r) {
        return SkyddadIdentitet.farSe(aktor, r.skyddad(), r.handlaggare().map(Set::of).orElse(Set.of()));
    }

    /** The applicant of a list row; the row's flag (any protected member) protects the applicant too. */
    private static Personvisning sokande(Arenderad r, boolean farSe) {
        Person s = r.sokande();
        return SkyddadIdentitet.visning(new Person(s.id(), s.typ(), s.identitet(), s.reservSkal(), s.fornamn(),
                s.efternamn(), s.fodelsedatum(), s.adress(), s.telefon(), s.epost(), r.skyddad(), s.hotOchVald(),
                s.version()), farSe);
    }
}
