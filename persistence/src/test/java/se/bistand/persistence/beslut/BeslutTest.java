package se.bistand.persistence.beslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Exempelhushall;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Kostnad;
import se.bistand.domain.berakning.Kostnadstyp;
import se.bistand.domain.berakning.NormtabellParser;
import se.bistand.domain.berakning.NormtabellPost;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.berakning.UnderlagFormat;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutRepository;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.beslut.Utbetalningsuppgift;
import se.bistand.domain.beslut.BeslutsForutsattningar;
import se.bistand.domain.beslut.RegistreratHushall;
import se.bistand.domain.beslut.Beslutsforslag;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.beslut.LivsforingTyp;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Integritetsfel;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.testhjalp.Minnesportar;
import se.bistand.persistence.berakning.JdbiNormtabellRepository;
import se.bistand.persistence.berakning.NormtabellResurser;
import se.bistand.persistence.grund.TestDatabas;

/** Decisions on a real H2: one amount from calculation to storage, immutable, changed only by a new decision. */
class BeslutTest {

    private static final ArendeId ARENDE = new ArendeId(412);

    private final TestDatabas db = TestDatabas.ny();
    private final JdbiNormtabellRepository normtabeller = new JdbiNormtabellRepository(db.tx);
    private final NormtabellService normtabellService = new NormtabellService(db.tx, normtabeller, db.audit, db.klocka);
    private final JdbiBeslutRepository repo = new JdbiBeslutRepository(db.tx);
    private final List<BeslutsForutsattningar.Hinder> hinder = new ArrayList<>();
    private boolean farSe = true;
    private final BeslutsForutsattningar forutsattningar = new BeslutsForutsattningar() {
        @Override
        public List<Hinder> hinderForUtbetalning(ArendeId arende, YearMonth manad) {
            return hinder;
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
            return farSe;
        }
    };
    private final List<BeslutMedBerakning> overlamnade = new ArrayList<>();
    private final BeslutService service = new BeslutService(db.tx, repo,
            new Berakningstjanst(normtabeller, NormtabellResurser.prisbasbelopp()), forutsattningar, db.audit,
            db.atkomst, db.klocka, (aktor, beslut, utbetalning) -> overlamnade.add(beslut),
            new se.bistand.persistence.delegation.JdbiDelegationsRepository(db.tx));
    private final Aktor anna;

    BeslutTest() {
        normtabellService.lagraLevererade(Aktor.system("test"), NormtabellResurser.tabeller(), true);
        anna = anvandare("anna", Roll.HANDLAGGARE);
    }

    @AfterEach
    void stang() {
        db.close();
    }

    private Aktor anvandare(String namn, Roll roll) {
        var id = db.anvandarService().skapa(Aktor.system("test"), namn, namn, roll, Optional.empty(),
                "losenord-123".toCharArray());
        return new Aktor(id, namn, namn, roll);
    }

    private static final Optional<Utbetalningsuppgift> UTBETALNING = Optional.of(
            new Utbetalningsuppgift(1, java.time.LocalDate.of(2026, 11, 25)));

    private static BerakningsUnderlag familj(YearMonth manad) {
        return Exempelhushall.familj(manad);
    }

    private static Beslutsforslag bifall(BerakningsUnderlag u, LivsforingPost... poster) {
        return new Beslutsforslag(ARENDE, u, Beslutsutfall.BIFALL, Optional.empty(), "Behovet är styrkt.",
                "4 kap. 1 § SoL", "Barnens behov är tillgodosedda genom normen.", List.of(poster), UTBETALNING);
    }

