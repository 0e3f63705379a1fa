package se.bistand.domain.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * The case workspace's application service: cases and their status flow, households over time,
 * applications and checklists, the journal, follow-ups with deadlines, work lists and fördelning.
 * Every change is audited and every change to the case checks its version; every opening is
 * written to the access log in the same transaction as the read.
 */
public final class ArendeService {

    /** Page size of lists that can grow with the municipality (fördelning). */
    public static final int SIDA = 500;

    private final Transaktioner tx;
    private final ArendeRepository arenden;
    private final PersonRepository personer;
    private final AnvandareRepository anvandare;
    private final AuditLogg audit;
    private final Atkomstlogg atkomst;
    private final Clock klocka;

    public ArendeService(Transaktioner tx, ArendeRepository arenden, PersonRepository personer,
                         AnvandareRepository anvandare, AuditLogg audit, Atkomstlogg atkomst, Clock klocka) {
        this.tx = tx;
        this.arenden = arenden;
        this.personer = personer;
        this.anvandare = anvandare;
        this.audit = audit;
        this.atkomst = atkomst;
        this.klocka = klocka;
    }

    public LocalDate idag() {
        return LocalDate.now(klocka);
    }

    // ---- cases ---------------------------------------------------------------------------------

    /**
     * Aktualiserar a case for {@code sokande} today. A handläggare or socialsekreterare who creates
     * it is assigned; otherwise it waits in fördelning. Refused if the person already has an open case.
     */
    public ArendeId aktualisera(Aktor aktor, PersonId sokande) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        LocalDate idag = idag();
        return tx.iTransaktion(() -> {
            personer.hitta(sokande).orElseThrow(() -> new DomainException("person.finnsInte", sokande));
            for (Arende a : arenden.forPerson(sokande)) {
                if (a.status() != ArendeStatus.AVSLUTAD && a.sokandeId().equals(sokande)) {
                    throw new DomainException("arende.oppetFinns", a.nummer());
                }
            }
            AnvandareId handlaggare = aktor.roll() == Roll.HANDLAGGARE || aktor.roll() == Roll.SOCIALSEKRETERARE
                    ? aktor.id() : null;
            String nummer = arenden.nastaNummer(idag.getYear());
            ArendeId id = arenden.skapa(nummer, sokande, idag, handlaggare);
            arenden.laggTillMedlem(id, sokande, Hushallsroll.SOKANDE, idag);
            audit.registrera(NyAuditHandelse.av(aktor, "ARENDE_AKTUALISERAT", "arende", id, null,
                    "nummer=" + nummer + "; sokande=" + sokande + "; handlaggare=" + handlaggare));
            return id;
        });
    }

    /** Case lookup without person data (no access-log row): for other features' services. */
    public Arende hamta(Aktor aktor, ArendeId id) {
        aktor.krav(Behorighet.ARENDE_LASA);
        return tx.iTransaktion(() -> arende(id));
    }

    /** Finds a case by its number, e.g. {@code 2026-0412}. */
    public Optional<Arende> hittaNummer(Aktor aktor, String nummer) {
        aktor.krav(Behorighet.ARENDE_LASA);
        return tx.iTransaktion(() -> arenden.hittaNummer(nummer.strip()));
    }

    /**
     * Opens the case workspace. A protected case is refused to everyone but the assigned handläggare
     * and chefs; a user not assigned must give a reason ({@code atkomst.skalKravs}). The access-log
     * row is written in the same transaction as the read.
     */
    public Arendevy oppna(Aktor aktor, ArendeId id, Optional<String> skal) {
        aktor.krav(Behorighet.ARENDE_LASA);
        return tx.iTransaktion(() -> {
            Arende a = arende(id);
            List<Hushallsdeltagare> perioder = arenden.hushall(id);
            boolean tilldelad = a.arTilldelad(aktor);
            kravSynligt(aktor, a, perioder);
            String skalText = PersonService.kravSkal(tilldelad, skal);
            atkomst.registrera(aktor, a.sokandeId().varde(), id.varde(), "ARENDE_OPPNAT", tilldelad, skalText);
            return vy(a, perioder, tilldelad);
        });
    }

    /**
     * Reads the workspace again (after a change, a conflict or someone else's change): the same
     * rules as {@link #oppna} — refused for a protected case the user may not see, a reason
     * when not assigned — and its own access-log row.
     */
    public Arendevy lasOm(Aktor aktor, ArendeId id, Optional<String> skal) {
        aktor.krav(Behorighet.ARENDE_LASA);
        return tx.iTransaktion(() -> {
            Arende a = arende(id);
            List<Hushallsdeltagare> perioder = arenden.hushall(id);
            boolean tilldelad = a.arTilldelad(aktor);
            kravSynligt(aktor, a, perioder);
            String skalText = PersonService.kravSkal(tilldelad, skal);
            atkomst.registrera(aktor, a.sokandeId().varde(), id.varde(), "ARENDE_LAST_OM", tilldelad, skalText);
            return vy(a, perioder, tilldelad);
        });
    }

    private static void kravSynligt(Aktor aktor, Arende a, List<Hushallsdeltagare> perioder) {
        if (!Skyddsfilter.farSe(aktor, a, perioder)) {
            throw new DomainException("arende.skyddadIdentitet");
        }
    }

    private Arendevy vy(Arende a, List<Hushallsdeltagare> perioder, boolean tilldelad) {
        LocalDate idag = idag();
        Person sokande = personer.hitta(a.sokandeId()).orElseThrow();
        List<Ansokan> ansokningar = arenden.ansokningar(a.id());
        List<Checklistpost> checklista = ansokningar.isEmpty() ? List.of()
                : arenden.checklista(ansokningar.get(ansokningar.size() - 1).id());
        Bevakningsunderlag u = arenden.underlag(a.id(), idag).orElseThrow();
        Optional<String> handlaggarNamn = a.handlaggare().flatMap(anvandare::hitta).map(Anvandare::namn);
        return new Arendevy(a, SkyddadIdentitet.visning(sokande, true), handlaggarNamn, tilldelad, perioder,
                ansokningar, checklista, arenden.journal(a.id()), arenden.uppfoljningar(a.id()),
                Bevakningsregler.berakna(u, idag), Beslutskontroll.av(u), idag);
    }

    /**
     * Moves the case to a new status if the flow allows it. A decision requires a completed
     * investigation ({@link #beslutskontroll}); an application is registered with
     * {@link #registreraAnsokan}. Audited; refuses a stale version.
     */
    public void andraStatus(Aktor aktor, ArendeId id, long version, ArendeStatus ny) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        tx.kor(() -> {
            Arende a = arende(id);
            if (ny == ArendeStatus.ANSOKAN) {
                throw new DomainException("arende.ansokanRegistreras");
            }
            kravOvergang(a, ny);
            if (ny == ArendeStatus.BESLUT) {
                beslutskontroll(id).krav();
            }
            LocalDate idag = idag();
            Arende andrad = new Arende(a.id(), a.nummer(), a.sokandeId(), ny, a.handlaggare(),
                    ny == ArendeStatus.AKTUALISERAD ? idag : a.aktualiserad(),
                    ny == ArendeStatus.NYBESOK_GENOMFORT ? idag : a.nybesok(),
                    ny == ArendeStatus.AVSLUTAD ? idag : null, version);
            arenden.uppdatera(andrad);
            audit.registrera(NyAuditHandelse.av(aktor, "ARENDE_STATUS", "arende", id, a.status().name(), ny.name()));
        });
    }

    private static void kravOvergang(Arende a, ArendeStatus ny) {
        if (!a.status().kanGaTill(ny)) {
            throw new DomainException("arende.otillatenStatus", a.status().textnyckel(), ny.textnyckel());
        }
    }

    /**
     * Registers an application for a month (the first one after nybesök, then återansökan each
     * month) with its channel, creates the matching checklist and moves the case to ansökan.
     */
    public long registreraAnsokan(Aktor aktor, ArendeId id, long version, Kanal kanal, YearMonth manad,
                                  LocalDate inkommen) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        if (kanal == null) {
            throw DomainException.forField("kanal", "ansokan.kanalSaknas");
        }
        if (manad == null) {
            throw DomainException.forField("manad", "ansokan.manadSaknas");
        }
        LocalDate idag = idag();
        if (inkommen == null || inkommen.isAfter(idag)) {
            throw DomainException.forField("inkommen", "ansokan.inkommenOgiltig");
        }
        return tx.iTransaktion(() -> {
            Arende a = arende(id);
            kravOvergang(a, ArendeStatus.ANSOKAN);
            List<Ansokan> tidigare = arenden.ansokningar(id);
            if (tidigare.stream().anyMatch(x -> x.avserManad().equals(manad))) {
                throw DomainException.forField("manad", "ansokan.manadFinns", manad.toString());
            }
            Ansokningstyp typ = tidigare.isEmpty() ? Ansokningstyp.NY : Ansokningstyp.ATERANSOKAN;
            arenden.uppdatera(new Arende(a.id(), a.nummer(), a.sokandeId(), ArendeStatus.ANSOKAN, a.handlaggare(),
                    a.aktualiserad(), a.nybesok(), null, version));
            long ansokanId = arenden.laggTillAnsokan(id, typ, kanal, manad, inkommen, aktor.anvandarnamn(),
                    typ.checklista());
            audit.registrera(NyAuditHandelse.av(aktor, "ANSOKAN_REGISTRERAD", "arende", id, a.status().name(),
                    "ansokan=" + ansokanId + "; typ=" + typ + "; kanal=" + kanal + "; manad=" + manad));
            return ansokanId;
        });
    }

    /**
     * Checks ({@link Kontrollstatus#KONTROLLERAD}, today, by the user) or waives
     * ({@link Kontrollstatus#UNDANTAGEN}, reason required) an open item of the latest application's
     * checklist.
     */
    public void markeraKontroll(Aktor aktor, ArendeId id, long version, Kontrollpunkt punkt, Kontrollstatus status,
                                String skal) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        if (status == Kontrollstatus.EJ_KONTROLLERAD) {
            throw new DomainException("kontroll.kanInteAngras");
        }
        String skalText = skal == null ? "" : skal.strip();
        if (status == Kontrollstatus.UNDANTAGEN && skalText.isEmpty()) {
            throw DomainException.forField("skal", "kontroll.skalKravs");
        }
        tx.kor(() -> {
            Arende a = arende(id);
            if (a.status() != ArendeStatus.ANSOKAN && a.status() != ArendeStatus.UTREDNING) {
                throw new DomainException("kontroll.ingenPagaendeUtredning");
            }
            List<Ansokan> ansokningar = arenden.ansokningar(id);
            long ansokanId = ansokningar.get(ansokningar.size() - 1).id();
            Checklistpost post = arenden.checklista(ansokanId).stream().filter(p -> p.punkt() == punkt).findFirst()
                    .orElseThrow(() -> new DomainException("kontroll.ingarInte", punkt.textnyckel()));
            if (post.klar()) {
                throw new DomainException("kontroll.redanMarkerad", punkt.textnyckel());
            }
            arenden.uppdateraVersion(id, version);
            arenden.markera(new Checklistpost(ansokanId, punkt, status, idag(), aktor.namn(),
                    skalText.isEmpty() ? null : skalText));
            audit.registrera(NyAuditHandelse.av(aktor, "KONTROLL_MARKERAD", "arende", id, null,
                    "ansokan=" + ansokanId + "; punkt=" + punkt + "; status=" + status
                            + (skalText.isEmpty() ? "" : "; skal=" + skalText)));
        });
    }

    // ---- decision gating (for the decision team) ---------------------------------------------------

    /**
     * Whether the case may be decided now: an application exists, its checklist is complete and, where
     * the household has children, a barnkonsekvensanalys made after the latest household change
     * exists. Runs inside the caller's transaction if there is one.
     */
    public Beslutskontroll beslutskontroll(ArendeId id) {
        return tx.iTransaktion(() -> Beslutskontroll.av(arenden.underlag(id, idag())
                .orElseThrow(() -> new DomainException("arende.finnsInte", id))));
    }

    /**
     * What stops a paying decision for {@code manad} ({@link Beslutskontroll#forManad}): the case
     * closed, no application for that month, that application's checklist not complete, or a
     * missing barnkonsekvensanalys. Runs inside the caller's transaction if there is one.
     */
    public Beslutskontroll beslutskontroll(ArendeId id, YearMonth manad) {
        return tx.iTransaktion(() -> {
            Bevakningsunderlag u = arenden.underlag(id, idag())
                    .orElseThrow(() -> new DomainException("arende.finnsInte", id));
            Optional<Ansokan> ansokan = arenden.ansokningar(id).stream()
                    .filter(a -> a.avserManad().equals(manad)).findFirst();
            List<Checklistpost> checklista = ansokan.map(a -> arenden.checklista(a.id())).orElse(List.of());
            return Beslutskontroll.forManad(u, manad, ansokan, checklista);
        });
    }

    /** {@link #beslutskontroll} for a user (permission checked). */
    public Beslutskontroll kanBesluta(Aktor aktor, ArendeId id) {
        aktor.krav(Behorighet.ARENDE_LASA);
        return beslutskontroll(id);
    }

    // ---- journal ------------------------------------------------------------------------------------

    /**
     * Appends a daganteckning. Entries are never edited or deleted; {@code rattar} names an earlier
     * entry of the same case that this one corrects.
     */
    public long skrivJournal(Aktor aktor, ArendeId id, LocalDate datum, String text, Optional<Long> rattar) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        String t = PersonService.krav(text, "text", "journal.textSaknas");
        if (datum == null || datum.isAfter(idag())) {
            throw DomainException.forField("datum", "journal.datumOgiltigt");
        }
        return tx.iTransaktion(() -> {
            arende(id);
            if (rattar.isPresent() && arenden.journal(id).stream().noneMatch(j -> j.id() == rattar.get())) {
                throw new DomainException("journal.rattarOkand", rattar.get());
            }
            long jid = arenden.laggTillJournal(new Journalanteckning(0, id, datum, klocka.instant(), aktor.namn(), t,
                    rattar.orElse(null)));
            audit.registrera(NyAuditHandelse.av(aktor, "JOURNAL_SKRIVEN", "arende", id, null,
                    "journal=" + jid + rattar.map(r -> "; rattar=" + r).orElse("")));
            return jid;
        });
    }

    // ---- follow-up ----------------------------------------------------------------------------------

    /**
     * Records a follow-up. Types with a longest interval (handlingsplan 3 months, FREDA and
     * förmedlingsmedel 6) need a next date after {@code datum} and within the interval; without one,
     * the longest interval is used.
     */
    public long registreraUppfoljning(Aktor aktor, ArendeId id, long version, Uppfoljningstyp typ, LocalDate datum,
                                      LocalDate nasta, String text) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        if (typ == null) {
            throw DomainException.forField("typ", "uppfoljning.typSaknas");
        }
        LocalDate idag = idag();
        if (datum == null || datum.isAfter(idag)) {
            throw DomainException.forField("datum", "uppfoljning.datumOgiltigt");
        }
        String t = PersonService.krav(text, "text", "uppfoljning.textSaknas");
        LocalDate senast = Bevakningsregler.senastNasta(typ, datum);
        LocalDate nastaDatum = senast == null ? null : nasta == null ? senast : nasta;
        if (senast != null && (!nastaDatum.isAfter(datum) || nastaDatum.isAfter(senast))) {
            throw DomainException.forField("nasta", "uppfoljning.nastaOgiltig", typ.maxManader(), senast.toString());
        }
        return tx.iTransaktion(() -> {
            arende(id);
            if (typ.arFormedlingsmedel()) {
                boolean aktiva = arenden.underlag(id, idag).orElseThrow().formedlingNasta() != null;
                if (typ == Uppfoljningstyp.FORMEDLINGSMEDEL_START && aktiva) {
                    throw new DomainException("uppfoljning.formedlingAktiv");
                }
                if (typ != Uppfoljningstyp.FORMEDLINGSMEDEL_START && !aktiva) {
                    throw new DomainException("uppfoljning.formedlingInteAktiv");
                }
            }
            arenden.uppdateraVersion(id, version);
            long uid = arenden.laggTillUppfoljning(new Uppfoljning(0, id, typ, datum, nastaDatum, t, aktor.namn()));
            audit.registrera(NyAuditHandelse.av(aktor, "UPPFOLJNING_REGISTRERAD", "arende", id, null,
                    "typ=" + typ + "; datum=" + datum + "; nasta=" + nastaDatum));
            return uid;
        });
    }

    // ---- household ----------------------------------------------------------------------------------

    /** Adds a person to the household from {@code fran}. One medsökande at a time; children under 21. */
    public long laggTillHushallsmedlem(Aktor aktor, ArendeId id, long version, PersonId person, Hushallsroll roll,
                                       LocalDate fran) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        if (roll == null || roll == Hushallsroll.SOKANDE) {
            throw DomainException.forField("roll", "hushall.rollOgiltig");
        }
        if (fran == null) {
            throw DomainException.forField("fran", "hushall.franSaknas");
        }
        return tx.iTransaktion(() -> {
            arende(id);
            Person p = personer.hitta(person).orElseThrow(() -> new DomainException("person.finnsInte", person));
            List<Hushallsdeltagare> perioder = arenden.hushall(id);
            List<Hushallsdeltagare> da = Hushall.pa(perioder, fran);
            if (perioder.stream().anyMatch(d -> d.personId().equals(person)
                    && (d.till() == null || !d.till().isBefore(fran)))) {
                throw DomainException.forField("person", "hushall.redanMedlem", p.namn());
            }
            if (roll == Hushallsroll.MEDSOKANDE && da.stream().anyMatch(d -> d.roll() == Hushallsroll.MEDSOKANDE)) {
                throw DomainException.forField("roll", "hushall.enMedsokande");
            }
            if (roll == Hushallsroll.BARN && p.alder(fran) >= 21) {
                throw DomainException.forField("roll", "hushall.barnForGammalt", p.alder(fran));
            }
            arenden.uppdateraVersion(id, version);
            long mid = arenden.laggTillMedlem(id, person, roll, fran);
            audit.registrera(NyAuditHandelse.av(aktor, "HUSHALL_MEDLEM_TILLAGD", "arende", id, null,
                    "person=" + person + "; roll=" + roll + "; fran=" + fran));
            return mid;
        });
    }

    /** Ends a membership period on {@code till} (inclusive). The sökande's period cannot be ended. */
    public void avslutaHushallsmedlem(Aktor aktor, ArendeId id, long version, long medlemskapId, LocalDate till) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        if (till == null) {
            throw DomainException.forField("till", "hushall.tillSaknas");
        }
        tx.kor(() -> {
            arende(id);
            Hushallsdeltagare d = arenden.hushall(id).stream().filter(x -> x.medlemskapId() == medlemskapId)
                    .findFirst().orElseThrow(() -> new DomainException("hushall.medlemskapFinnsInte", medlemskapId));
            if (d.roll() == Hushallsroll.SOKANDE) {
                throw new DomainException("hushall.sokandeKvar");
            }
            if (d.till() != null || till.isBefore(d.fran())) {
                throw DomainException.forField("till", "hushall.tillOgiltig", d.fran().toString());
            }
            arenden.uppdateraVersion(id, version);
            arenden.avslutaMedlem(medlemskapId, till);
            audit.registrera(NyAuditHandelse.av(aktor, "HUSHALL_MEDLEM_AVSLUTAD", "arende", id, null,
                    "person=" + d.personId() + "; roll=" + d.roll() + "; till=" + till));
        });
    }

    /**
     * The household during a month: members with roles and birth dates (for the calculator).
     * Refused for a protected case the user may not see (a masked household is no household);
     * the read is written to the access log.
     */
    public List<Hushallsdeltagare> hushallForManad(Aktor aktor, ArendeId id, YearMonth manad) {
        aktor.krav(Behorighet.ARENDE_LASA);
        return tx.iTransaktion(() -> {
            Arende a = arende(id);
            List<Hushallsdeltagare> perioder = arenden.hushall(id);
            kravSynligt(aktor, a, perioder);
            atkomst.registrera(aktor, a.sokandeId().varde(), id.varde(), "HUSHALL_MANAD", a.arTilldelad(aktor),
                    "hushåll " + manad);
            return Hushall.forManad(perioder, manad);
        });
    }

    /**
     * The household registered for {@code manad} as a decision's calculation must use it (roles
     * and birth dates only; {@link Hushallsroll#berakningsroll()}: other adults count only towards
     * the size). For the decision rules inside the decision's transaction: nothing of it is shown.
     */
    public se.bistand.domain.beslut.RegistreratHushall registreratHushall(ArendeId id, YearMonth manad) {
        List<Hushallsdeltagare> alla = tx.iTransaktion(() -> Hushall.forManad(arenden.hushall(id), manad));
        return new se.bistand.domain.beslut.RegistreratHushall(alla.stream()
                .flatMap(d -> d.roll().berakningsroll().stream()
                        .map(r -> new se.bistand.domain.beslut.RegistreratHushall.Medlem(r, d.fodelsedatum())))
                .toList(), alla.size());
    }

    // ---- work lists and fördelning ------------------------------------------------------------------

    /**
     * The user's open cases with their deadlines, the most urgent first. The applicants shown
     * are written to the access log as one row.
     */
    public List<Arbetsrad> arbetslista(Aktor aktor) {
        aktor.krav(Behorighet.ARENDE_HANDLAGGA);
        return tx.iTransaktion(() -> {
            List<Arbetsrad> rader = egnaRader(aktor);
            loggaLista(aktor, "ARBETSLISTA", rader, true);
            return rader;
        });
    }

    private List<Arbetsrad> egnaRader(Aktor aktor) {
        LocalDate idag = idag();
        return arenden.lista(new ArendeRepository.Urval.Handlaggare(aktor.id()), idag, Integer.MAX_VALUE).stream()
                .map(r -> Skyddsfilter.arbetsrad(aktor, r, idag))
                .sorted(Comparator.comparing((Arbetsrad r) -> -r.antalForfallna())
                        .thenComparing(r -> r.nastaSenast().orElse(LocalDate.MAX)))
                .toList();
    }

    private void loggaLista(Aktor aktor, String atgard, List<Arbetsrad> rader, boolean tilldelad) {
        List<Long> personer = rader.stream().map(r -> r.sokande().id().varde()).distinct().toList();
        if (!personer.isEmpty()) {
            atkomst.registreraLista(aktor, atgard, personer, tilldelad, null);
        }
    }

    /** Overdue deadlines on the user's cases (the rail badge: a number, no person shown, so no log row). */
    public int antalForfallna(Aktor aktor) {
        if (!aktor.har(Behorighet.ARENDE_HANDLAGGA)) {
            return 0;
        }
        return tx.iTransaktion(() -> (int) egnaRader(aktor).stream().mapToLong(Arbetsrad::antalForfallna).sum());
    }

    /**
     * Unassigned cases (the oldest first, one page) and the caseload of each handläggare. The
     * applicants shown are written to the access log as one row.
     */
    public Fordelningslage fordelning(Aktor aktor) {
        aktor.krav(Behorighet.ARENDE_FORDELA);
        LocalDate idag = idag();
        return tx.iTransaktion(() -> {
            List<Arbetsrad> rader = arenden.lista(new ArendeRepository.Urval.Otilldelade(), idag, SIDA).stream()
                    .map(r -> Skyddsfilter.arbetsrad(aktor, r, idag)).toList();
            loggaLista(aktor, "FORDELNING", rader, false);
            return new Fordelningslage(rader, arenden.antalOtilldelade(), arenden.arbetsbelastning());
        });
    }

    /** Masks and computes deadlines for one list row as {@code aktor} may see it ({@link Skyddsfilter}). */
    public Arbetsrad arbetsrad(Aktor aktor, Arenderad r, LocalDate idag) {
        return Skyddsfilter.arbetsrad(aktor, r, idag);
    }

    /** Assigns (or reassigns) the case to a handläggare. Audited; refuses a stale version. */
    public void tilldela(Aktor aktor, ArendeId id, long version, AnvandareId handlaggare) {
        aktor.krav(Behorighet.ARENDE_FORDELA);
        tx.kor(() -> {
            Anvandare h = anvandare.hitta(handlaggare)
                    .filter(x -> x.aktiv() && x.roll().har(Behorighet.ARENDE_HANDLAGGA))
                    .orElseThrow(() -> DomainException.forField("handlaggare", "fordelning.ogiltigHandlaggare"));
            Arende a = arende(id);
            if (a.status() == ArendeStatus.AVSLUTAD) {
                throw new DomainException("fordelning.avslutat", a.nummer());
            }
            arenden.uppdatera(new Arende(a.id(), a.nummer(), a.sokandeId(), a.status(), Optional.of(h.id()),
                    a.aktualiserad(), a.nybesok(), a.avslutad(), version));
            audit.registrera(NyAuditHandelse.av(aktor, "ARENDE_TILLDELAT", "arende", id,
                    a.handlaggare().map(String::valueOf).orElse(null), String.valueOf(h.id())));
        });
    }

    /** Users a case can be assigned to. */
    public List<Anvandare> handlaggare(Aktor aktor) {
        aktor.krav(Behorighet.ARENDE_FORDELA);
        return tx.iTransaktion(() -> anvandare.alla().stream()
                .filter(x -> x.aktiv() && x.roll().har(Behorighet.ARENDE_HANDLAGGA)).toList());
    }

    /** Who opened the case, newest first (loggkontroll). */
    public List<Atkomstlogg.Post> atkomster(Aktor aktor, ArendeId id) {
        aktor.krav(Behorighet.LOGG_GRANSKA);
        return tx.iTransaktion(() -> atkomst.forArende(id.varde()));
    }

    private Arende arende(ArendeId id) {
        return arenden.hitta(id).orElseThrow(() -> new DomainException("arende.finnsInte", id));
    }
}
