package se.bistand.persistence.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.arende.Adress;
import se.bistand.domain.arende.Arbetsrad;
import se.bistand.domain.arende.Arende;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.Arendevy;
import se.bistand.domain.arende.Beslutskontroll;
import se.bistand.domain.arende.Bevakningstyp;
import se.bistand.domain.arende.Hushallsdeltagare;
import se.bistand.domain.arende.Hushallsroll;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.arende.Kontaktandring;
import se.bistand.domain.arende.Kontrollpunkt;
import se.bistand.domain.arende.Kontrollstatus;
import se.bistand.domain.arende.Uppfoljningstyp;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.persistence.grund.Motor;

/** The case workspace's services on real databases: H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Motor.class)
class ArendeServiceTest {

    @Parameter
    Motor motor;

    private ArendeTestmiljo m;
    private PersonId karinEk;
    private ArendeId arende;

    @BeforeEach
    void setUp() {
        m = ArendeTestmiljo.ny(motor);
        karinEk = m.person("Karin", "Ek", LocalDate.of(1985, 4, 12));
        arende = m.arendeService.aktualisera(m.anna, karinEk);
    }

    @AfterEach
    void tearDown() {
        m.close();
    }

    private Arende a() {
        return m.arendeService.hamta(m.anna, arende);
    }

    private void tillAnsokan() {
        m.arendeService.andraStatus(m.anna, arende, a().version(), ArendeStatus.NYBESOK_BOKAT);
        m.arendeService.andraStatus(m.anna, arende, a().version(), ArendeStatus.NYBESOK_GENOMFORT);
        m.arendeService.registreraAnsokan(m.anna, arende, a().version(), Kanal.DIGITAL, YearMonth.of(2026, 12),
                m.idag());
    }

    private void kontrolleraAllt() {
        for (Kontrollpunkt p : m.arendeService.oppna(m.anna, arende, Optional.empty()).checklista().stream()
                .filter(c -> !c.klar()).map(c -> c.punkt()).toList()) {
            m.arendeService.markeraKontroll(m.anna, arende, a().version(), p, Kontrollstatus.KONTROLLERAD, null);
        }
    }

    @Test
    void aCaseGetsAYearlyNumberAndTheCreatorAsHandlaggare() {
        Arende x = a();
        assertThat(x.nummer()).isEqualTo("2026-0001");
        assertThat(x.handlaggare()).contains(m.anna.id());
        PersonId bo = m.person("Bo", "Ek", LocalDate.of(1990, 1, 2));
        assertThat(m.arendeService.hamta(m.anna, m.arendeService.aktualisera(m.anna, bo)).nummer()).isEqualTo("2026-0002");
        assertThatThrownBy(() -> m.arendeService.aktualisera(m.anna, karinEk))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("arende.oppetFinns"));
        assertThat(handelser()).contains("ARENDE_AKTUALISERAT", "PERSON_SKAPAD");
    }

    @Test
    void statusMovesFollowTheFlowAndAreAudited() {
        assertThatThrownBy(() -> m.arendeService.andraStatus(m.anna, arende, a().version(), ArendeStatus.UTREDNING))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("arende.otillatenStatus"));
        tillAnsokan();
        assertThat(a().status()).isEqualTo(ArendeStatus.ANSOKAN);
        assertThat(a().nybesok()).isEqualTo(m.idag());
        assertThat(handelser()).contains("ARENDE_STATUS", "ANSOKAN_REGISTRERAD");
    }

    @Test
    void aDecisionIsRefusedUntilTheChecklistIsComplete() {
        tillAnsokan();
        m.arendeService.andraStatus(m.anna, arende, a().version(), ArendeStatus.UTREDNING);
        Beslutskontroll k = m.arendeService.kanBesluta(m.anna, arende);
        assertThat(k.hinder()).containsExactly(Beslutskontroll.CHECKLISTA);
        assertThatThrownBy(() -> m.arendeService.andraStatus(m.anna, arende, a().version(), ArendeStatus.BESLUT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(Beslutskontroll.CHECKLISTA));

        assertThatThrownBy(() -> m.arendeService.markeraKontroll(m.anna, arende, a().version(), Kontrollpunkt.LAKARINTYG,
                Kontrollstatus.UNDANTAGEN, " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("skal"));
        m.arendeService.markeraKontroll(m.anna, arende, a().version(), Kontrollpunkt.LAKARINTYG,
                Kontrollstatus.UNDANTAGEN, "Inte sjukskriven");
        kontrolleraAllt();
        Arendevy vy = m.arendeService.oppna(m.anna, arende, Optional.empty());
        assertThat(vy.checklista()).allMatch(c -> c.klar() && c.datum() != null && "Anna Lind".equals(c.av()));
        assertThat(vy.checklista()).filteredOn(c -> c.punkt() == Kontrollpunkt.LAKARINTYG)
                .singleElement().satisfies(c -> assertThat(c.skal()).isEqualTo("Inte sjukskriven"));
        assertThat(m.arendeService.kanBesluta(m.anna, arende).tillaten()).isTrue();
        m.arendeService.andraStatus(m.anna, arende, a().version(), ArendeStatus.BESLUT);
        assertThat(a().status()).isEqualTo(ArendeStatus.BESLUT);
    }

    @Test
    void childrenInTheHouseholdRequireABarnkonsekvensanalysMadeAfterTheLatestChange() {
        PersonId barn = m.person("Elsa", "Ek", LocalDate.of(2018, 6, 1));
        m.arendeService.laggTillHushallsmedlem(m.anna, arende, a().version(), barn, Hushallsroll.BARN, m.idag());
        tillAnsokan();
        kontrolleraAllt();
        assertThat(m.arendeService.kanBesluta(m.anna, arende).hinder()).containsExactly(Beslutskontroll.BARNKONSEKVENSANALYS);
        m.arendeService.registreraUppfoljning(m.anna, arende, a().version(), Uppfoljningstyp.BARNKONSEKVENSANALYS,
                m.idag(), null, "Barnets behov av stabilt boende vägs in.");
        assertThat(m.arendeService.kanBesluta(m.anna, arende).tillaten()).isTrue();
    }

    @Test
    void theHouseholdOfAPastMonthIsKept() {
        PersonId partner = m.person("Per", "Ek", LocalDate.of(1983, 2, 3));
        PersonId barn = m.person("Elsa", "Ek", LocalDate.of(2018, 6, 1));
        long per = m.arendeService.laggTillHushallsmedlem(m.anna, arende, a().version(), partner, Hushallsroll.MEDSOKANDE,
                m.idag());
        m.arendeService.laggTillHushallsmedlem(m.anna, arende, a().version(), barn, Hushallsroll.BARN, m.idag());
        m.arendeService.avslutaHushallsmedlem(m.anna, arende, a().version(), per, LocalDate.of(2026, 11, 30));

        List<Hushallsdeltagare> nov = m.arendeService.hushallForManad(m.anna, arende, YearMonth.of(2026, 11));
        assertThat(nov).extracting(Hushallsdeltagare::roll)
                .containsExactly(Hushallsroll.SOKANDE, Hushallsroll.MEDSOKANDE, Hushallsroll.BARN);
        List<Hushallsdeltagare> dec = m.arendeService.hushallForManad(m.anna, arende, YearMonth.of(2026, 12));
        assertThat(dec).extracting(Hushallsdeltagare::roll).containsExactly(Hushallsroll.SOKANDE, Hushallsroll.BARN);
        assertThat(dec.get(1).fodelsedatum()).isEqualTo(LocalDate.of(2018, 6, 1));

        assertThatThrownBy(() -> m.arendeService.laggTillHushallsmedlem(m.anna, arende, a().version(),
                m.person("Gammal", "Ek", LocalDate.of(1990, 1, 1)), Hushallsroll.BARN, m.idag()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("hushall.barnForGammalt"));
    }

    @Test
    void theJournalIsAppendOnlyAndCorrectionsReferToTheEarlierEntry() {
        long forsta = m.arendeService.skrivJournal(m.anna, arende, m.idag(), "Nybesök bokat 3/12.", Optional.empty());
        m.arendeService.skrivJournal(m.anna, arende, m.idag(), "Rättelse: nybesök bokat 4/12.", Optional.of(forsta));
        var journal = m.arendeService.oppna(m.anna, arende, Optional.empty()).journal();
        assertThat(journal).hasSize(2);
        assertThat(journal.get(0).text()).isEqualTo("Nybesök bokat 3/12.");
        assertThat(journal.get(1).rattar()).isEqualTo(forsta);
        assertThat(journal.get(1).forfattare()).isEqualTo("Anna Lind");
        assertThatThrownBy(() -> m.arendeService.skrivJournal(m.anna, arende, m.idag(), "x", Optional.of(9999L)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("journal.rattarOkand"));
    }

    @Test
    void openingWritesAnAccessLogRowAndAnUnassignedUserMustGiveAReason() {
        m.arendeService.oppna(m.anna, arende, Optional.empty());
        assertThatThrownBy(() -> m.arendeService.oppna(m.omar, arende, Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("atkomst.skalKravs"));
        m.arendeService.oppna(m.omar, arende, Optional.of("Vikarierar för Anna"));
        List<Atkomstlogg.Post> rader = m.arendeService.atkomster(m.karin, arende);
        assertThat(rader).hasSize(2);
        assertThat(rader.get(0).anvandarnamn()).isEqualTo("omar");
        assertThat(rader.get(0).tilldelad()).isFalse();
        assertThat(rader.get(0).skal()).isEqualTo("Vikarierar för Anna");
        assertThat(rader.get(0).personId()).isEqualTo(karinEk.varde());
        assertThat(rader.get(1).tilldelad()).isTrue();
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsAConflictNotAnOverwrite() {
        long version = a().version();
        m.arendeService.andraStatus(m.anna, arende, version, ArendeStatus.NYBESOK_BOKAT);
        assertThatThrownBy(() -> m.arendeService.andraStatus(m.omar, arende, version, ArendeStatus.AVSLUTAD))
                .isInstanceOf(OptimistiskLasningException.class);
        assertThat(a().status()).isEqualTo(ArendeStatus.NYBESOK_BOKAT);
    }

    @Test
    void protectedIdentityIsVisibleOnlyToTheAssignedHandlaggareAndChefs() {
        PersonId skyddad = m.personService.skapa(m.anna, se.bistand.domain.arende.NyPerson
                .med(m.personnummer(LocalDate.of(1979, 5, 5)), "Lina", "Berg")
                .medAdress(new se.bistand.domain.arende.Adress("Hemlig väg 1", "12345", "Flen"), "070", "")
                .skyddad());
        ArendeId sk = m.arendeService.aktualisera(m.anna, skyddad);

        assertThat(m.arendeService.oppna(m.anna, sk, Optional.empty()).sokande().namn()).isEqualTo("Lina Berg");
        assertThat(m.arendeService.oppna(m.anna, sk, Optional.empty()).sokande().adress().arTom()).isTrue();
        assertThat(m.arendeService.oppna(m.karin, sk, Optional.of("Chefsgranskning")).sokande().namn())
                .isEqualTo("Lina Berg");
        assertThatThrownBy(() -> m.arendeService.oppna(m.omar, sk, Optional.of("nyfiken")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("arende.skyddadIdentitet"));

        // search: by name, omar does not find her; by number, she is masked
        assertThat(m.personService.sok(m.omar, "Lina Berg")).isEmpty();
        assertThat(m.personService.sok(m.anna, "lina")).singleElement()
                .satisfies(t -> assertThat(t.person().namn()).isEqualTo("Lina Berg"));
        var viaNummer = m.personService.sok(m.omar, "19790505-" + m.personService.sok(m.anna, "Lina").get(0)
                .person().identitet().substring(9));
        assertThat(viaNummer).singleElement().satisfies(t -> {
            assertThat(t.person().namn()).isEqualTo("Skyddad identitet");
            assertThat(t.person().identitet()).isEqualTo("********-****");
            assertThat(t.person().fodelsedatum()).isNull();
        });
        // lists show it masked to the gruppledare
        m.arendeService.tilldela(m.maria, sk, m.arendeService.hamta(m.maria, sk).version(), m.anna.id());
        Arbetsrad rad = m.arendeService.arbetsrad(m.maria, m.db.tx.iTransaktion(() -> m.arenden.lista(
                new se.bistand.domain.arende.ArendeRepository.Urval.Arenden(List.of(sk)), m.idag(), 1)).get(0), m.idag());
        assertThat(rad.sokande().namn()).isEqualTo("Skyddad identitet");
        assertThat(rad.sokande().adress().arTom()).isTrue();
    }

    /** Issue 11 (findings 15 and 7): what an unassigned handläggare gets calling the services directly. */
    @Test
    void anUnassignedHandlaggareGetsMaskedValuesOrARefusalOnEveryPathAndEveryReadIsLogged() {
        String pnr = m.personnummer(LocalDate.of(1979, 5, 5));
        PersonId lina = m.personService.skapa(m.anna, se.bistand.domain.arende.NyPerson.med(pnr, "Lina", "Berg")
                .skyddad());
        ArendeId sk = m.arendeService.aktualisera(m.anna, lina);
        m.arendeService.laggTillHushallsmedlem(m.anna, sk, m.arendeService.hamta(m.anna, sk).version(),
                m.person("Alva", "Berg", LocalDate.of(2015, 1, 1)), Hushallsroll.BARN, m.idag());

        // search by number: no name, no digit of the number, no birth date, no household
        var traff = m.personService.sok(m.omar, pnr).get(0);
        assertThat(traff.person().namn()).isEqualTo("Skyddad identitet");
        assertThat(traff.person().identitet()).doesNotContainPattern("[0-9]");
        assertThat(traff.person().fodelsedatum()).isNull();
        assertThat(traff.arende()).hasValueSatisfying(a -> {
            assertThat(a.maskerad()).isTrue();
            assertThat(a.antalVuxna() + a.antalBarn()).isZero();
        });
        // the masked types cannot carry the person at all
        for (Class<?> typ : List.of(se.bistand.domain.arende.Soktraff.class, se.bistand.domain.arende.Listarende.class,
                Arbetsrad.class)) {
            assertThat(typ.getRecordComponents()).as(typ.getSimpleName())
                    .extracting(c -> (Class) c.getType()).doesNotContain(se.bistand.domain.arende.Person.class);
        }
        // the household and the case read again are refused, as opening the case is
        assertThatThrownBy(() -> m.arendeService.hushallForManad(m.omar, sk, YearMonth.from(m.idag())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("arende.skyddadIdentitet"));
        assertThatThrownBy(() -> m.arendeService.lasOm(m.omar, sk, Optional.of("nyfiken")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("arende.skyddadIdentitet"));
        // a chef who is not assigned reads it again only with a reason
        assertThatThrownBy(() -> m.arendeService.lasOm(m.karin, sk, Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("atkomst.skalKravs"));

        m.arendeService.lasOm(m.karin, sk, Optional.of("Chefsgranskning"));
        assertThat(m.arendeService.hushallForManad(m.anna, sk, YearMonth.from(m.idag()))).hasSize(2);
        assertThat(m.arendeService.arbetslista(m.anna)).hasSize(2);
        int rader = m.db.tx.iTransaktion(() -> m.db.atkomst.forPerson(lina.varde())).size();
        assertThat(m.arendeService.antalForfallna(m.anna)).isNotNegative();
        var logg = m.db.tx.iTransaktion(() -> m.db.atkomst.forPerson(lina.varde()));
        assertThat(logg).hasSize(rader); // the rail badge shows a number, no person: no row
        assertThat(logg).extracting(p -> p.atgard() + " " + p.anvandarnamn() + " " + p.skal()).containsExactly(
                "ARBETSLISTA anna null", "HUSHALL_MANAD anna hushåll " + YearMonth.from(m.idag()),
                "ARENDE_LAST_OM karin Chefsgranskning", "SOK_TRAFFAR omar sökning");
        assertThat(logg.get(0).personer()).containsExactlyInAnyOrder(karinEk.varde(), lina.varde());
        assertThat(m.db.auditService().verifiera(m.karin).ok()).isTrue();
    }

    @Test
    void searchToleratesSpacesDashAnd10Or12Digits() {
        String pnr = m.personService.sok(m.anna, "Karin Ek").get(0).person().identitet(); // 19850412-98NN
        String tolv = pnr.replace("-", "");
        for (String fraga : List.of(pnr, tolv, tolv.substring(2), "850412-" + pnr.substring(9),
                "8504 12 " + pnr.substring(9), "ek karin", "2026-0001")) {
            assertThat(m.personService.sok(m.anna, fraga)).as(fraga).singleElement()
                    .satisfies(t -> assertThat(t.arende()).isPresent());
        }
        assertThatThrownBy(() -> m.personService.sok(m.anna, "850412-1234"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("personnummer.felKontrollsiffra"));
    }

    @Test
    void reserveNumbersNeedABirthDateAndAReason() {
        assertThatThrownBy(() -> m.personService.skapa(m.anna, new se.bistand.domain.arende.NyPerson(null, true, "",
                LocalDate.of(1990, 1, 1), "Ali", "Okänd", null, "", "", false, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("reservSkal"));
        PersonId id = m.personService.skapa(m.anna, new se.bistand.domain.arende.NyPerson(null, true,
                "Väntar på samordningsnummer", LocalDate.of(1990, 1, 1), "Ali", "Nyanländ", null, "", "", false, false));
        var p = m.personService.oppna(m.anna, id, Optional.of("Nyregistrering"));
        assertThat(p.identitet()).isEqualTo("R19900101-01");
        assertThat(m.personService.sok(m.anna, "r19900101-01")).hasSize(1);
    }

    @Test
    void theWorkListShowsOverdueFollowUpsAndTheGruppledareAssignsCases() {
        tillAnsokan();
        m.arendeService.registreraUppfoljning(m.anna, arende, a().version(), Uppfoljningstyp.FREDA, m.idag(), null,
                "Inga tecken på våld.");
        assertThatThrownBy(() -> m.arendeService.registreraUppfoljning(m.anna, arende, a().version(),
                Uppfoljningstyp.HANDLINGSPLAN, m.idag(), m.idag().plusMonths(4), "Mål: arbete"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("nasta"));
        List<Arbetsrad> lista = m.arendeService.arbetslista(m.anna);
        assertThat(lista).singleElement().satisfies(r -> assertThat(r.bevakningar())
                .extracting(b -> b.typ()).contains(Bevakningstyp.BESLUT_VANTAR, Bevakningstyp.HANDLINGSPLAN,
                        Bevakningstyp.CHECKLISTA, Bevakningstyp.FREDA));
        assertThat(m.arendeService.arbetslista(m.omar)).isEmpty();

        PersonId bo = m.person("Bo", "Ström", LocalDate.of(1960, 3, 3));
        ArendeId otilldelat = m.arendeService.aktualisera(m.maria, bo);
        var lage = m.arendeService.fordelning(m.maria);
        assertThat(lage.antalOtilldelade()).isEqualTo(1);
        assertThat(lage.otilldelade()).extracting(r -> r.rad().arende().id()).containsExactly(otilldelat);
        m.arendeService.tilldela(m.maria, otilldelat, m.arendeService.hamta(m.maria, otilldelat).version(), m.omar.id());
        assertThat(m.arendeService.fordelning(m.maria).belastning())
                .anySatisfy(b -> assertThat(b.namn() + b.aktivaArenden()).isEqualTo("Omar Haddad1"));
        assertThatThrownBy(() -> m.arendeService.fordelning(m.anna)).isInstanceOf(DomainException.class);
    }

    @Test
    void contactDataAndMarkersAreUpdatedWithAVersionCheck() {
        var p = m.personService.oppna(m.anna, karinEk, Optional.empty());
        long version = m.db.tx.iTransaktion(() -> m.personer.hitta(karinEk)).orElseThrow().version();
        var sparad = m.personService.uppdateraKontakt(m.anna, karinEk, version, new Kontaktandring(
                new Adress("Nygatan 2", "64230", "Flen"), "0157-123", "", false, true, ""));
        assertThat(sparad.hotOchVald()).isTrue();
        assertThat(sparad.adress()).isEqualTo(new Adress("Nygatan 2", "642 30", "Flen"));
        assertThat(sparad.version()).isEqualTo(version + 1);
        assertThatThrownBy(() -> m.personService.uppdateraKontakt(m.omar, karinEk, version, new Kontaktandring(
                p.adress(), "", "", false, false, ""))).isInstanceOf(OptimistiskLasningException.class);
        assertThat(m.db.tx.iTransaktion(() -> m.db.atkomst.forPerson(karinEk.varde())))
                .singleElement().satisfies(r -> assertThat(r.atgard()).isEqualTo("PERSON_OPPNAD"));
        AuditHandelse rad = m.db.tx.iTransaktion(() -> m.db.audit.senaste(1)).get(0);
        assertThat(rad.handelse()).isEqualTo("PERSON_ANDRAD");
        assertThat(rad.fore()).contains("hotOchVald=false");
        assertThat(rad.efter()).contains("adress=Nygatan 2, 642 30 Flen").contains("telefon=0157-123")
                .contains("hotOchVald=true");
    }

    @Test
    void badInputIsRefusedAtTheFieldAndNothingIsSaved() {
        long version = m.db.tx.iTransaktion(() -> m.personer.hitta(karinEk)).orElseThrow().version();
        int fore = handelser().size();
        assertThatThrownBy(() -> m.personService.uppdateraKontakt(m.anna, karinEk, version, new Kontaktandring(
                new Adress("Nygatan 2", "6423", "Flen"), "", "", false, false, "")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("postnummer"));
        assertThat(m.db.tx.iTransaktion(() -> m.personer.hitta(karinEk)).orElseThrow().version()).isEqualTo(version);
        assertThat(handelser()).hasSize(fore);
    }

    @Test
    void removingSkyddadIdentitetIsForAChefWithAReasonAndARefusalIsAudited() {
        long v0 = m.db.tx.iTransaktion(() -> m.personer.hitta(karinEk)).orElseThrow().version();
        Adress adress = new Adress("Hemlig väg 1", "64230", "Flen");
        m.personService.uppdateraKontakt(m.anna, karinEk, v0, new Kontaktandring(adress, "", "", true, false, ""));
        assertThat(m.db.tx.iTransaktion(() -> m.db.audit.senaste(1)).get(0).efter()).contains("adress=***")
                .doesNotContain("Hemlig");

        Kontaktandring bort = new Kontaktandring(adress, "", "", false, false, "Skyddet har upphört");
        assertThatThrownBy(() -> m.personService.uppdateraKontakt(m.anna, karinEk, v0 + 1, bort))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("person.skyddadTasBortAvChef"));
        assertThat(handelser().get(0)).isEqualTo("PERSON_ANDRING_NEKAD");
        assertThat(m.db.tx.iTransaktion(() -> m.personer.hitta(karinEk)).orElseThrow().skyddadIdentitet()).isTrue();

        assertThatThrownBy(() -> m.personService.uppdateraKontakt(m.karin, karinEk, v0 + 1,
                new Kontaktandring(adress, "", "", false, false, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("skal"));
        var sparad = m.personService.uppdateraKontakt(m.karin, karinEk, v0 + 1, bort);
        assertThat(sparad.skyddadIdentitet()).isFalse();
        List<AuditHandelse> senaste = m.db.tx.iTransaktion(() -> m.db.audit.senaste(2));
        assertThat(senaste).extracting(AuditHandelse::handelse)
                .containsExactlyInAnyOrder("PERSON_ANDRAD", "PERSON_MARKERING_BORTTAGEN");
        assertThat(senaste).allSatisfy(h -> assertThat(h.efter()).contains("skal=Skyddet har upphört"));
        assertThat(senaste).allSatisfy(h -> assertThat(h.anvandarnamn()).isEqualTo("karin"));

        var form = m.personService.forAndring(m.anna, karinEk, Optional.of(arende));
        assertThat(form.version()).isEqualTo(v0 + 2);
        assertThat(m.db.tx.iTransaktion(() -> m.db.atkomst.forArende(arende.varde())))
                .anySatisfy(r -> assertThat(r.atgard()).isEqualTo("PERSON_OPPNAD_ANDRING"));
    }

    private List<String> handelser() {
        return m.db.tx.iTransaktion(() -> m.db.audit.senaste(100)).stream().map(AuditHandelse::handelse).toList();
    }
}