    @Test
    void theDecidedAmountIsTheCalculatedAmountAndReadsBackTheSame() {
        LivsforingPost glasogon = new LivsforingPost(LivsforingTyp.GLASOGON, "Glasögon till barnet", Money.ofKronor(1200),
                Beslutsutfall.BIFALL, Money.ofKronor(1200), "Ordinerade av optiker.");
        BeslutMedBerakning sparat = service.fatta(anna, bifall(familj(YearMonth.of(2019, 11)), glasogon));
        assertThat(sparat.beslut().forsorjningsstod()).isEqualTo(Money.ofKronor(11600));
        assertThat(sparat.beslut().total()).isEqualTo(Money.ofKronor(12800));
        assertThat(sparat.beslut().berakning().belopp()).isEqualTo(sparat.berakning().belopp());

        BeslutMedBerakning last = service.hamta(anna, sparat.beslut().id());
        assertThat(last.beslut()).isEqualTo(sparat.beslut());
        assertThat(last.berakning()).isEqualTo(sparat.berakning());
        assertThat(last.beslut().berakning().stammerMed(last.berakning())).isTrue();
        assertThat(last.beslut().berakning().poster()).containsEntry("belopp", Money.ofKronor(11600))
                .containsEntry("norm", Money.ofKronor(12070)).containsEntry("bortsett", Money.ofKronor(2250));
        assertThat(last.beslut().livsforing()).containsExactly(glasogon);
        assertThat(last.beslut().beslutadAv()).isEqualTo(anna.id());
        assertThat(overlamnade).as("handed on as stored, in the same transaction").singleElement()
                .satisfies(o -> assertThat(o.beslut()).isEqualTo(sparat.beslut()));
        assertThat(db.tx.iTransaktion(() -> db.audit.senaste(5)).stream().map(h -> h.handelse()))
                .contains("BESLUT_FATTAT");
    }

