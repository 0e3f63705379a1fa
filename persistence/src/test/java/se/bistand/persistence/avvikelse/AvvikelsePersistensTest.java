package se.bistand.persistence.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bistand.domain.avvikelse.Allvarlighet;
import se.bistand.domain.avvikelse.Analys;
import se.bistand.domain.avvikelse.Avvikelse;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.AvvikelseUppgifter;
import se.bistand.domain.avvikelse.Funktion;
import se.bistand.domain.avvikelse.Halvar;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.Lank;
import se.bistand.domain.avvikelse.Routning;
import se.bistand.domain.avvikelse.Sammanstallning;
import se.bistand.domain.avvikelse.Status;
import se.bistand.domain.avvikelse.Synpunkt;
import se.bistand.domain.avvikelse.SynpunktService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.persistence.grund.TestDatabas;

class AvvikelsePersistensTest {

    private TestDatabas db;
    private AvvikelseService service;
    private Aktor anna;
    private Aktor karin;
    private Aktor lars;
    private Aktor sofia;

    @BeforeEach
    void setUp() {
        db = TestDatabas.ny();
        anna = anvandare("anna", "Anna Lind", Roll.HANDLAGGARE);
        karin = anvandare("karin", "Karin Berg", Roll.ENHETSCHEF);
        lars = anvandare("lars", "Lars Ekström", Roll.AVDELNINGSCHEF);
        sofia = anvandare("sofia", "Sofia Nyberg", Roll.SYSTEMFORVALTARE);
        service = db.avvikelseService();
    }

