package se.bistand.persistence.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import se.bistand.domain.arende.ArendeService;
import se.bistand.domain.arende.NyPerson;
import se.bistand.domain.arende.PersonService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.persistence.grund.TestDatabas;

/**
 * A real H2 with the case workspace wired and a few users (shared with other modules' tests through
 * the test-jar): {@code anna} and {@code omar} (handläggare), {@code maria} (gruppledare),
 * {@code karin} (enhetschef), {@code eva} (revisor).
 */
public final class ArendeTestmiljo implements AutoCloseable {

    public final TestDatabas db;
    public final JdbiPersonRepository personer;
    public final JdbiArendeRepository arenden;
    public final PersonService personService;
    public final ArendeService arendeService;
    public final Aktor anna;
    public final Aktor omar;
    public final Aktor maria;
    public final Aktor karin;
    public final Aktor eva;
    private int serie;

    private ArendeTestmiljo(TestDatabas db) {
        this.db = db;
        this.personer = new JdbiPersonRepository(db.tx, db.klocka);
        this.arenden = new JdbiArendeRepository(db.tx);
        this.personService = new PersonService(db.tx, personer, arenden, db.audit, db.atkomst, db.klocka);
        this.arendeService = new ArendeService(db.tx, arenden, personer, db.anvandare, db.audit, db.atkomst, db.klocka);
        this.anna = anvandare("anna", "Anna Lind", Roll.HANDLAGGARE);
        this.omar = anvandare("omar", "Omar Haddad", Roll.HANDLAGGARE);
        this.maria = anvandare("maria", "Maria Holm", Roll.GRUPPLEDARE);
        this.karin = anvandare("karin", "Karin Berg", Roll.ENHETSCHEF);
        this.eva = anvandare("eva", "Eva Strand", Roll.REVISOR);
    }

    public static ArendeTestmiljo ny() {
        return new ArendeTestmiljo(TestDatabas.ny());
    }

    public static ArendeTestmiljo ny(Clock klocka) {
        return new ArendeTestmiljo(TestDatabas.ny(klocka));
    }

    private Aktor anvandare(String anv, String namn, Roll roll) {
        AnvandareId id = db.anvandarService().skapa(Aktor.system("test"), anv, namn, roll, Optional.empty(),
                "langt-losenord".toCharArray());
        return new Aktor(id, anv, namn, roll);
    }

    public LocalDate idag() {
        return LocalDate.now(db.klocka);
    }

    /** A valid test personnummer (serial 980–999) for a birth date, distinct per call. */
    public String personnummer(LocalDate fodd) {
        return Personnummer.av(fodd, 980 + (serie++ % 20), false).formaterat();
    }

    public PersonId person(String fornamn, String efternamn, LocalDate fodd) {
        return personService.skapa(anna, NyPerson.med(personnummer(fodd), fornamn, efternamn));
    }

    @Override
    public void close() {
        db.close();
    }
}
