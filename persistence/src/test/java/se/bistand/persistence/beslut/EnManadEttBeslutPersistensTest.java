package se.bistand.persistence.beslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.ArendetsBeslutsForutsattningar;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.arende.Kontrollpunkt;
import se.bistand.domain.arende.Kontrollstatus;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Kostnad;
import se.bistand.domain.berakning.Kostnadstyp;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.beslut.Beslutsforslag;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.Utbetalningsuppgift;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.persistence.arende.ArendeTestmiljo;
import se.bistand.persistence.berakning.JdbiNormtabellRepository;
import se.bistand.persistence.berakning.NormtabellResurser;
import se.bistand.persistence.grund.Motor;

/**
 * The decision is about one month, once, on H2 and PostgreSQL with the real case workspace behind
 * the decision service (as {@code AppContext} wires it): the month's own application, a closed
 * case, the registered household, and a second paying decision — refused by the service and,
 * inserted with SQL behind the application's back, by the database (V023).
 */
@ParameterizedClass
@EnumSource(Motor.class)
class EnManadEttBeslutPersistensTest {

    private static final LocalDate FODD = LocalDate.of(1985, 4, 12);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    @Parameter
    Motor motor;

    private ArendeTestmiljo m;
    private BeslutService service;
    private ArendeId arende;

    @BeforeEach
    void setUp() {
        m = ArendeTestmiljo.ny(motor);
        JdbiNormtabellRepository normtabeller = new JdbiNormtabellRepository(m.db.tx);
        new NormtabellService(m.db.tx, normtabeller, m.db.audit, m.db.klocka)
                .lagraLevererade(Aktor.system("test"), NormtabellResurser.tabeller(), true);
        service = new BeslutService(m.db.tx, new JdbiBeslutRepository(m.db.tx),
                new Berakningstjanst(normtabeller, NormtabellResurser.prisbasbelopp()),
                new ArendetsBeslutsForutsattningar(m.db.tx, m.arendeService, m.arenden), m.db.audit, m.db.atkomst,
                m.db.klocka, (aktor, beslut, utbetalning) -> { },
                new se.bistand.persistence.delegation.JdbiDelegationsRepository(m.db.tx));
        arende = m.arendeService.aktualisera(m.anna, m.person("Karin", "Ek", FODD));
        status(ArendeStatus.NYBESOK_BOKAT);
        status(ArendeStatus.NYBESOK_GENOMFORT);
    }

    @AfterEach
    void tearDown() {
        m.close();
    }

    private void status(ArendeStatus s) {
        m.arendeService.andraStatus(m.anna, arende, m.arendeService.hamta(m.anna, arende).version(), s);
    }

    /** The month's application with its whole checklist checked. */
    private void ansokanMedKlarChecklista(YearMonth manad) {
        m.arendeService.registreraAnsokan(m.anna, arende, m.arendeService.hamta(m.anna, arende).version(), Kanal.DIGITAL,
                manad, m.idag());
        for (Kontrollpunkt p : m.arendeService.oppna(m.anna, arende, Optional.empty()).checklista().stream()
                .filter(c -> !c.klar()).map(c -> c.punkt()).toList()) {
            m.arendeService.markeraKontroll(m.anna, arende, m.arendeService.hamta(m.anna, arende).version(), p,
                    Kontrollstatus.KONTROLLERAD, null);
        }
    }

    private Beslutsforslag bifall(YearMonth manad, List<Hushallsmedlem> hushall) {
        return new Beslutsforslag(arende, new BerakningsUnderlag(manad, OptionalInt.empty(), hushall,
                List.of(new Kostnad(Kostnadstyp.BOENDE, Money.ofKronor(6_000))), List.of()), Beslutsutfall.BIFALL,
                Optional.empty(), "Behovet är styrkt.", "4 kap. 1 § SoL", "Barnens behov tillgodoses.", List.of(),
                Optional.of(new Utbetalningsuppgift(1, LocalDate.of(2026, 11, 25))));
    }

    private Beslutsforslag bifall(YearMonth manad) {
        return bifall(manad, List.of(Hushallsmedlem.sokande(FODD)));
    }

