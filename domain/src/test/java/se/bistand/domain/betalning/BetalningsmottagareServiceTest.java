package se.bistand.domain.betalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.bistand.domain.arende.Adress;
import se.bistand.domain.arende.ArendeRepository;
import se.bistand.domain.arende.Identitetstyp;
import se.bistand.domain.arende.Person;
import se.bistand.domain.arende.Skyddsfilter;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.testhjalp.Minnesportar;

/** The four-eyes rules for recipients and staff accounts, on in-memory ports. */
class BetalningsmottagareServiceTest {

    static final Aktor ANNA = new Aktor(new AnvandareId(1), "anna", "Anna Lind", Roll.HANDLAGGARE);
    static final Aktor MARIA = new Aktor(new AnvandareId(2), "maria", "Maria Holm", Roll.GRUPPLEDARE);
    static final Aktor KARIN = new Aktor(new AnvandareId(3), "karin", "Karin Berg", Roll.ENHETSCHEF);
    static final Aktor JOHAN = new Aktor(new AnvandareId(4), "johan", "Johan Ali", Roll.EKONOMIADMINISTRATOR);
    static final Aktor SOFIA = new Aktor(new AnvandareId(5), "sofia", "Sofia Nyberg", Roll.SYSTEMFORVALTARE);
    static final Aktor OMAR = new Aktor(new AnvandareId(6), "omar", "Omar Haddad", Roll.HANDLAGGARE);
    static final Personnummer KLIENT = Personnummer.av(LocalDate.of(1985, 4, 12), 980, false);
    static final Bankkonto KONTO = Bankkonto.parse("9420", "4172385");
    static final Bankgiro NYTT = Bankgiro.parse("5050-1055");

    private final MinnesRepo repo = new MinnesRepo();
    private final List<NyAuditHandelse> audit = new ArrayList<>();
    private final List<String> lasningar = new ArrayList<>();
    private final Map<String, Set<Long>> hushallPerKonto = new LinkedHashMap<>();
    private final Map<Person, Set<AnvandareId>> personer = new LinkedHashMap<>();
    private final BetalningsmottagareService service = new BetalningsmottagareService(direkt(), repo,
            () -> new Riskbedomning(hushallPerKonto, repo.personalkonton(), Set.of()), logg(audit), atkomstlogg(lasningar),
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm")),
            new Skyddsfilter(Minnesportar.personer(personer), Minnesportar.ingaAnrop(ArendeRepository.class)));

    private long klient() {
        return service.registrera(ANNA, "Karin Ek", Optional.of(KLIENT), Optional.empty(), KONTO);
    }