    private Aktor anvandare(String anv, String namn, Roll roll) {
        db.anvandarService().skapa(Aktor.system("test"), anv, namn, roll, Optional.empty(),
                "ett-langt-losenord".toCharArray());
        return db.tx.iTransaktion(() -> db.anvandare.hitta(anv)).orElseThrow().somAktor();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static AvvikelseUppgifter uppgifter(Kategori k, Optional<Lank> lank) {
        return new AvvikelseUppgifter(k, "Utbetalning till fel konto", LocalDate.of(2026, 11, 20),
                LocalDateTime.of(2026, 11, 21, 10, 30), "En vecka sen", "Ny utbetalning", Allvarlighet.HOG, lank);
    }

    @Test
    void theMigrationSeedsTheRoutingAsData() {
        Routning r = service.routning(anna);
        assertThat(r.funktioner(Kategori.MISSTANKT_OEGENTLIGHET)).containsExactly(Funktion.ENHETSCHEF,
                Funktion.FORVALTNINGSCHEF);
        assertThat(r.roller(Funktion.FORVALTNINGSCHEF)).containsExactly(Roll.AVDELNINGSCHEF);
        assertThat(r.mottagningar(Kategori.PERSONUPPGIFTSINCIDENT).get(1).frist()).hasValueSatisfying(
                d -> assertThat(d.toHours()).isEqualTo(72));
        assertThat(r.funktioner(Kategori.IT_FEL)).containsExactly(Funktion.SYSTEMFORVALTARE);
        for (Kategori k : Kategori.values()) {
            assertThat(r.roller(k)).as("recipients of %s", k).isNotEmpty();
        }
    }

    @Test
    void theRoutingIsEditableDataAndAnOpenAvvikelseFollowsTheChange() {
        Avvikelse a = service.skicka(anna, 0, 0, uppgifter(Kategori.HOT_OCH_VALD, Optional.empty()));
        assertThat(service.inkorg(lars)).isEmpty();
        assertThatThrownBy(() -> service.andraRoutning(karin, Kategori.HOT_OCH_VALD, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("behorighet.saknas"));
        assertThatThrownBy(() -> service.andraRoutning(sofia, Kategori.HOT_OCH_VALD, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("mottagare"));
        Routning r = service.andraRoutning(sofia, Kategori.HOT_OCH_VALD, List.of(
                new Routning.Mottagning(Funktion.ENHETSCHEF, Optional.empty()),
                new Routning.Mottagning(Funktion.FORVALTNINGSCHEF, Optional.of(java.time.Duration.ofHours(24)))));
        assertThat(r.funktioner(Kategori.HOT_OCH_VALD)).containsExactly(Funktion.ENHETSCHEF, Funktion.FORVALTNINGSCHEF);
        assertThat(service.inkorg(lars)).extracting(Avvikelse::id).containsExactly(a.id());
        assertThat(a.attGora(r).get(0).senast()).contains(LocalDateTime.of(2026, 11, 22, 10, 30));
        assertThat(db.tx.iTransaktion(() -> db.audit.senaste(5))).extracting(AuditHandelse::handelse)
                .contains("AVVIKELSE_ROUTNING_ANDRAD");
    }

    @Test
    void aDraftIsSavedThenSubmittedToTheRecipientsAndWalkedToClosedWithEveryStepAudited() {
        Lank lank = new Lank(Lank.Typ.UTBETALNING, 77, "Utbetalning 2026-11-20, 4 300 kr", false);
        Avvikelse utkast = service.sparaUtkast(anna, 0, 0, uppgifter(Kategori.FELAKTIG_UTBETALNING, Optional.of(lank)));
        assertThat(utkast.status()).isEqualTo(Status.UTKAST);
        assertThat(service.inkorg(karin)).isEmpty();

        Avvikelse a = service.skicka(anna, utkast.id(), utkast.version(), utkast.uppgifter());
        assertThat(a.uppgifter()).isEqualTo(utkast.uppgifter());
        assertThat(a.uppgifter().upptacktes()).isEqualTo(LocalDateTime.of(2026, 11, 21, 10, 30));
        assertThat(service.inkorg(karin)).extracting(Avvikelse::id).containsExactly(a.id());
        assertThat(service.antalAttHantera(karin)).isEqualTo(1);
        assertThat(service.inkorg(sofia)).isEmpty();
        assertThat(service.antalAttHantera(anna)).isZero();

        a = service.tillNasta(karin, a.id(), a.version(), Status.MOTTAGEN, "Tar emot");
        a = service.tillNasta(karin, a.id(), a.version(), Status.UTREDS, "Utreder");
        a = service.sparaAnalys(karin, a.id(), a.version(), new Analys("Fel konto", "Kontrollfråga", "Dubbelkolla"));
        a = service.tillNasta(karin, a.id(), a.version(), Status.ATGARDAD, "Åtgärdat");
        a = service.tillNasta(karin, a.id(), a.version(), Status.ATERKOPPLAD, "Tack, vi har infört en kontroll.");
        a = service.tillNasta(karin, a.id(), a.version(), Status.AVSLUTAD, "Avslutad");

        Avvikelse lagrad = db.tx.iTransaktion(() -> db.avvikelser.hitta(utkast.id())).orElseThrow();
        assertThat(lagrad).isEqualTo(a);
        assertThat(lagrad.steg()).hasSize(6);
        assertThat(lagrad.analys().arKomplett()).isTrue();
        assertThat(service.mina(anna)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(Status.AVSLUTAD);
            assertThat(m.aterkoppling()).contains("Tack, vi har infört en kontroll.");
        });
        assertThat(service.inkorg(karin)).isEmpty();
        List<String> handelser = db.tx.iTransaktion(() -> db.audit.senaste(50)).stream()
                .filter(h -> "avvikelse".equals(h.objektTyp())).map(AuditHandelse::handelse).toList();
        assertThat(handelser).containsExactlyInAnyOrder("AVVIKELSE_UTKAST_SKAPAT", "AVVIKELSE_ANMALD",
                "AVVIKELSE_MOTTAGEN", "AVVIKELSE_UTREDS", "AVVIKELSE_ANALYS", "AVVIKELSE_ATGARDAD",
                "AVVIKELSE_ATERKOPPLAD", "AVVIKELSE_AVSLUTAD");
        assertThat(db.tx.iTransaktion(() -> db.audit.senaste(50))).noneMatch(h -> String.valueOf(h.efter())
                .contains("fel konto"));
        assertThat(db.auditService().verifiera(Aktor.system("test")).ok()).isTrue();
    }

    @Test
    void invalidInputIsRefusedAndNothingIsSaved() {
        AvvikelseUppgifter fel = new AvvikelseUppgifter(null, "x", LocalDate.of(2026, 11, 20),
                LocalDateTime.of(2026, 11, 19, 8, 0), null, null, Allvarlighet.LAG, Optional.empty());
        assertThatThrownBy(() -> service.skicka(anna, 0, 0, fel)).isInstanceOf(DomainException.class);
        assertThat(service.mina(anna)).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndANonRecipientIsRefused() {
        Avvikelse a = service.skicka(anna, 0, 0, uppgifter(Kategori.IT_FEL, Optional.empty()));
        assertThatThrownBy(() -> service.tillNasta(karin, a.id(), a.version(), Status.MOTTAGEN, "x"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("avvikelse.inteMottagare"));
        service.tillNasta(sofia, a.id(), a.version(), Status.MOTTAGEN, "Tar emot");
        assertThatThrownBy(() -> service.tillNasta(sofia, a.id(), a.version(), Status.MOTTAGEN, "igen"))
                .isInstanceOf(OptimistiskLasningException.class);
    }

    @Test
    void aProtectedCaseLinkIsStoredWithoutItsTextAndReadingItIsInTheAccessLog() {
        Lank skyddad = new Lank(Lank.Typ.ARENDE, 412, "Karin Ek 19850412-9803", true);
        Avvikelse a = service.skicka(anna, 0, 0, uppgifter(Kategori.LEX_SARAH, Optional.of(skyddad)));
        String lagradText = db.tx.iTransaktion(() -> db.tx.handle()
                .createQuery("SELECT lank_text FROM avvikelse WHERE id = :id").bind("id", a.id())
                .mapTo(String.class).findOne().orElse(null));
        assertThat(lagradText).isNull();
        Avvikelse last = service.hamta(lars, a.id());
        assertThat(last.uppgifter().lank().orElseThrow().visning()).isEqualTo("#412");
        assertThat(db.tx.iTransaktion(() -> db.atkomst.senaste(5))).anySatisfy(p -> {
            assertThat(p.arendeId()).isEqualTo(412L);
            assertThat(p.atgard()).isEqualTo("AVVIKELSE_LAS");
        });
        assertThatThrownBy(() -> service.hamta(sofia, a.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("avvikelse.ejAtkomst"));
    }

    @Test
    void lexSarahDecisionAndIvoReportRoundTrip() {
        Avvikelse a = service.skicka(anna, 0, 0, uppgifter(Kategori.LEX_SARAH, Optional.empty()));
        a = service.tillNasta(lars, a.id(), a.version(), Status.MOTTAGEN, "Mottagen");
        a = service.bedomLexSarah(lars, a.id(), a.version(), true, "Påtaglig risk");
        long id = service.registreraIvoAnmalan(lars, a.id(), a.version(), LocalDate.of(2026, 11, 23), "IVO 1234").id();
        Avvikelse lagrad = db.tx.iTransaktion(() -> db.avvikelser.hitta(id)).orElseThrow();
        assertThat(lagrad.lexSarah().orElseThrow().ivoAnmalan().orElseThrow().diarienummer()).isEqualTo("IVO 1234");
        assertThat(lagrad.lexSarah().orElseThrow().allvarligt()).isTrue();
    }

    @Test
    void synpunkterAreRegisteredAnsweredClosedAndCountedInTheCompilation() {
        SynpunktService sp = db.synpunktService();
        Synpunkt s = sp.registrera(anna, Synpunkt.Typ.KLAGOMAL, Synpunkt.Kanal.TELEFON, LocalDate.of(2026, 11, 20),
                "Fick inget svar på min ansökan", Optional.empty());
        assertThat(sp.antalOppna(karin)).isEqualTo(1);
        assertThat(sp.antalOppna(sofia)).isZero();
        assertThatThrownBy(() -> sp.avsluta(karin, s.id(), s.version())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("synpunkt.besvaraForst"));
        Synpunkt b = sp.besvara(karin, s.id(), s.version(), "Vi ringer upp dig i dag.");
        Synpunkt avslutad = sp.avsluta(karin, b.id(), b.version());
        assertThat(avslutad.status()).isEqualTo(Synpunkt.Status.AVSLUTAD);
        assertThat(sp.lista(anna)).singleElement().satisfies(x -> assertThat(x.svar()).isEqualTo("Vi ringer upp dig i dag."));

        service.skicka(anna, 0, 0, uppgifter(Kategori.FEL_I_HANDLAGGNING, Optional.empty()));
        Sammanstallning r = service.sammanstallning(karin, new Halvar(2026, 2), 2);
        assertThat(r.antalAnmalda()).isEqualTo(1);
        assertThat(r.synpunkterPerTyp()).containsEntry(Synpunkt.Typ.KLAGOMAL, 1L);
        assertThat(r.synpunkterAvslutade()).isEqualTo(1);
        assertThatThrownBy(() -> service.sammanstallning(anna, new Halvar(2026, 2), 2))
                .isInstanceOf(DomainException.class);
    }
}
