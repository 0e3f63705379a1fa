package se.bistand.persistence.beslut;

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
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Exempelhushall;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.beslut.BeslutsForutsattningar;
import se.bistand.domain.beslut.RegistreratHushall;
import se.bistand.domain.beslut.Beslutsforslag;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.beslut.LivsforingTyp;
import se.bistand.domain.beslut.Utbetalningsuppgift;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.testhjalp.Minnesportar;
import se.bistand.persistence.berakning.JdbiNormtabellRepository;
import se.bistand.persistence.berakning.NormtabellResurser;
import se.bistand.persistence.grund.Motor;
import se.bistand.persistence.grund.TestDatabas;

/** A livsföring-only decision (utfall EJ_PROVAT, migration V022) stored and read back on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Motor.class)
class EndastLivsforingPersistensTest {

    private static final ArendeId ARENDE = new ArendeId(412);

    @Parameter
    Motor motor;

    private TestDatabas db;
    private BeslutService service;
    private Aktor anna;

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
                    public boolean arTilldelad(Aktor aktor, ArendeId arende) {
                        return true;
                    }

                    @Override
                    public boolean farSe(Aktor aktor, ArendeId arende) {
                        return true;
                    }
                }, db.audit, db.atkomst, db.klocka, (aktor, beslut, utbetalning) -> { },
                new se.bistand.persistence.delegation.JdbiDelegationsRepository(db.tx));
        var id = db.anvandarService().skapa(Aktor.system("test"), "anna", "Anna Lind", Roll.HANDLAGGARE,
                Optional.empty(), "losenord-123".toCharArray());
        anna = new Aktor(id, "anna", "Anna Lind", Roll.HANDLAGGARE);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private BeslutMedBerakning endastLivsforing() {
        return service.fatta(anna, new Beslutsforslag(ARENDE, Exempelhushall.familj(YearMonth.of(2019, 11)),
                Beslutsutfall.EJ_PROVAT, Optional.empty(), "", "4 kap. 1 § SoL", "Barnen påverkas inte.", List.of(
                        new LivsforingPost(LivsforingTyp.TANDVARD, "akut lagning", Money.ofKronor(4500),
                                Beslutsutfall.DELVIS_BIFALL, Money.ofKronor(3000), "Akut behandling enligt kostnadsförslag."),
                        new LivsforingPost(LivsforingTyp.GLASOGON, "", Money.ofKronor(2000), Beslutsutfall.AVSLAG,
                                Money.ZERO, "Glasögon finns sedan i våras.")),
                Optional.of(new Utbetalningsuppgift(1, LocalDate.of(2026, 11, 25)))));
    }

    @Test
    void aLivsforingOnlyDecisionReadsBackAsStored() {
        BeslutMedBerakning sparat = endastLivsforing();
        BeslutMedBerakning last = service.hamta(anna, sparat.beslut().id());
        assertThat(last.beslut()).isEqualTo(sparat.beslut());
        assertThat(last.beslut().utfall()).isEqualTo(Beslutsutfall.EJ_PROVAT);
        assertThat(last.beslut().forsorjningsstod()).isEqualTo(Money.ZERO);
        assertThat(last.beslut().total()).isEqualTo(Money.ofKronor(3000));
        assertThat(last.beslut().berakning().belopp()).as("the snapshot is kept").isEqualTo(Money.ofKronor(11600));
        assertThat(last.beslut().livsforing()).extracting(LivsforingPost::utfall)
                .containsExactly(Beslutsutfall.DELVIS_BIFALL, Beslutsutfall.AVSLAG);
        assertThat(service.manaderMedForsorjningsstod(anna, ARENDE)).isEmpty();
    }

    @Test
    void theDatabaseRefusesForsorjningsstodOrAnAmountAppliedForOnALivsforingOnlyDecision() {
        long id = endastLivsforing().beslut().id().varde();
        assertThatThrownBy(() -> sql("UPDATE beslut SET forsorjningsstod_ore = berakning_belopp_ore, "
                + "total_ore = total_ore + berakning_belopp_ore WHERE id = :id", id)).hasMessageContaining("beslut_ej_provat_ck");
        assertThatThrownBy(() -> sql("UPDATE beslut SET sokt_belopp_ore = 900000 WHERE id = :id", id))
                .hasMessageContaining("beslut_ej_provat_ck");
        assertThatThrownBy(() -> sql("UPDATE beslut SET utfall = 'OKANT' WHERE id = :id", id))
                .as("refused by beslut_utfall_ck (or first by beslut_belopp_ck, depending on the engine)")
                .hasMessageContaining("beslut_");
    }

    /** As the owner would (on PostgreSQL a decision is never updated: V051's trigger; here the checks speak). */
    private void sql(String sql, long id) {
        db.somAgare(h -> h.createUpdate(sql).bind("id", id).execute());
    }
}
