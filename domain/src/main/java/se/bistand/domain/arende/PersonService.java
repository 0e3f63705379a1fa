package se.bistand.domain.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.logg.Vagran.Nekande;
import se.bistand.domain.logg.Vagran;

/** Search, create and open people. Protected identities are masked for everyone who may not see them. */
public final class PersonService {

    public static final int MAX_TRAFFAR = 50;

    private final Transaktioner tx;
    private final PersonRepository personer;
    private final ArendeRepository arenden;
    private final AuditLogg audit;
    private final Atkomstlogg atkomst;
    private final Clock klocka;
    private final Vagran vagran;

    public PersonService(Transaktioner tx, PersonRepository personer, ArendeRepository arenden, AuditLogg audit,
                         Atkomstlogg atkomst, Clock klocka) {
        this.tx = tx;
        this.personer = personer;
        this.arenden = arenden;
        this.audit = audit;
        this.atkomst = atkomst;
        this.klocka = klocka;
        this.vagran = new Vagran(tx, audit);
    }

    /**
     * Searches by personnummer/samordningsnummer (10 or 12 digits, spaces and dash tolerated),
     * reserve number, case number ({@code 2026-0412}) or name. A protected person found by name is
     * left out unless the user may see them; found by number, they are shown masked (and so is
     * their case's household). The persons shown are written to the access log as one row.
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
            boolean nummer = viaNummer;
            List<Person> synliga = hittade.stream().filter(p -> nummer || SkyddadIdentitet.farSe(aktor,
                    p.skyddadIdentitet(), tilldelade.getOrDefault(p.id(), Set.of()))).toList();
            Map<PersonId, List<ArendeId>> arendenPerPerson = arenden.arendenFor(synliga.stream().map(Person::id).toList());
            List<ArendeId> alla = arendenPerPerson.values().stream().flatMap(List::stream).distinct().toList();
            Map<ArendeId, Listarende> rader = new LinkedHashMap<>();
            arenden.lista(new ArendeRepository.Urval.Arenden(alla), idag, alla.size())
                    .forEach(r -> rader.put(r.arende().id(), Skyddsfilter.listarende(aktor, r)));
            List<Soktraff> traffar = new ArrayList<>();
            for (Person p : hittade) {
                List<ArendeId> ids = arendenPerPerson.get(p.id());
                if (ids == null) {
                    continue;
                }
                Personvisning v = SkyddadIdentitet.visning(p, SkyddadIdentitet.farSe(aktor, p.skyddadIdentitet(),
                        tilldelade.getOrDefault(p.id(), Set.of())));
                if (ids.isEmpty()) {
                    traffar.add(new Soktraff(v, Optional.empty()));
                }
                ids.stream().map(rader::get).filter(java.util.Objects::nonNull)
                        .forEach(r -> traffar.add(new Soktraff(v, Optional.of(r))));
            }
            List<Long> visade = traffar.stream().map(t -> t.person().id().varde()).distinct().toList();
            if (!visade.isEmpty()) {
                atkomst.registreraLista(aktor, "SOK_TRAFFAR", visade, false, "sökning");
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

    /**
     * Reads a person for the "Ändra kontaktuppgifter" form: the record with its version; the
     * address of a protected person is left empty (it is never shown, ui.md), and an empty address
     * saved for them means "unchanged" (see {@link #uppdateraKontakt}).
     * Refused for a protected identity the user may not see; the read is access-logged (with the
     * case it was opened from, if any) in the same transaction.
     */
    public Person forAndring(Aktor aktor, PersonId id, Optional<ArendeId> arende) {
        kravAndraPerson(aktor);
        return tx.iTransaktion(() -> {
            Person p = personer.hitta(id).orElseThrow(() -> new DomainException("person.finnsInte", id));
            Set<AnvandareId> tilldelade = personer.tilldeladeHandlaggare(List.of(id)).getOrDefault(id, Set.of());
            if (!SkyddadIdentitet.farSe(aktor, p.skyddadIdentitet(), tilldelade)) {
                throw new DomainException("person.skyddadIdentitet");
            }
            atkomst.registrera(aktor, id.varde(), arende.map(ArendeId::varde).orElse(null), "PERSON_OPPNAD_ANDRING",
                    tilldelade.contains(aktor.id()), null);
            return p.skyddadIdentitet() ? new Person(p.id(), p.typ(), p.identitet(), p.reservSkal(), p.fornamn(),
                    p.efternamn(), p.fodelsedatum(), Adress.TOM, p.telefon(), p.epost(), true, p.hotOchVald(),
                    p.version()) : p;
        });
    }

