package se.bistand.domain.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/** Search, create and open people. Protected identities are masked for everyone who may not see them. */
public final class PersonService {

    public static final int MAX_TRAFFAR = 50;

    private final Transaktioner tx;
    private final PersonRepository personer;
    private final ArendeRepository arenden;
    private final AuditLogg audit;
    private final Atkomstlogg atkomst;
    private final Clock klocka;

    public PersonService(Transaktioner tx, PersonRepository personer, ArendeRepository arenden, AuditLogg audit,
                         Atkomstlogg atkomst, Clock klocka) {
        this.tx = tx;
        this.personer = personer;
        this.arenden = arenden;
        this.audit = audit;
        this.atkomst = atkomst;
        this.klocka = klocka;
    }

    /**
     * Searches by personnummer/samordningsnummer (10 or 12 digits, spaces and dash tolerated),
     * reserve number, case number ({@code 2026-0412}) or name. A protected person found by name is
     * left out unless the user may see them; found by number, they are shown masked.
     */
    public List<Soktraff> sok(Aktor aktor, String fraga) {
        aktor.krav(Behorighet.ARENDE_LASA);
        String q = fraga == null ? "" : fraga.strip();
        if (q.length() < 2) {
            throw DomainException.forField("sok", "sok.forKort");
        }
        LocalDate idag = LocalDate.now(klocka);
        return tx.iTransaktion(() -> {
            boolean viaNummer = true;
            List<Person> hittade = new ArrayList<>();
            if (q.matches("\\d{4}-\\d{1,4}")) {
                arenden.hittaNummer(q).flatMap(a -> personer.hitta(a.sokandeId())).ifPresent(hittade::add);
            } else if (q.toUpperCase().matches("R\\d{8}-\\d{2}")) {
                personer.hittaIdentitet(q.toUpperCase()).ifPresent(hittade::add);
            } else if (Personnummer.liknarPersonnummer(q)) {
                Personnummer p = Personnummer.parse(q, idag);
                personer.hittaIdentitet(p.tolvSiffror()).ifPresent(hittade::add);
            } else if (q.chars().anyMatch(Character::isDigit)) {
                throw DomainException.forField("sok", "sok.okandForm", q);
            } else {
                viaNummer = false;
                List<String> tokens = Arrays.stream(q.toLowerCase().split("[\\s,]+")).filter(t -> !t.isBlank()).toList();
                hittade.addAll(personer.sokNamn(tokens, MAX_TRAFFAR));
            }
            Map<PersonId, Set<AnvandareId>> tilldelade = personer.tilldeladeHandlaggare(
                    hittade.stream().map(Person::id).toList());
            List<Soktraff> traffar = new ArrayList<>();
            for (Person p : hittade) {
                boolean farSe = SkyddadIdentitet.farSe(aktor, p.skyddadIdentitet(),
                        tilldelade.getOrDefault(p.id(), Set.of()));
                if (!farSe && !viaNummer) {
                    continue;
                }
                Personvisning v = SkyddadIdentitet.visning(p, farSe);
                List<ArendeId> ids = arenden.forPerson(p.id()).stream().map(Arende::id).toList();
                List<Arenderad> rader = ids.isEmpty() ? List.of()
                        : arenden.lista(new ArendeRepository.Urval.Arenden(ids), idag, ids.size());
                if (rader.isEmpty()) {
                    traffar.add(new Soktraff(v, Optional.empty()));
                }
                for (Arenderad r : rader) {
                    traffar.add(new Soktraff(v, Optional.of(r)));
                }
            }
            return traffar;
        });
    }

