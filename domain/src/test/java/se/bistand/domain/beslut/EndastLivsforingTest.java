package se.bistand.domain.beslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Exempelhushall;
import se.bistand.domain.berakning.Normtabeller;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.testhjalp.MinnesBeslutRepository;
import se.bistand.domain.testhjalp.MinnesDelegation;
import se.bistand.domain.testhjalp.Minnesportar;

/**
 * A decision that grants (or refuses) only livsföring i övrigt and does not try the monthly
 * försörjningsstöd ({@link Beslutsutfall#EJ_PROVAT}): its rules, with the service on in-memory ports.
 */
class EndastLivsforingTest {

    private static final ArendeId ARENDE = new ArendeId(412);
    private static final Optional<Utbetalningsuppgift> UTBETALNING = Optional.of(
            new Utbetalningsuppgift(1, LocalDate.of(2021, 7, 26)));
    private static final LivsforingPost GLASOGON = new LivsforingPost(LivsforingTyp.GLASOGON, "Läsglasögon",
            Money.ofKronor(1200), Beslutsutfall.BIFALL, Money.ofKronor(1200), "Ordinerade av optiker.");

    private final MinnesBeslutRepository repo = new MinnesBeslutRepository();
    private final List<Beslut> lagrade = repo.lagrade();
    private final List<BeslutMedBerakning> overlamnade = new ArrayList<>();
    private final List<String> audit = new ArrayList<>();
    private final Aktor anna = new Aktor(new AnvandareId(7), "anna", "Anna Lind", Roll.HANDLAGGARE);
    private final BeslutService service = new BeslutService(Minnesportar.direkt(), repo, new Berakningstjanst(Normtabeller.repository(), Normtabeller.prisbasbelopp()), new BeslutsForutsattningar() {
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
    }, Minnesportar.audit(h -> audit.add(h.handelse() + " " + h.efter())), Minnesportar.atkomst(r -> { }), Clock.fixed(Instant.parse("2021-07-20T08:00:00Z"), ZoneOffset.UTC),
            (aktor, beslut, utbetalning) -> overlamnade.add(beslut), MinnesDelegation.flen2020());

    private static Beslutsforslag endastLivsforing(YearMonth manad, Optional<Money> sokt, String motivering,
                                                   LivsforingPost... poster) {
        return new Beslutsforslag(ARENDE, Exempelhushall.familj(manad), Beslutsutfall.EJ_PROVAT, sokt, motivering,
                "4 kap. 1 § SoL", "Barnens behov påverkas inte.", List.of(poster), UTBETALNING);
    }

    private static Beslutsforslag bifall(YearMonth manad) {
        return new Beslutsforslag(ARENDE, Exempelhushall.familj(manad), Beslutsutfall.BIFALL, Optional.empty(),
                "Behovet är styrkt.", "4 kap. 1 § SoL", "Barnens behov tillgodoses.", List.of(), UTBETALNING);
    }

    @Test
    void aLivsforingOnlyDecisionPaysTheItemsAndNoForsorjningsstodThoughTheCalculationGivesSome() {
        BeslutMedBerakning b = service.fatta(anna, endastLivsforing(YearMonth.of(2019, 11), Optional.empty(), "",
                GLASOGON));
        assertThat(b.berakning().belopp()).as("the calculation alone would give försörjningsstöd")
                .isEqualTo(Money.ofKronor(11600));
        assertThat(b.beslut().utfall()).isEqualTo(Beslutsutfall.EJ_PROVAT);
        assertThat(b.beslut().provarForsorjningsstod()).isFalse();
        assertThat(b.beslut().forsorjningsstod()).isEqualTo(Money.ZERO);
        assertThat(b.beslut().total()).isEqualTo(Money.ofKronor(1200));
        assertThat(b.beslut().soktBelopp()).isEmpty();
        assertThat(overlamnade).as("it pays, so it goes on to attest").singleElement()
                .satisfies(o -> assertThat(o.beslut().total()).isEqualTo(Money.ofKronor(1200)));
        assertThat(audit).anyMatch(a -> a.startsWith("BESLUT_FATTAT") && a.contains("utfall=EJ_PROVAT")
                && a.contains("forsorjningsstod=0.00"));
    }

