package se.bistand.persistence.beslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Exempelhushall;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.beslut.BeslutFattat;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.beslut.BeslutStatus;
import se.bistand.domain.beslut.BeslutsForutsattningar;
import se.bistand.domain.beslut.Beslutsforslag;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.beslut.LivsforingTyp;
import se.bistand.domain.beslut.Utbetalningsuppgift;
import se.bistand.domain.beslut.RegistreratHushall;
import se.bistand.domain.beslut.Utskottsbeslut;
import se.bistand.domain.testhjalp.Minnesportar;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.persistence.berakning.JdbiNormtabellRepository;
import se.bistand.persistence.berakning.NormtabellResurser;
import se.bistand.persistence.delegation.JdbiDelegationsRepository;
import se.bistand.persistence.grund.Motor;
import se.bistand.persistence.grund.TestDatabas;

/**
 * Proposals above the maker's delegation, refusals included (V025), on H2 and PostgreSQL: who
 * decided a proposal reads back, and the database refuses the maker as its decider and a second decider.
 */
@ParameterizedClass
@EnumSource(Motor.class)
class ForslagPersistensTest {

    private static final ArendeId ARENDE = new ArendeId(412);

    @Parameter
    Motor motor;

    private TestDatabas db;
    private BeslutService service;
    private final List<String> vidare = new ArrayList<>();
    private Aktor anna;
    private Aktor erik;
    private Aktor karin;

