package se.bistand.persistence.betalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Plusgiro;
import se.bistand.domain.betalning.Riskbedomning;
import se.bistand.domain.betalning.Riskflagga;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.persistence.grund.Motor;
import se.bistand.persistence.grund.TestDatabas;

/** Rejection, account change and staff accounts stored and read back on H2 and PostgreSQL (migration V033). */
@ParameterizedClass
@EnumSource(Motor.class)
class BetalningsmottagarePersistensTest {

    @Parameter
    Motor motor;

    private TestDatabas db;
    private JdbiBetalningsmottagareRepository repo;
    private BetalningsmottagareService service;
    private Aktor anna;
    private Aktor maria;
    private Aktor karin;
    private Aktor sofia;

    @BeforeEach
    void setUp() {
        db = TestDatabas.ny(motor);
        repo = new JdbiBetalningsmottagareRepository(db.tx);
        service = new BetalningsmottagareService(db.tx, repo, () -> new Riskbedomning(java.util.Map.of(),
                repo.personalkonton(), Set.of()), db.audit, db.atkomst, db.klocka,
                new se.bistand.domain.arende.Skyddsfilter(new se.bistand.persistence.arende.JdbiPersonRepository(db.tx,
                        db.klocka), new se.bistand.persistence.arende.JdbiArendeRepository(db.tx)));
        anna = anvandare("anna", Roll.HANDLAGGARE);
        maria = anvandare("maria", Roll.GRUPPLEDARE);
        karin = anvandare("karin", Roll.ENHETSCHEF);
        sofia = anvandare("sofia", Roll.SYSTEMFORVALTARE);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Aktor anvandare(String namn, Roll roll) {
        db.anvandarService().skapa(Aktor.system("test"), namn, namn, roll, Optional.empty(), "losenord-123".toCharArray());
        return db.tx.iTransaktion(() -> db.anvandare.hitta(namn)).orElseThrow().somAktor();
    }

    private long klient() {
        return service.registrera(anna, "Karin Ek", Optional.of(Personnummer.av(LocalDate.of(1985, 4, 12), 980, false)),
                Optional.empty(), Bankkonto.parse("9420", "4172385"));
    }

    private Betalningsmottagare hamta(long id) {
        return db.tx.iTransaktion(() -> repo.hitta(id)).orElseThrow();
    }

    private void sql(String sql, long id) {
        db.tx.kor(() -> db.tx.handle().createUpdate(sql).bind("id", id).execute());
    }

    @Test
    void aRejectionIsStoredWithWhoWhenAndWhy() {
        long id = klient();
        service.avvisa(karin, id, "Kontot tillhör någon annan.");
        Betalningsmottagare m = hamta(id);
        assertThat(m.status()).isEqualTo(Betalningsmottagare.Status.AVVISAD);
        assertThat(m.avvisning()).hasValueSatisfying(a -> {
            assertThat(a.av()).isEqualTo(karin.id());
            assertThat(a.tid()).isEqualTo(db.klocka.instant());
            assertThat(a.orsak()).isEqualTo("Kontot tillhör någon annan.");
        });
        assertThat(m.version()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesARejectionByTheRegistrantOrWithoutAReason() {
        long id = klient();
        assertThatThrownBy(() -> sql("UPDATE betalningsmottagare SET status = 'AVVISAD', avvisad_av = registrerad_av, "
                + "avvisad = CURRENT_TIMESTAMP, avvisningsorsak = 'x' WHERE id = :id", id))
                .hasMessageContaining("mottagare_avvisning_fyra_ogon");
        assertThatThrownBy(() -> sql("UPDATE betalningsmottagare SET status = 'AVVISAD' WHERE id = :id", id))
                .hasMessageContaining("mottagare_avvisad_ck");
    }

    @Test
    void aChangeKeepsTheRegistrantRecordsTheChangerAndTheDatabaseRefusesTheChangerAsApprover() {
        long id = klient();
        service.godkann(karin, id);
        service.andraKonto(maria, id, Plusgiro.parse("44 55 2"));
        Betalningsmottagare m = hamta(id);
        assertThat(m.registreradAv()).isEqualTo(anna.id());
        assertThat(m.kontoAndradAv()).contains(maria.id());
        assertThat(m.konto()).isEqualTo(Plusgiro.parse("44552"));
        assertThat(m.status()).isEqualTo(Betalningsmottagare.Status.VANTAR);
        assertThat(m.godkandAv()).isEmpty();
        assertThatThrownBy(() -> sql("UPDATE betalningsmottagare SET status = 'GODKAND', godkand_av = konto_andrad_av, "
                + "godkand = CURRENT_TIMESTAMP WHERE id = :id", id))
                .hasMessageContaining("mottagare_andring_fyra_ogon");
        service.godkann(karin, id);
        assertThat(hamta(id).godkandAv()).contains(karin.id());
    }

    @Test
    void aStaffAccountIsStoredAsEnteredAndAnOlderKeyOnlyRowIsStillListed() {
        db.tx.kor(() -> db.tx.handle().createUpdate("INSERT INTO personalkonto (anvandare_id, konto_nyckel) VALUES (:a, 'BG:56781234')")
                .bind("a", maria.id().varde()).execute());
        service.registreraPersonalkonto(sofia, anna.id(), Bankgiro.parse("5050-1055"));
        assertThat(service.personalkonton(sofia)).satisfiesExactlyInAnyOrder(
                p -> {
                    assertThat(p.anvandare()).isEqualTo(anna.id());
                    assertThat(p.konto()).contains(Bankgiro.parse("5050-1055"));
                    assertThat(p.registrerad()).contains(db.klocka.instant());
                    assertThat(p.registreradAv()).contains(sofia.id());
                },
                p -> {
                    assertThat(p.anvandare()).isEqualTo(maria.id());
                    assertThat(p.konto()).isEmpty();
                    assertThat(p.visning()).isEqualTo("BG:56781234");
                });
        long id = service.registrera(anna, "Fastighets AB Solgläntan", Optional.empty(),
                Optional.of(se.bistand.domain.betalning.Organisationsnummer.parse("556036-0793")),
                Bankgiro.parse("5050-1055"));
        assertThat(service.lista(karin)).filteredOn(f -> f.mottagare().id() == id).singleElement()
                .satisfies(f -> assertThat(f.flaggor()).contains(Riskflagga.KONTO_PERSONAL));
        assertThat(db.auditService().senasteHandelser(sofia, 20)).extracting(h -> h.handelse())
                .contains("PERSONALKONTO_REGISTRERAT");
    }
}
