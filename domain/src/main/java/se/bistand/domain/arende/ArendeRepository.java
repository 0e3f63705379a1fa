package se.bistand.domain.arende;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;

/** Port: cases with their household periods, applications, checklists, journal and follow-ups. */
public interface ArendeRepository {

    /** Which cases a list shows. */
    sealed interface Urval {
        /** Open cases assigned to a handläggare. */
        record Handlaggare(AnvandareId id) implements Urval {
        }

        /** Open cases with no handläggare. */
        record Otilldelade() implements Urval {
        }

        /** Given cases (search results). */
        record Arenden(List<ArendeId> ids) implements Urval {
        }
    }

    /** Reserves the next number of the year, e.g. {@code 2026-0412} (serialised by a row lock). */
    String nastaNummer(int ar);

    ArendeId skapa(String nummer, PersonId sokande, LocalDate aktualiserad, AnvandareId handlaggare);

    Optional<Arende> hitta(ArendeId id);

    Optional<Arende> hittaNummer(String nummer);

    List<Arende> forPerson(PersonId person);

    /** Saves status, handläggare and dates; refuses a stale version. Returns the saved case. */
    Arende uppdatera(Arende a);

    /** Bumps the version (a change inside the case); refuses a stale one. */
    void uppdateraVersion(ArendeId id, long version);

    long laggTillMedlem(ArendeId arende, PersonId person, Hushallsroll roll, LocalDate fran);

    void avslutaMedlem(long medlemskapId, LocalDate till);

    /** Every membership period of the case, with the person's name and birth date. */
    List<Hushallsdeltagare> hushall(ArendeId arende);

    long laggTillAnsokan(ArendeId arende, Ansokningstyp typ, Kanal kanal, java.time.YearMonth manad,
                         LocalDate inkommen, String av, List<Kontrollpunkt> checklista);

    List<Ansokan> ansokningar(ArendeId arende);

    List<Checklistpost> checklista(long ansokanId);

    void markera(Checklistpost post);

    long laggTillJournal(Journalanteckning j);

    List<Journalanteckning> journal(ArendeId arende);

    long laggTillUppfoljning(Uppfoljning u);

    List<Uppfoljning> uppfoljningar(ArendeId arende);

    Optional<Bevakningsunderlag> underlag(ArendeId arende, LocalDate idag);

    List<Arenderad> lista(Urval urval, LocalDate idag, int max);

    int antalOtilldelade();

    List<Arbetsbelastning> arbetsbelastning();
}