    @BeforeEach
    void setUp() {
        db = TestDatabas.ny(motor);
        JdbiNormtabellRepository normtabeller = new JdbiNormtabellRepository(db.tx);
        new NormtabellService(db.tx, normtabeller, db.audit, db.klocka)
                .lagraLevererade(Aktor.system("test"), NormtabellResurser.tabeller(), true);
        service = new BeslutService(db.tx, new JdbiBeslutRepository(db.tx),
                new Berakningstjanst(normtabeller, NormtabellResurser.prisbasbelopp()), new BeslutsForutsattningar() {
                    @Override
                    public List<Hinder> hinderForUtbetalning(ArendeId arende, YearMonth manad) {
                        return List.of();
                    }

                    @Override
                    public RegistreratHushall hushall(ArendeId arende, YearMonth manad) {
                        return Minnesportar.hushall(Exempelhushall.familj(manad));
                    }

                    @Override
                    public boolean farSe(Aktor aktor, ArendeId arende) {
                        return true;
                    }

                    @Override
                    public boolean arTilldelad(Aktor aktor, ArendeId arende) {
                        return true;
                    }
                }, db.audit, db.atkomst, db.klocka, new BeslutFattat() {
                    @Override
                    public void fattat(Aktor aktor, BeslutMedBerakning b, Utbetalningsuppgift u) {
                        vidare.add("attest " + b.beslut().status());
                    }

                    @Override
                    public void forslagFattat(Aktor aktor, BeslutMedBerakning b) {
                        vidare.add("fattat av " + aktor.anvandarnamn());
                    }
                }, new JdbiDelegationsRepository(db.tx));
        anna = anvandare("anna", "Anna Lind", Roll.HANDLAGGARE);
        erik = anvandare("erik", "Erik Berg", Roll.SOCIALSEKRETERARE);
        karin = anvandare("karin", "Karin Holm", Roll.ENHETSCHEF);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Aktor anvandare(String namn, String fullt, Roll roll) {
        var id = db.anvandarService().skapa(Aktor.system("test"), namn, fullt, roll, Optional.empty(),
                "losenord-123".toCharArray());
        return new Aktor(id, namn, fullt, roll);
    }

    private BeslutMedBerakning tandvard(long sokt, Beslutsutfall utfall, long beviljat) {
        return service.fatta(anna, new Beslutsforslag(ARENDE, Exempelhushall.familj(YearMonth.of(2019, 11)),
                Beslutsutfall.EJ_PROVAT, Optional.empty(), "", "4 kap. 1 § SoL", "Barnen påverkas inte.", List.of(
                        new LivsforingPost(LivsforingTyp.TANDVARD, "Tandvård", Money.ofKronor(sokt), utfall,
                                Money.ofKronor(beviljat), "Enligt kostnadsförslag.")),
                Optional.of(new Utbetalningsuppgift(1, LocalDate.of(2026, 11, 25)))));
    }

    @Test
    void aProposalDecidedByADelegateReadsBackWithItsDecider() {
        BeslutId id = tandvard(8_000, Beslutsutfall.BIFALL, 8_000).beslut().id();
        assertThat(service.hamta(anna, id).beslut().status()).isEqualTo(BeslutStatus.FORSLAG);
        assertThat(vidare).containsExactly("attest FORSLAG");

        service.fattaForslag(erik, id);
        BeslutMedBerakning last = service.hamta(anna, id);
        assertThat(last.beslut().status()).isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(last.fattande()).hasValueSatisfying(f -> {
            assertThat(f.delegat()).contains(erik.id());
            assertThat(f.delegatRoll()).contains(Roll.SOCIALSEKRETERARE);
            assertThat(f.utskott()).isEmpty();
        });
        assertThat(service.forBeslutsbrev(anna, id).beslutsfattare())
                .hasValueSatisfying(f -> assertThat(f.namn()).isEqualTo("Erik Berg"));
        assertThat(vidare).endsWith("fattat av erik");
    }

    @Test
    void theUtskottsDecisionReadsBack() {
        BeslutId id = tandvard(25_000, Beslutsutfall.BIFALL, 25_000).beslut().id();
        LocalDate idag = LocalDate.ofInstant(db.klocka.instant(), db.klocka.getZone());
        service.registreraUtskottsbeslut(karin, id, idag, "§ 14", Utskottsbeslut.Utfall.ENLIGT_FORSLAG);
        BeslutMedBerakning last = service.hamta(anna, id);
        assertThat(last.beslut().status()).isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(last.fattande()).hasValueSatisfying(f -> {
            assertThat(f.utskott()).contains(new Utskottsbeslut(idag, "§ 14", Utskottsbeslut.Utfall.ENLIGT_FORSLAG));
            assertThat(f.registreradAv()).isEqualTo(karin.id());
            assertThat(f.delegat()).isEmpty();
        });
    }

    @Test
    void aRefusalAboveTheMakersDelegationIsAProposalUntilAChefDecidesIt() {
        assertThat(tandvard(4_000, Beslutsutfall.AVSLAG, 0).beslut().status()).isEqualTo(BeslutStatus.BESLUTAD);
        BeslutMedBerakning avslag = tandvard(12_000, Beslutsutfall.AVSLAG, 0);
        assertThat(service.hamta(anna, avslag.beslut().id()).beslut().status()).isEqualTo(BeslutStatus.FORSLAG);
        assertThatThrownBy(() -> service.fattaForslag(erik, avslag.beslut().id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("delegation.over"));
        service.fattaForslag(karin, avslag.beslut().id());
        assertThat(service.hamta(anna, avslag.beslut().id()).beslut().status()).isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(vidare).as("a refusal pays nothing").isEmpty();
    }

    @Test
    void theDatabaseRefusesTheMakerAsDeciderASecondDeciderAndAnUnknownStatus() {
        long id = tandvard(8_000, Beslutsutfall.BIFALL, 8_000).beslut().id().varde();
        assertThatThrownBy(() -> fattande(id, anna)).hasMessageContaining("beslut_fattande_annan_ck");
        fattande(id, erik);
        assertThatThrownBy(() -> fattande(id, karin)).as("one decider per decision").isNotNull();
        assertThatThrownBy(() -> db.tx.kor(() -> db.tx.handle().createUpdate(
                "UPDATE beslut SET status = 'GODKAND' WHERE id = :id").bind("id", id).execute()))
                .hasMessageContaining("beslut_status_ck");
    }

    /** Inserts a decider row directly, as a tool that skipped the domain would. */
    private void fattande(long beslutId, Aktor vem) {
        db.tx.kor(() -> db.tx.handle().createUpdate("INSERT INTO beslut_fattande (beslut_id, forslag_av_id, delegat_id, "
                        + "delegat_namn, delegat_roll, registrerad_av_id, registrerad) SELECT id, beslutad_av_id, :v, 'x', "
                        + "'ENHETSCHEF', :v, CURRENT_TIMESTAMP FROM beslut WHERE id = :id")
                .bind("id", beslutId).bind("v", vem.id().varde()).execute());
    }
}