    /** Validates and creates a person; returns the new id. */
    public PersonId skapa(Aktor aktor, NyPerson ny) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        LocalDate idag = LocalDate.now(klocka);
        String fornamn = krav(ny.fornamn(), "fornamn", "person.fornamnSaknas");
        String efternamn = krav(ny.efternamn(), "efternamn", "person.efternamnSaknas");
        return tx.iTransaktion(() -> {
            Identitetstyp typ;
            String identitet;
            LocalDate fodd;
            String reservSkal = null;
            if (ny.reservnummer()) {
                reservSkal = krav(ny.reservSkal(), "reservSkal", "person.reservSkalSaknas");
                if (ny.fodelsedatum() == null || ny.fodelsedatum().isAfter(idag)) {
                    throw DomainException.forField("fodelsedatum", "person.fodelsedatumSaknas");
                }
                typ = Identitetstyp.RESERVNUMMER;
                fodd = ny.fodelsedatum();
                identitet = personer.nastaReservnummer(fodd);
            } else {
                Personnummer p = Personnummer.parse(ny.identitet(), idag);
                if (p.fodelsedatum().isAfter(idag)) {
                    throw DomainException.forField("personnummer", "person.fodelsedatumFramtid", p.formaterat());
                }
                typ = p.arSamordningsnummer() ? Identitetstyp.SAMORDNINGSNUMMER : Identitetstyp.PERSONNUMMER;
                identitet = p.tolvSiffror();
                fodd = p.fodelsedatum();
                personer.hittaIdentitet(identitet).ifPresent(finns -> {
                    throw DomainException.forField("personnummer", "person.finnsRedan", p.formaterat());
                });
            }
            Person person = new Person(null, typ, identitet, reservSkal, fornamn, efternamn, fodd,
                    ny.adress() == null ? Adress.TOM : ny.adress(), rensa(ny.telefon()), rensa(ny.epost()),
                    ny.skyddadIdentitet(), ny.hotOchVald(), 0);
            PersonId id = personer.skapa(person);
            audit.registrera(NyAuditHandelse.av(aktor, "PERSON_SKAPAD", "person", id, null,
                    "typ=" + typ + "; skyddad=" + ny.skyddadIdentitet() + "; hotOchVald=" + ny.hotOchVald()));
            return id;
        });
    }

    /** The person with this personnummer if known (e.g. a child added to a household), else a new one. */
    public PersonId hittaEllerSkapa(Aktor aktor, NyPerson ny) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        if (ny.reservnummer()) {
            return skapa(aktor, ny);
        }
        return tx.iTransaktion(() -> {
            Personnummer p = Personnummer.parse(ny.identitet(), LocalDate.now(klocka));
            return personer.hittaIdentitet(p.tolvSiffror()).map(Person::id).orElseGet(() -> skapa(aktor, ny));
        });
    }

    /**
     * Opens a person: refused for a protected identity the user may not see; a user not assigned to
     * any of the person's cases must give a reason ({@code atkomst.skalKravs}). Logged in the same
     * transaction as the read.
     */
    public Personvisning oppna(Aktor aktor, PersonId id, Optional<String> skal) {
        aktor.krav(Behorighet.ARENDE_LASA);
        return tx.iTransaktion(() -> {
            Person p = personer.hitta(id).orElseThrow(() -> new DomainException("person.finnsInte", id));
            Set<AnvandareId> tilldelade = personer.tilldeladeHandlaggare(List.of(id)).getOrDefault(id, Set.of());
            boolean tilldelad = tilldelade.contains(aktor.id());
            if (!SkyddadIdentitet.farSe(aktor, p.skyddadIdentitet(), tilldelade)) {
                throw new DomainException("person.skyddadIdentitet");
            }
            String skalText = kravSkal(tilldelad, skal);
            atkomst.registrera(aktor, id.varde(), null, "PERSON_OPPNAD", tilldelad, skalText);
            return SkyddadIdentitet.visning(p, true);
        });
    }

    /** Updates address, contact data and the markers; refuses a stale version. */
    public Person uppdateraKontakt(Aktor aktor, PersonId id, long version, Adress adress, String telefon,
                                   String epost, boolean skyddad, boolean hotOchVald) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        return tx.iTransaktion(() -> {
            Person p = personer.hitta(id).orElseThrow(() -> new DomainException("person.finnsInte", id));
            Person ny = new Person(p.id(), p.typ(), p.identitet(), p.reservSkal(), p.fornamn(), p.efternamn(),
                    p.fodelsedatum(), adress, rensa(telefon), rensa(epost), skyddad, hotOchVald, version);
            Person sparad = personer.uppdatera(ny);
            audit.registrera(NyAuditHandelse.av(aktor, "PERSON_ANDRAD", "person", id,
                    "skyddad=" + p.skyddadIdentitet() + "; hotOchVald=" + p.hotOchVald(),
                    "skyddad=" + skyddad + "; hotOchVald=" + hotOchVald));
            return sparad;
        });
    }

    static String kravSkal(boolean tilldelad, Optional<String> skal) {
        String s = skal.map(String::strip).orElse("");
        if (!tilldelad && s.isEmpty()) {
            throw DomainException.forField("skal", "atkomst.skalKravs");
        }
        return s.isEmpty() ? null : s;
    }

    static String krav(String varde, String falt, String nyckel) {
        if (varde == null || varde.isBlank()) {
            throw DomainException.forField(falt, nyckel);
        }
        return varde.strip();
    }

    private static String rensa(String s) {
        return s == null ? "" : s.strip();
    }
}