    private static void nekas(Runnable r, String nyckel) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(nyckel));
    }

    /** Copies a stored decision row with SQL, with or without its month key. */
    private void kopieraMedSql(BeslutMedBerakning b, boolean medNyckel) {
        m.db.tx.kor(() -> m.db.tx.handle().execute("INSERT INTO beslut (arende_id, manad, utfall, sokt_belopp_ore, "
                + "motivering, lagrum, barnkonsekvensanalys, underlag, normtabell_id, normtabell_version, normtabell_demo, "
                + "berakning_belopp_ore, forsorjningsstod_ore, total_ore, status, beslutad_av_id, beslutad_av_namn, beslutad, "
                + "innehall_hash, manad_nyckel) SELECT arende_id, manad, utfall, sokt_belopp_ore, motivering, lagrum, "
                + "barnkonsekvensanalys, underlag, normtabell_id, normtabell_version, normtabell_demo, berakning_belopp_ore, "
                + "forsorjningsstod_ore, total_ore, status, beslutad_av_id, beslutad_av_namn, beslutad, innehall_hash, "
                + (medNyckel ? "manad" : "NULL") + " FROM beslut WHERE id = ?", b.beslut().id().varde()));
    }

    private void refuserasAvDatabasen(BeslutMedBerakning b, boolean medNyckel) {
        assertThatThrownBy(() -> kopieraMedSql(b, medNyckel))
                .satisfies(e -> assertThat(String.valueOf(e.getMessage()).toLowerCase()).contains("beslut_manad_nyckel"));
    }

    @Test
    void aPaymentForNovemberDoesNotPassOnACaseWhoseOnlyApplicationIsForDecember() {
        ansokanMedKlarChecklista(DEC);
        nekas(() -> service.fatta(m.anna, bifall(NOV)), "beslut.hinder.ingenAnsokanForManad");
        assertThat(service.fatta(m.anna, bifall(DEC)).beslut().manad()).isEqualTo(DEC);
    }

    @Test
    void theMonthsOwnChecklistMustBeCompleteAndAClosedCaseGetsNoPayment() {
        m.arendeService.registreraAnsokan(m.anna, arende, m.arendeService.hamta(m.anna, arende).version(), Kanal.DIGITAL,
                NOV, m.idag());
        nekas(() -> service.fatta(m.anna, bifall(NOV)), "beslut.hinder.checklistaForManad");
        status(ArendeStatus.AVSLUTAD);
        nekas(() -> service.fatta(m.anna, bifall(NOV)), "beslut.hinder.avslutat");
        assertThat(service.forArende(m.anna, arende)).isEmpty();
    }

    @Test
    void theHouseholdIsTheOneRegisteredInTheCase() {
        ansokanMedKlarChecklista(NOV);
        nekas(() -> service.fatta(m.anna, bifall(NOV, List.of(Hushallsmedlem.sokande(FODD),
                Hushallsmedlem.medsokande(LocalDate.of(1984, 1, 1)), Hushallsmedlem.barn(LocalDate.of(2015, 1, 1)),
                Hushallsmedlem.barn(LocalDate.of(2017, 1, 1)), Hushallsmedlem.barn(LocalDate.of(2019, 1, 1))))),
                "beslut.hushallAvviker");
        nekas(() -> service.fatta(m.anna, bifall(NOV, List.of(Hushallsmedlem.sokande(FODD.minusYears(1))))),
                "beslut.hushallAvviker");
        assertThat(service.forArende(m.anna, arende)).isEmpty();
    }

    @Test
    void aSecondPayingDecisionIsRefusedByTheServiceAndBySqlAndAChangeMovesTheMonthKey() {
        ansokanMedKlarChecklista(NOV);
        BeslutMedBerakning forsta = service.fatta(m.anna, bifall(NOV));
        nekas(() -> service.fatta(m.anna, bifall(NOV)), "beslut.manadRedanBeslutad");
        refuserasAvDatabasen(forsta, true);
        refuserasAvDatabasen(forsta, false);

        BeslutMedBerakning andrat = service.andra(m.anna, forsta.beslut().id(), bifall(NOV));
        assertThat(m.db.tx.iTransaktion(() -> m.db.tx.handle().createQuery(
                        "SELECT ersatt, manad_nyckel FROM beslut WHERE id = :id").bind("id", forsta.beslut().id().varde())
                .map((rs, c) -> rs.getBoolean(1) + " " + rs.getString(2)).one())).isEqualTo("true null");
        refuserasAvDatabasen(andrat, true);
        refuserasAvDatabasen(andrat, false);
        assertThat(service.gallandeForManad(m.anna, arende, NOV)).map(b -> b.beslut().id())
                .contains(andrat.beslut().id());
        assertThat(service.forArende(m.anna, arende)).hasSize(2);
    }
}