    private static void nekas(Runnable r, String nyckel) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(nyckel));
    }

    private Betalningsmottagare hamta(long id) {
        return repo.hitta(id).orElseThrow();
    }

    private List<String> handelser() {
        return audit.stream().map(NyAuditHandelse::handelse).toList();
    }

    @Test
    void aSecondPersonRejectsAWaitingRecipientWithAReasonAndItCanNeverBeUsed() {
        long id = klient();
        nekas(() -> service.avvisa(KARIN, id, "  "), "mottagare.orsakSaknas");
        assertThatThrownBy(() -> service.avvisa(KARIN, id, "")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.falt()).contains("orsak"));
        nekas(() -> service.avvisa(KARIN, id, "x".repeat(BetalningsmottagareService.ORSAK_MAX + 1)),
                "mottagare.orsakForLang");
        service.avvisa(KARIN, id, " Kontot tillhör inte klienten enligt kontoutdraget. ");

        Betalningsmottagare m = hamta(id);
        assertThat(m.status()).isEqualTo(Betalningsmottagare.Status.AVVISAD);
        assertThat(m.arGodkand()).isFalse();
        assertThat(m.avvisning()).hasValueSatisfying(a -> {
            assertThat(a.av()).isEqualTo(KARIN.id());
            assertThat(a.orsak()).isEqualTo("Kontot tillhör inte klienten enligt kontoutdraget.");
        });
        assertThat(audit).last().satisfies(h -> {
            assertThat(h.handelse()).isEqualTo("MOTTAGARE_AVVISAD");
            assertThat(h.efter()).contains("orsak=Kontot tillhör inte klienten");
        });
        nekas(() -> service.godkann(MARIA, id), "mottagare.inteVantande");
        nekas(() -> service.avvisa(MARIA, id, "igen"), "mottagare.inteVantande");
        nekas(() -> service.andraKonto(MARIA, id, NYTT), "mottagare.avvisadKanInteAndras");
        assertThat(service.lista(KARIN)).singleElement()
                .satisfies(f -> assertThat(f.flaggor()).contains(Riskflagga.MOTTAGARE_EJ_GODKAND));
    }

    @Test
    void theRegistrantCannotRejectTheRefusalIsAuditedAndAHandlaggareMayNotRejectAtAll() {
        long id = service.registrera(MARIA, "Karin Ek", Optional.of(KLIENT), Optional.empty(), KONTO);
        nekas(() -> service.avvisa(MARIA, id, "fel konto"), "mottagare.egenRegistrering");
        assertThat(handelser()).last().isEqualTo("MOTTAGARE_AVVISNING_NEKAD");
        nekas(() -> service.avvisa(ANNA, id, "fel konto"), "behorighet.saknas");
        assertThat(hamta(id).status()).isEqualTo(Betalningsmottagare.Status.VANTAR);
    }

    @Test
    void theChangerOfTheAccountCannotApproveOrRejectTheChangeNorCanTheRegistrant() {
        long id = klient();
        service.godkann(KARIN, id);
        service.andraKonto(MARIA, id, NYTT);

        Betalningsmottagare m = hamta(id);
        assertThat(m.status()).isEqualTo(Betalningsmottagare.Status.VANTAR);
        assertThat(m.konto()).isEqualTo(NYTT);
        assertThat(m.registreradAv()).as("the registrant is kept").isEqualTo(ANNA.id());
        assertThat(m.kontoAndradAv()).contains(MARIA.id());
        assertThat(m.godkandAv()).isEmpty();
        assertThat(handelser()).last().isEqualTo("MOTTAGARE_KONTO_ANDRAT");

        nekas(() -> service.godkann(MARIA, id), "mottagare.egenRegistrering");
        assertThat(audit).last().satisfies(h -> {
            assertThat(h.handelse()).isEqualTo("MOTTAGARE_GODKANNANDE_NEKAT");
            assertThat(h.efter()).isEqualTo("konto ändrat av samma person");
        });
        nekas(() -> service.avvisa(MARIA, id, "ångrar mig"), "mottagare.egenRegistrering");
        service.godkann(JOHAN, id);
        assertThat(hamta(id).godkandAv()).contains(JOHAN.id());
    }

    @Test
    void aChangedAccountMustDifferAndTheRegistrantMayNotApproveItsOwnRegistrationAfterAChange() {
        long id = service.registrera(MARIA, "Karin Ek", Optional.of(KLIENT), Optional.empty(), KONTO);
        nekas(() -> service.andraKonto(ANNA, id, Bankkonto.parse("9420 417 23 85")), "mottagare.sammaKonto");
        service.andraKonto(ANNA, id, NYTT);
        nekas(() -> service.godkann(MARIA, id), "mottagare.egenRegistrering");
        service.godkann(KARIN, id);
    }

    @Test
    void onlyASystemforvaltareRegistersStaffAccountsAuditedAndTheStaffFlagThenFires() {
        long id = klient();
        assertThat(service.lista(KARIN).get(0).flaggor()).doesNotContain(Riskflagga.KONTO_PERSONAL);
        nekas(() -> service.registreraPersonalkonto(KARIN, OMAR.id(), KONTO), "behorighet.saknas");
        nekas(() -> service.registreraPersonalkonto(SOFIA, null, KONTO), "personalkonto.anvandareSaknas");

        service.registreraPersonalkonto(SOFIA, OMAR.id(), Bankkonto.parse("9420-4172385"));

        assertThat(audit).last().satisfies(h -> {
            assertThat(h.handelse()).isEqualTo("PERSONALKONTO_REGISTRERAT");
            assertThat(h.objektId()).isEqualTo(String.valueOf(OMAR.id().varde()));
        });
        assertThat(service.personalkonton(SOFIA)).singleElement().satisfies(p -> {
            assertThat(p.anvandare()).isEqualTo(OMAR.id());
            assertThat(p.visning()).isEqualTo(KONTO.formaterat());
            assertThat(p.registreradAv()).contains(SOFIA.id());
        });
        nekas(() -> service.personalkonton(KARIN), "behorighet.saknas");
        nekas(() -> service.registreraPersonalkonto(SOFIA, OMAR.id(), KONTO), "personalkonto.finns");
        assertThat(service.lista(KARIN)).singleElement().satisfies(f -> {
            assertThat(f.mottagare().id()).isEqualTo(id);
            assertThat(f.flaggor()).contains(Riskflagga.KONTO_PERSONAL);
        });
    }

    @Test
    void aSharedAccountIsFlaggedForPersonsButNotForALandlordPaidForManyHouseholds() {
        long person = klient();
        long hyresvard = service.registrera(ANNA, "Fastighets AB Solgläntan", Optional.empty(),
                Optional.of(Organisationsnummer.parse("556036-0793")), NYTT);
        service.godkann(KARIN, person);
        service.godkann(KARIN, hyresvard);
        hushallPerKonto.put(KONTO.normaliserad(), Set.of(11L, 12L));
        hushallPerKonto.put(NYTT.normaliserad(), Set.of(11L, 12L, 13L));
        Map<Long, Set<Riskflagga>> flaggor = service.lista(KARIN).stream()
                .collect(Collectors.toMap(f -> f.mottagare().id(), f -> Set.copyOf(f.flaggor())));
        assertThat(flaggor.get(person)).contains(Riskflagga.KONTO_FLERA_HUSHALL);
        assertThat(flaggor.get(hyresvard)).doesNotContain(Riskflagga.KONTO_FLERA_HUSHALL);
        Riskbedomning r = new Riskbedomning(hushallPerKonto, Set.of(), Set.of());
        assertThat(r.forBetalning(hamta(hyresvard), 11L, LocalDate.of(2027, 3, 1))).isEmpty();
        assertThat(r.forBetalning(hamta(person), 11L, LocalDate.of(2027, 3, 1)))
                .containsExactly(Riskflagga.KONTO_FLERA_HUSHALL);
    }

    private static Transaktioner direkt() {
        return Minnesportar.direkt();
    }

    private static Atkomstlogg atkomstlogg(List<String> rader) {
        return Minnesportar.atkomst(rader::add);
    }

    @Test
    void readingTheRecipientListIsRecordedInTheAccessLog() {
        klient();
        assertThat(service.lista(MARIA)).hasSize(1);
        assertThat(lasningar).containsExactly("MOTTAGARE_LISTA: betalningsmottagare, varav 1 personer");
    }

    /** Issue 11: a protected client as a recipient, read through the service by each role. */
    @Test
    void aProtectedClientIsARecipientWithoutNameOrNumberForAllButTheirHandlaggareAndTheChefs() {
        personer.put(new Person(new PersonId(41), Identitetstyp.PERSONNUMMER, KLIENT.tolvSiffror(), null, "Karin", "Ek",
                KLIENT.fodelsedatum(), Adress.TOM, "", "", true, false, 0), Set.of(ANNA.id()));
        long id = klient();
        for (Aktor ser : List.of(ANNA, KARIN)) {
            assertThat(service.lista(ser)).singleElement().satisfies(m -> {
                assertThat(m.mottagare().namn()).isEqualTo("Karin Ek");
                assertThat(m.mottagare().identitet()).isEqualTo(KLIENT.formaterat());
            });
        }
        for (Aktor ser : List.of(OMAR, MARIA, JOHAN)) {
            Betalningsmottagare m = service.lista(ser).get(0).mottagare();
            assertThat(List.of(m, service.hitta(ser, id).orElseThrow())).allSatisfy(v -> {
                assertThat(v.namn()).as(ser.anvandarnamn()).isEqualTo("Skyddad identitet");
                assertThat(v.identitet()).doesNotContainPattern("[0-9]");
                assertThat(v.personnummer()).isEmpty();
                assertThat(v.arPerson()).isTrue();
                assertThat(v.konto()).isEqualTo(KONTO);
            });
        }
        assertThat(lasningar).hasSize(8).contains("MOTTAGARE_LASA: betalningsmottagare " + id);
    }

    private static AuditLogg logg(List<NyAuditHandelse> rader) {
        return Minnesportar.audit(rader::add);
    }

    /** Recipients and staff accounts in memory, with the version check of the real repository. */
    private static final class MinnesRepo implements BetalningsmottagareRepository {
        private final Map<Long, Betalningsmottagare> rader = new LinkedHashMap<>();
        private final List<Personalkonto> personal = new ArrayList<>();

        @Override
        public long skapa(Betalningsmottagare ny) {
            long id = rader.size() + 1L;
            rader.put(id, new Betalningsmottagare(id, ny.namn(), ny.personnummer(), ny.organisationsnummer(), ny.konto(),
                    ny.status(), ny.registreradAv(), ny.registrerad(), ny.godkandAv(), ny.godkand(), ny.kontoAndrad(),
                    ny.kontoAndradAv(), ny.avvisning(), 0));
            return id;
        }

        @Override
        public Optional<Betalningsmottagare> hitta(long id) {
            return Optional.ofNullable(rader.get(id));
        }

        @Override
        public List<Betalningsmottagare> alla() {
            return List.copyOf(rader.values());
        }

        @Override
        public void uppdatera(Betalningsmottagare m) {
            if (rader.get(m.id()).version() != m.version()) {
                throw new OptimistiskLasningException("betalningsmottagare", m.id());
            }
            rader.put(m.id(), new Betalningsmottagare(m.id(), m.namn(), m.personnummer(), m.organisationsnummer(),
                    m.konto(), m.status(), m.registreradAv(), m.registrerad(), m.godkandAv(), m.godkand(),
                    m.kontoAndrad(), m.kontoAndradAv(), m.avvisning(), m.version() + 1));
        }

        @Override
        public Set<String> personalkonton() {
            return personal.stream().map(Personalkonto::kontonyckel).collect(Collectors.toSet());
        }

        @Override
        public List<Personalkonto> personalkontoLista() {
            return List.copyOf(personal);
        }

        @Override
        public void laggTillPersonalkonto(Personalkonto konto) {
            personal.add(konto);
        }

        @Override
        public boolean paLastLista(long mottagareId) {
            return false;
        }
    }
}