    /**
     * Updates address, contact data and the markers under the rules of {@link Kontaktandring}
     * (who may change what; removing a marker needs a reason, removing skyddad identitet a chef).
     * Bad input is refused at the field before anything is read; a stale version is refused
     * before the rules; a refusal by the rules is audited ({@code PERSON_ANDRING_NEKAD}). The
     * change writes {@code PERSON_ANDRAD} with before/after (address, telephone and e-mail of a
     * protected person only as {@code ***}) and, per removed marker, {@code PERSON_MARKERING_BORTTAGEN}
     * with the reason — in the same transaction. For a person with skyddad identitet an empty
     * address means "unchanged" (the form never shows their address).
     */
    public Person uppdateraKontakt(Aktor aktor, PersonId id, long version, Kontaktandring andring) {
        kravAndraPerson(aktor);
        Kontaktandring kontrollerad = andring.kontrollerad();
        return vagran.provaOchAndra(aktor, "PERSON_ANDRING_NEKAD", "person", id, () -> {
            Person p = personer.hitta(id).orElseThrow(() -> new DomainException("person.finnsInte", id));
            if (p.version() != version) {
                throw new OptimistiskLasningException("person", id);
            }
            return p;
        }, p -> {
            Kontaktandring ny = kontrollerad.forPerson(p);
            boolean tilldelad = personer.tilldeladeHandlaggare(List.of(id)).getOrDefault(id, Set.of())
                    .contains(aktor.id());
            DomainException nej = ny.nekande(aktor, p, tilldelad);
            if (nej == null) {
                ny.kravSkal(p);
            }
            return nej == null ? null : Nekande.av(nej, nej.key() + "; " + markeringar(p.skyddadIdentitet(),
                    p.hotOchVald()) + " -> " + markeringar(ny.skyddadIdentitet(), ny.hotOchVald()));
        }, p -> {
            Kontaktandring ny = kontrollerad.forPerson(p);
            Person sparad = personer.uppdatera(new Person(p.id(), p.typ(), p.identitet(), p.reservSkal(), p.fornamn(),
                    p.efternamn(), p.fodelsedatum(), ny.adress(), ny.telefon(), ny.epost(), ny.skyddadIdentitet(),
                    ny.hotOchVald(), version));
            boolean skyddad = p.skyddadIdentitet() || ny.skyddadIdentitet();
            audit.registrera(NyAuditHandelse.av(aktor, "PERSON_ANDRAD", "person", id,
                    auditText(skyddad, p.adress(), p.telefon(), p.epost(), p.skyddadIdentitet(), p.hotOchVald()),
                    auditText(skyddad, ny.adress(), ny.telefon(), ny.epost(), ny.skyddadIdentitet(), ny.hotOchVald())
                            + (ny.skal().isEmpty() ? "" : "; skal=" + ny.skal())));
            if (p.skyddadIdentitet() && !ny.skyddadIdentitet()) {
                audit.registrera(NyAuditHandelse.av(aktor, "PERSON_MARKERING_BORTTAGEN", "person", id,
                        "skyddad=true", "skyddad=false; skal=" + ny.skal()));
            }
            if (p.hotOchVald() && !ny.hotOchVald()) {
                audit.registrera(NyAuditHandelse.av(aktor, "PERSON_MARKERING_BORTTAGEN", "person", id,
                        "hotOchVald=true", "hotOchVald=false; skal=" + ny.skal()));
            }
            return sparad;
        });
    }

    /** Handläggare change contact data and markers, chefs markers only (see {@link Kontaktandring}). */
    private static void kravAndraPerson(Aktor aktor) {
        if (!SkyddadIdentitet.arChef(aktor)) {
            aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        }
    }

    private static String markeringar(boolean skyddad, boolean hotOchVald) {
        return "skyddad=" + skyddad + "; hotOchVald=" + hotOchVald;
    }

    private static String auditText(boolean skyddad, Adress adress, String telefon, String epost, boolean sk,
                                     boolean hv) {
        return skyddad ? "adress=***; telefon=***; epost=***; " + markeringar(sk, hv)
                : "adress=" + adress.enRad() + "; telefon=" + telefon + "; epost=" + epost + "; " + markeringar(sk, hv);
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