    @Test
    void aLivsforingOnlyDecisionNeedsAtLeastOneItem() {
        assertThatThrownBy(() -> service.fatta(anna, endastLivsforing(YearMonth.of(2019, 11), Optional.empty(), "")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("beslut.endastLivsforingUtanPost");
                    assertThat(e.falt()).contains("livsforing");
                });
        assertThat(lagrade).isEmpty();
    }

    @Test
    void aLivsforingOnlyDecisionTakesNoAmountAppliedForAsForsorjningsstod() {
        assertThatThrownBy(() -> service.fatta(anna, endastLivsforing(YearMonth.of(2019, 11),
                Optional.of(Money.ofKronor(9000)), "", GLASOGON)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("beslut.endastLivsforingMedSoktBelopp");
                    assertThat(e.falt()).contains("soktBelopp");
                });
    }

    @Test
    void theItemsCarryTheMotiveringButLagrumAndItemMotiveringAreStillRequired() {
        assertThat(service.fatta(anna, endastLivsforing(YearMonth.of(2019, 11), Optional.empty(), " ", GLASOGON))
                .beslut().motivering()).isEmpty();
        Beslutsforslag utanLagrum = new Beslutsforslag(ARENDE, Exempelhushall.familj(YearMonth.of(2019, 11)),
                Beslutsutfall.EJ_PROVAT, Optional.empty(), "", "", "x", List.of(GLASOGON), UTBETALNING);
        assertThatThrownBy(() -> service.fatta(anna, utanLagrum)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("beslut.lagrumSaknas"));
        LivsforingPost utanMotivering = new LivsforingPost(LivsforingTyp.TANDVARD, "", Money.ofKronor(800),
                Beslutsutfall.BIFALL, Money.ofKronor(800), "");
        assertThatThrownBy(() -> service.fatta(anna, endastLivsforing(YearMonth.of(2019, 11), Optional.empty(), "",
                utanMotivering))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.falt()).contains("livsforing[0].motivering"));
    }

    @Test
    void anItemIsAlwaysTried() {
        assertThatThrownBy(() -> new LivsforingPost(LivsforingTyp.FLYTT, "", Money.ofKronor(100), Beslutsutfall.EJ_PROVAT,
                Money.ZERO, "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLivsforingOnlyMonthIsNotAMonthWithForsorjningsstodNorTheStartOfNextMonthsCalculation() {
        for (int m = 1; m <= 5; m++) {
            service.fatta(anna, bifall(YearMonth.of(2021, m)));
        }
        service.fatta(anna, endastLivsforing(YearMonth.of(2021, 6), Optional.empty(), "", GLASOGON));
        assertThat(service.manaderMedForsorjningsstod(anna, ARENDE)).hasSize(5).doesNotContain(YearMonth.of(2021, 6));
        assertThat(service.jobbstimulans(anna, ARENDE, YearMonth.of(2021, 7)).berattigad())
                .as("five months of försörjningsstöd and a livsföring-only month are not six in a row").isFalse();
        assertThat(service.senasteFore(anna, ARENDE, YearMonth.of(2021, 7)).orElseThrow().beslut().manad())
                .isEqualTo(YearMonth.of(2021, 5));
    }

    @Test
    void theHashCoversTheOutcomeSoALivsforingOnlyDecisionCannotBeTurnedIntoARefusalUnseen() {
        Beslut b = service.fatta(anna, endastLivsforing(YearMonth.of(2019, 11), Optional.empty(), "", GLASOGON)).beslut();
        Beslut somAvslag = new Beslut(b.id(), b.arende(), b.manad(), Beslutsutfall.AVSLAG, b.soktBelopp(), b.motivering(),
                b.lagrum(), b.barnkonsekvensanalys(), b.berakning(), b.forsorjningsstod(), b.livsforing(), b.total(),
                b.ersatter(), b.status(), b.beslutadAv(), b.beslutadAvNamn(), b.beslutad());
        assertThat(Beslutshash.av(somAvslag)).isNotEqualTo(Beslutshash.av(b));
    }
}
