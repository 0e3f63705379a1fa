package se.bistand.domain.arende;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.PersonId;

/** Port: people. Works only inside a {@code Transaktioner} transaction. */
public interface PersonRepository {

    /** Stores a new person ({@code p.id()} and {@code version} are ignored). */
    PersonId skapa(Person p);

    Optional<Person> hitta(PersonId id);

    Optional<Person> hittaIdentitet(String identitet);

    /** The persons with any of these identities (12 digits or reserve numbers); one query. */
    List<Person> hittaIdentiteter(Collection<String> identiteter);

    /** People whose every name token is a prefix of the first or last name (case-insensitive). */
    List<Person> sokNamn(List<String> tokens, int max);

    /** Refuses a stale version with {@code OptimistiskLasningException}. */
    Person uppdatera(Person p);

    /** The next free reserve number for a birth date, e.g. {@code R19850412-01}. */
    String nastaReservnummer(LocalDate fodelsedatum);

    /** For each person: the handläggare assigned to a case the person belongs to (for skyddad identitet). */
    Map<PersonId, Set<AnvandareId>> tilldeladeHandlaggare(Collection<PersonId> personer);
}