    /** Issue 11: deciding on or reading the decisions of a case the user may not see (skyddad identitet). */
    @Test
    void aUserWhoMayNotSeeTheCaseNeitherDecidesOnItNorReadsItsDecisions() {
        BeslutMedBerakning sparat = service.fatta(anna, bifall(familj(YearMonth.of(2019, 11))));
        farSe = false;
        int fore = overlamnade.size();
        for (Runnable r : List.<Runnable>of(() -> service.fatta(anna, bifall(familj(YearMonth.of(2019, 12)))),
                () -> service.andra(anna, sparat.beslut().id(), bifall(familj(YearMonth.of(2019, 11)))),
                () -> service.hamta(anna, sparat.beslut().id()), () -> service.forArende(anna, ARENDE))) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.key()).isEqualTo("arende.skyddadIdentitet"));
        }
        assertThat(overlamnade).hasSize(fore);
        assertThat(db.tx.iTransaktion(() -> repo.forArende(ARENDE))).hasSize(1);
    }

    @Test
    void aSavedDecisionRecomputesWithItsOwnTableVersionAfterANewVersionIsConfirmed() {
        BeslutMedBerakning sparat = service.fatta(anna, bifall(familj(YearMonth.of(2021, 3))));
        Aktor sofia = anvandare("sofia", Roll.SYSTEMFORVALTARE);
        Aktor per = anvandare("per", Roll.SYSTEMFORVALTARE);
        StringBuilder csv = new StringBuilder();
        NormtabellParser.belopp(NormtabellResurser.tabeller().get(1)).forEach((k, b) ->
                csv.append(k).append(';').append(b.plus(Money.ofKronor(10)).toPlainString()).append('\n'));
        NormtabellPost v2 = normtabellService.registrera(sofia, NormtabellParser.franCsv(2021, "SFS 2020:1013 rättad", csv.toString()));
        normtabellService.bekrafta(per, v2.dbId());

        BeslutMedBerakning last = service.hamta(anna, sparat.beslut().id());
        assertThat(last.berakning().normtabellVersion()).isEqualTo(1);
        assertThat(last.beslut().total()).isEqualTo(sparat.beslut().total());
        BeslutMedBerakning nytt = service.andra(anna, sparat.beslut().id(), bifall(familj(YearMonth.of(2021, 3))));
        assertThat(nytt.berakning().normtabellVersion()).isEqualTo(2);
        assertThat(nytt.beslut().total()).isEqualTo(sparat.beslut().total().plus(Money.ofKronor(40)));
    }

    @Test
    void aChangeIsANewDecisionThatReferencesTheOldOneWhichCanBeReplacedOnlyOnce() {
        BeslutMedBerakning forsta = service.fatta(anna, bifall(familj(YearMonth.of(2019, 11))));
        BerakningsUnderlag hogreHyra = new BerakningsUnderlag(YearMonth.of(2019, 11), OptionalInt.empty(),
                familj(YearMonth.of(2019, 11)).medlemmar(), List.of(new Kostnad(Kostnadstyp.BOENDE, Money.parse("9000.00"))),
                familj(YearMonth.of(2019, 11)).inkomster());
        BeslutMedBerakning andra = service.andra(anna, forsta.beslut().id(), bifall(hogreHyra));
        assertThat(andra.beslut().ersatter()).contains(forsta.beslut().id());
        assertThat(service.hamta(anna, forsta.beslut().id()).ersattAv()).contains(andra.beslut().id());
        assertThat(service.hamta(anna, forsta.beslut().id()).beslut().total()).isEqualTo(Money.ofKronor(11600));
        assertThat(service.forArende(anna, ARENDE)).extracting(b -> b.arGallande()).containsExactly(true, false);
        assertThatThrownBy(() -> service.andra(anna, forsta.beslut().id(), bifall(hogreHyra)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("beslut.redanErsatt"));
        assertThatThrownBy(() -> service.andra(anna, andra.beslut().id(), bifall(familj(YearMonth.of(2019, 12)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("beslut.ersatterAnnat"));
    }

    @Test
    void thereIsNoWayToEditADecisionAndAChangeInTheDatabaseIsRefusedOnRead() {
        assertThat(Arrays.stream(BeslutRepository.class.getMethods()).map(Method::getName))
                .as("no edit of a decision's content: only its status moves (a proposal decided, V025)")
                .containsExactlyInAnyOrder("spara", "hitta", "forArende", "ersattAv", "sattStatus", "registreraFattande",
                        "fattande");
        BeslutMedBerakning sparat = service.fatta(anna, bifall(familj(YearMonth.of(2019, 11))));
        db.tx.kor(() -> db.tx.handle().execute("UPDATE beslut SET total_ore = total_ore + 100000 WHERE id = ?",
                sparat.beslut().id().varde()));
        assertThatThrownBy(() -> service.hamta(anna, sparat.beslut().id())).hasMessageContaining("hash")
                .isInstanceOfSatisfying(Integritetsfel.class, e -> {
                    assertThat(e.key()).isEqualTo("beslut.hashStammerInte");
                    assertThat(e.args()).containsExactly(sparat.beslut().id().varde(), e.incident());
                    assertThat(e.incident()).matches("[0-9A-F]{8}");
                });
    }

    @Test
    void aChangedStoredSubtotalIsCaughtByTheRecomputation() {
        BeslutMedBerakning sparat = service.fatta(anna, bifall(familj(YearMonth.of(2019, 11))));
        var b = sparat.beslut();
        var poster = new java.util.LinkedHashMap<>(b.berakning().poster());
        poster.put("norm", Money.ofKronor(1));
        var fel = new se.bistand.domain.beslut.LagradBerakning(b.berakning().underlag(), b.berakning().normtabellId(),
                b.berakning().normtabellVersion(), false, poster, b.berakning().belopp());
        assertThat(fel.stammerMed(sparat.berakning())).isFalse();
        assertThat(UnderlagFormat.las(UnderlagFormat.skriv(b.berakning().underlag()))).isEqualTo(b.berakning().underlag());
    }

    @Test
    void noPayingDecisionWhileTheCaseHasAHinderButARefusalIsAllowed() {
        hinder.add(new BeslutsForutsattningar.Hinder("beslut.checklistaOfullstandig", List.of(3)));
        assertThatThrownBy(() -> service.fatta(anna, bifall(familj(YearMonth.of(2019, 11)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("beslut.checklistaOfullstandig"));
        Beslutsforslag avslag = new Beslutsforslag(ARENDE, familj(YearMonth.of(2019, 11)), Beslutsutfall.AVSLAG,
                Optional.empty(), "Inte aktivt arbetssökande.", "4 kap. 1 § SoL", "Barnen påverkas; se analys.", List.of());
        assertThat(service.fatta(anna, avslag).beslut().total()).isEqualTo(Money.ZERO);
        assertThat(overlamnade).as("a refusal pays nothing and is not handed on").isEmpty();
    }

    @Test
    void aPayingDecisionNeedsARecipientAndPaymentDate() {
        Beslutsforslag utan = new Beslutsforslag(ARENDE, familj(YearMonth.of(2019, 11)), Beslutsutfall.BIFALL,
                Optional.empty(), "Behovet är styrkt.", "4 kap. 1 § SoL", "Analys gjord.", List.of());
        assertFel(utan, "mottagare", "beslut.utbetalningSaknas");
        assertThat(db.tx.iTransaktion(() -> repo.forArende(ARENDE))).isEmpty();
    }

    @Test
    void aDecisionNeedsMotiveringLagrumAndWithChildrenABarnkonsekvensanalys() {
        BerakningsUnderlag u = familj(YearMonth.of(2019, 11));
        assertFel(new Beslutsforslag(ARENDE, u, Beslutsutfall.BIFALL, Optional.empty(), " ", "4 kap. 1 § SoL", "x", List.of()),
                "motivering", "beslut.motiveringSaknas");
        assertFel(new Beslutsforslag(ARENDE, u, Beslutsutfall.BIFALL, Optional.empty(), "m", "", "x", List.of()),
                "lagrum", "beslut.lagrumSaknas");
        assertFel(new Beslutsforslag(ARENDE, u, Beslutsutfall.BIFALL, Optional.empty(), "m", "l", "", List.of()),
                "barnkonsekvensanalys", "beslut.barnkonsekvensanalysSaknas");
        assertFel(new Beslutsforslag(ARENDE, u, Beslutsutfall.BIFALL, Optional.of(Money.ofKronor(15000)), "m", "l", "x",
                List.of()), "utfall", "beslut.bifallMindreAnSokt");
        assertFel(new Beslutsforslag(ARENDE, u, Beslutsutfall.DELVIS_BIFALL, Optional.empty(), "m", "l", "x", List.of()),
                "soktBelopp", "beslut.delvisKraverHogreSokt");
        assertFel(bifall(u, new LivsforingPost(LivsforingTyp.TANDVARD, "", Money.ofKronor(5000), Beslutsutfall.DELVIS_BIFALL,
                Money.ofKronor(6000), "Kostnadsförslag")), "livsforing[0].beviljatBelopp", "beslut.livsforingBeloppPassarInte");
        assertFel(bifall(u, new LivsforingPost(LivsforingTyp.FLYTT, "", Money.ofKronor(3000), Beslutsutfall.AVSLAG,
                Money.ZERO, "")), "livsforing[0].motivering", "beslut.motiveringSaknas");
        Aktor eva = anvandare("eva", Roll.REVISOR);
        assertThatThrownBy(() -> service.fatta(eva, bifall(u)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("behorighet.saknas"));
        BeslutMedBerakning delvis = service.fatta(anna, new Beslutsforslag(ARENDE, u, Beslutsutfall.DELVIS_BIFALL,
                Optional.of(Money.ofKronor(15000)), "m", "l", "x", List.of(), UTBETALNING));
        assertThat(delvis.beslut().forsorjningsstod()).isEqualTo(Money.ofKronor(11600));
    }

    @Test
    void paymentHistoryGivesJobbstimulansAfterSixMonths() {
        for (int m = 1; m <= 6; m++) {
            service.fatta(anna, bifall(familj(YearMonth.of(2021, m))));
        }
        assertThat(service.manaderMedForsorjningsstod(anna, ARENDE)).hasSize(6);
        var bedomning = service.jobbstimulans(anna, ARENDE, YearMonth.of(2021, 7));
        assertThat(bedomning.berattigad()).isTrue();
        assertThat(bedomning.gallerTom()).contains(YearMonth.of(2023, 6));
        assertThat(service.jobbstimulans(anna, ARENDE, YearMonth.of(2021, 6)).berattigad()).isFalse();
        assertThat(service.senasteFore(anna, ARENDE, YearMonth.of(2021, 7)).orElseThrow().beslut().manad())
                .isEqualTo(YearMonth.of(2021, 6));
    }

    private void assertFel(Beslutsforslag f, String falt, String nyckel) {
        assertThatThrownBy(() -> service.fatta(anna, f)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.key()).isEqualTo(nyckel);
            assertThat(e.falt()).contains(falt);
        });
    }
}
