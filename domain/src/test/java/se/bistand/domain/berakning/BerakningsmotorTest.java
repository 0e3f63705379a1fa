package se.bistand.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

class BerakningsmotorTest {

    private static final Normtabell T2019 = Normtabeller.ar(2019);
    private static final Normtabell T2021 = Normtabeller.ar(2021);
    private static final YearMonth NOV_2019 = YearMonth.of(2019, 11);
    private static final LocalDate VUXEN = LocalDate.of(1980, 1, 1);
    private static final Money PBB_2021 = Money.ofKronor(47600);

    // ---- norm: age and age bands -------------------------------------------------------------

    @ParameterizedTest(name = "born {0}: {1} years on 2019-11-01")
    @CsvSource({
        "2009-11-01, 10",   // birthday on the first day counts
        "2009-11-02, 9",    // birthday later in the month does not
        "2009-10-31, 10",
        "2019-11-01, 0",
        "2019-11-30, 0",    // born during the month: under 1
        "1999-11-01, 20",
        "1999-11-02, 19",
    })
    void ageIsCompletedYearsOnTheFirstDayOfTheMonth(LocalDate fodd, int alder) {
        NormRad barnRad = berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN), Hushallsmedlem.barn(fodd)))
                .normrader().get(1);
        assertThat(barnRad.alder()).isEqualTo(alder);
        assertThat(barnRad.aldersgrupp()).contains(Aldersgrupp.forAlder(alder));
    }

    @ParameterizedTest(name = "age {0}: {1}, {2} kr")
    @CsvSource({
        "0, UNDER_1, 2130", "1, AR_1_2, 2380", "2, AR_1_2, 2380", "3, AR_3, 2120",
        "4, AR_4_6, 2380", "6, AR_4_6, 2380", "7, AR_7_10, 2990", "10, AR_7_10, 2990",
        "11, AR_11_14, 3440", "14, AR_11_14, 3440", "15, AR_15_18, 3880", "18, AR_15_18, 3880",
        "19, AR_19_20, 3910", "20, AR_19_20, 3910",
    })
    void childPersonalCostFollowsTheAgeBand(int alder, Aldersgrupp grupp, long kronor) {
        NormRad rad = berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN), barnMedAlder(alder)))
                .normrader().get(1);
        assertThat(rad.post()).isEqualTo(NormPost.BARN);
        assertThat(rad.aldersgrupp()).contains(grupp);
        assertThat(rad.belopp()).isEqualTo(Money.ofKronor(kronor));
    }

    @ParameterizedTest(name = "age {0} lunch away: {1} kr, ej lunch {2}")
    @CsvSource({
        "0, 2000, true", "2, 2190, true", "3, 1940, true", "6, 2120, true",
        "7, 2990, false", "15, 3880, false",
    })
    void lunchAwayGivesTheEjLunchValueOnlyFrom0To6(int alder, long kronor, boolean ejLunch) {
        NormRad rad = berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN), barnMedAlder(alder).medLunchBorta()))
                .normrader().get(1);
        assertThat(rad.belopp()).isEqualTo(Money.ofKronor(kronor));
        assertThat(rad.ejLunch()).isEqualTo(ejLunch);
    }

    @Test
    void lunchAwayIsRefusedWhenTheTableHasNoEjLunchValues() {
        Normtabell t2023 = Normtabeller.ar(2023);
        BerakningsUnderlag u = underlag(YearMonth.of(2023, 5), Hushallsmedlem.sokande(VUXEN),
                Hushallsmedlem.barn(LocalDate.of(2021, 1, 1)).medLunchBorta());
        assertRefused(() -> Berakningsmotor.berakna(u, t2023, Money.ZERO),
                "members[1].lunchAway", "berakning.ejLunchVardeSaknas", 2023);
    }

    // ---- norm: adults --------------------------------------------------------------------------

    @Test
    void aSingleAdultGetsTheEnsamstaendeAmount() {
        BerakningsResultat r = berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN)));
        assertThat(r.normrader()).singleElement().satisfies(rad -> {
            assertThat(rad.post()).isEqualTo(NormPost.ENSAMSTAENDE);
            assertThat(rad.medlemmar()).containsExactly(0);
            assertThat(rad.belopp()).isEqualTo(Money.ofKronor(3090));
            assertThat(rad.aldersgrupp()).isEmpty();
        });
    }

    @Test
    void sokandeAndMedsokandeTogetherGetTheSamborAmount() {
        BerakningsResultat r = berakna(underlag(NOV_2019, Hushallsmedlem.barn(LocalDate.of(2010, 1, 1)),
                Hushallsmedlem.sokande(VUXEN), Hushallsmedlem.medsokande(VUXEN)));
        NormRad vuxna = r.normrader().get(0);
        assertThat(vuxna.post()).isEqualTo(NormPost.SAMBOR);
        assertThat(vuxna.medlemmar()).containsExactly(1, 2);
        assertThat(vuxna.belopp()).isEqualTo(Money.ofKronor(5570));
        assertThat(r.normrader()).hasSize(2);
        assertThat(r.personligaKostnader()).isEqualTo(Money.ofKronor(5570 + 2990));
    }

    // ---- norm: gemensamma -----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} persons: {1} kr")
    @CsvSource({"1, 990", "2, 1100", "3, 1380", "4, 1570", "5, 1810", "6, 2050", "7, 2220",
        "8, 2390", "9, 2560", "12, 3070"})
    void gemensammaFollowHouseholdSizeAndAddTheSixToSevenStepAboveSeven(int personer, long kronor) {
        List<Hushallsmedlem> medlemmar = new ArrayList<>(List.of(Hushallsmedlem.sokande(VUXEN)));
        for (int i = 1; i < personer; i++) {
            medlemmar.add(Hushallsmedlem.barn(LocalDate.of(2010, 1, 1)));
        }
        BerakningsResultat r = berakna(new BerakningsUnderlag(NOV_2019, OptionalInt.empty(), medlemmar, List.of(), List.of()));
        assertThat(r.gemensamma()).isEqualTo(Money.ofKronor(kronor));
        assertThat(r.gemensammaForHushallet()).isEqualTo(r.gemensamma());
        assertThat(r.personerIHushallet()).isEqualTo(personer);
    }

    @Test
    void theStepAboveSevenPersonsIsDerivedFromTheTableNotAConstant() {
        Normtabell t = tabell(2019, Money.ofKronor(3090), 1000, 1100, 1200, 1300, 1400, 1500, 1750);
        assertThat(t.gemensamma(8)).isEqualTo(Money.ofKronor(2000));
        assertThat(t.gemensamma(10)).isEqualTo(Money.ofKronor(2500));
    }

    @Test
    void anAdultNotSamboWithTheOthersGetsEnsamstaendePlusShareOfGemensamma_Socialstyrelsens2014Example() {
        // 2014: ensamstående 2 950, gemensamma 5 persons 1 710 → 1 710 / 5 + 2 950 = 3 292
        Normtabell t2014 = tabell(2014, Money.ofKronor(2950), 890, 990, 1240, 1410, 1710, 1920, 2100);
        BerakningsUnderlag u = new BerakningsUnderlag(YearMonth.of(2014, 3), OptionalInt.of(5),
                List.of(Hushallsmedlem.sokande(LocalDate.of(1994, 6, 1))), List.of(), List.of());
        BerakningsResultat r = Berakningsmotor.berakna(u, t2014, Money.ZERO);
        assertThat(r.gemensammaForHushallet()).isEqualTo(Money.ofKronor(1710));
        assertThat(r.gemensamma()).isEqualTo(Money.ofKronor(342));
        assertThat(r.norm()).isEqualTo(Money.ofKronor(3292));
        assertThat(r.personerIHushallet()).isEqualTo(5);
        assertThat(r.personerIArendet()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} öre × {1}/{2} = {3} öre")
    @CsvSource({
        "100001, 1, 2, 50001",   // 500,005 kr → 500,01 (half up)
        "100003, 1, 2, 50002",   // 500,015 kr → 500,02
        "142000, 1, 3, 47333",   // 473,333… → 473,33
        "142000, 2, 3, 94667",   // 946,666… → 946,67
    })
    void theShareOfGemensammaIsRoundedHalfUpToWholeOre(long gemensammaOre, int m, int n, long andelOre) {
        long[] gem = {99000, 110000, 138000, 157000, 181000, 205000, 222000};
        gem[n - 1] = gemensammaOre;
        Normtabell t = tabellOre(2019, Money.ZERO, gem);
        List<Hushallsmedlem> medlemmar = new ArrayList<>(List.of(Hushallsmedlem.sokande(VUXEN)));
        if (m == 2) {
            medlemmar.add(Hushallsmedlem.barn(LocalDate.of(2010, 1, 1)));
        }
        BerakningsUnderlag u = new BerakningsUnderlag(NOV_2019, OptionalInt.of(n), medlemmar, List.of(), List.of());
        assertThat(Berakningsmotor.berakna(u, t, Money.ZERO).gemensamma()).isEqualTo(Money.ofOre(andelOre));
    }

    @Test
    void aHouseholdSizeEqualToTheMembersGivesTheWholeGemensamma() {
        BerakningsUnderlag u = new BerakningsUnderlag(NOV_2019, OptionalInt.of(1),
                List.of(Hushallsmedlem.sokande(VUXEN)), List.of(), List.of());
        assertThat(berakna(u).gemensamma()).isEqualTo(Money.ofKronor(990));
    }

    @Test
    void aHouseholdSmallerThanTheMembersIsRefused() {
        BerakningsUnderlag u = new BerakningsUnderlag(NOV_2019, OptionalInt.of(1),
                List.of(Hushallsmedlem.sokande(VUXEN), Hushallsmedlem.medsokande(VUXEN)), List.of(), List.of());
        assertRefused(() -> berakna(u), "householdSize", "berakning.hushallsstorlekForLiten", 1, 2);
    }

    // ---- norm adjustment ----------------------------------------------------------------------

    @Test
    void reduceradNormLowersTheMembersLineAndKeepsTheReason() {
        Hushallsmedlem barn = barnMedAlder(8).med(NormJustering.reducerad(Money.ofKronor(500), "Måltider ingår i boendet"));
        BerakningsResultat r = berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN), barn));
        NormRad rad = r.normrader().get(1);
        assertThat(rad.tabellbelopp()).isEqualTo(Money.ofKronor(2990));
        assertThat(rad.justering()).isEqualTo(Money.ofKronor(-500));
        assertThat(rad.belopp()).isEqualTo(Money.ofKronor(2490));
        assertThat(rad.justeringsskal()).containsExactly("Måltider ingår i boendet");
        assertThat(r.norm()).isEqualTo(Money.ofKronor(3090 + 2490 + 1100));
    }

    @Test
    void hojdNormOfBothSamborIsAddedToTheirCommonLine() {
        BerakningsResultat r = berakna(underlag(NOV_2019,
                Hushallsmedlem.sokande(VUXEN).med(NormJustering.hojd(Money.ofKronor(200), "Särskild kost")),
                Hushallsmedlem.medsokande(VUXEN).med(NormJustering.hojd(Money.ofKronor(100), "Särskild kost"))));
        NormRad rad = r.normrader().get(0);
        assertThat(rad.justering()).isEqualTo(Money.ofKronor(300));
        assertThat(rad.belopp()).isEqualTo(Money.ofKronor(5870));
        assertThat(rad.justeringsskal()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'   '"})
    void anAdjustmentWithoutAReasonIsRefused(String skal) {
        Hushallsmedlem sokande = Hushallsmedlem.sokande(VUXEN).med(NormJustering.reducerad(Money.ofKronor(100), skal));
        assertRefused(() -> berakna(underlag(NOV_2019, sokande)),
                "members[0].normAdjustment.reason", "berakning.justeringSkalSaknas");
    }

    @Test
    void aReductionLargerThanTheNormItemIsRefused() {
        Hushallsmedlem sokande = Hushallsmedlem.sokande(VUXEN).med(NormJustering.reducerad(Money.ofKronor(3091), "Test"));
        assertRefused(() -> berakna(underlag(NOV_2019, sokande)),
                "members[0].normAdjustment.amount", "berakning.justeringStorreAnNorm", "3091.00", "3090.00");
    }

    // ---- costs, need, amount, surplus -----------------------------------------------------------

    @Test
    void costsAreAddedAtActualAmountsAndGiveTheNeed() {
        BerakningsUnderlag u = new BerakningsUnderlag(NOV_2019, OptionalInt.empty(), List.of(Hushallsmedlem.sokande(VUXEN)),
                List.of(new Kostnad(Kostnadstyp.BOENDE, Money.ofKronor(5000)),
                        new Kostnad(Kostnadstyp.FACK_AKASSA, Money.ofOre(15050)),
                        new Kostnad(Kostnadstyp.OVRIGT, Money.ofKronor(10))),
                List.of());
        BerakningsResultat r = berakna(u);
        assertThat(r.kostnader()).isEqualTo(Money.ofOre(516050));
        assertThat(r.kostnadsrader()).hasSize(3);
        assertThat(r.behov()).isEqualTo(Money.ofOre(408000 + 516050));
        assertThat(r.belopp()).isEqualTo(r.behov());
    }

    @ParameterizedTest(name = "income {0}: amount {1}, surplus {2}")
    @CsvSource({"0, 4080, 0", "4079, 1, 0", "4080, 0, 0", "5000, 0, 920"})
    void amountIsNeedMinusCountedIncomeAndAnyRemainderIsNormoverskott(long inkomst, long belopp, long overskott) {
        BerakningsResultat r = berakna(underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN)),
                Inkomst.av(0, Inkomsttyp.SJUKPENNING, Money.ofKronor(inkomst))));
        assertThat(r.belopp()).isEqualTo(Money.ofKronor(belopp));
        assertThat(r.normoverskott()).isEqualTo(Money.ofKronor(overskott));
    }

    // ---- incomes --------------------------------------------------------------------------------

    @Test
    void jobbstimulansDisregards25PercentOfFlaggedLonRoundedDownToWholeOre() {
        BerakningsResultat r = berakna(underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN)),
                Inkomst.lonMedJobbstimulans(0, Money.ofOre(100003)),
                Inkomst.av(0, Inkomsttyp.LON, Money.ofKronor(1000))));
        assertThat(r.inkomstrader().get(0).bortsettJobbstimulans()).isEqualTo(Money.ofOre(25000)); // 250,0075 → 250,00
        assertThat(r.inkomstrader().get(1).bortsettJobbstimulans()).isEqualTo(Money.ZERO);
        assertThat(r.bortsettJobbstimulans()).isEqualTo(Money.ofOre(25000));
        assertThat(r.raknadInkomst()).isEqualTo(Money.ofOre(100003 + 100000 - 25000));
    }

    @Test
    void jobbstimulansOnAChildsIncomeIsRefused() {
        assertRefused(() -> berakna(underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN), barnMedAlder(17)),
                Inkomst.lonMedJobbstimulans(1, Money.ofKronor(1000)))),
                "incomes[0].jobbstimulans", "berakning.jobbstimulansEjBarn");
    }

    @Test
    void jobbstimulansOnAnIncomeOtherThanLonIsRefused() {
        assertRefused(() -> berakna(underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN)),
                new Inkomst(0, Inkomsttyp.AKASSA, Money.ofKronor(1000), true))),
                "incomes[0].jobbstimulans", "berakning.jobbstimulansEndastLon", "akassa");
    }

    @ParameterizedTest(name = "earlier {0} + lön {1} (pbb 47 600): counted {2}")
    @CsvSource({
        "0,     5000, 0",
        "42600, 5000, 0",       // exactly one prisbasbelopp: nothing above it
        "45000, 5000, 2400",    // crosses the prisbasbelopp this month
        "47600, 3000, 3000",    // already at the prisbasbelopp: all counted
        "60000, 3000, 3000",
    })
    void aChildsWorkIncomeCountsOnlyAboveOnePrisbasbeloppForTheYear(long tidigare, long lon, long raknad) {
        Hushallsmedlem barn = barnMedAlder(17).medArbetsinkomstTidigareIAr(Money.ofKronor(tidigare));
        BerakningsResultat r = Berakningsmotor.berakna(underlag(YearMonth.of(2021, 9),
                List.of(Hushallsmedlem.sokande(VUXEN), barn), Inkomst.av(1, Inkomsttyp.LON, Money.ofKronor(lon))),
                T2021, PBB_2021);
        assertThat(r.raknadInkomst()).isEqualTo(Money.ofKronor(raknad));
        assertThat(r.bortsettBarn()).isEqualTo(Money.ofKronor(lon - raknad));
        assertThat(r.inkomster()).isEqualTo(Money.ofKronor(lon));
    }

    @Test
    void twoLonIncomesOfTheSameChildInOneMonthAccumulate() {
        Hushallsmedlem barn = barnMedAlder(16).medArbetsinkomstTidigareIAr(Money.ofKronor(44600)); // 18 in 2021
        BerakningsResultat r = Berakningsmotor.berakna(underlag(YearMonth.of(2021, 9),
                List.of(Hushallsmedlem.sokande(VUXEN), barn),
                Inkomst.av(1, Inkomsttyp.LON, Money.ofKronor(2000)),
                Inkomst.av(1, Inkomsttyp.LON, Money.ofKronor(2000))), T2021, PBB_2021);
        assertThat(r.inkomstrader().get(0).raknad()).isEqualTo(Money.ZERO);
        assertThat(r.inkomstrader().get(1).raknad()).isEqualTo(Money.ofKronor(1000));
        assertThat(r.bortsett()).isEqualTo(Money.ofKronor(3000));
    }

    @Test
    void aChildsOtherIncomesAreCounted() {
        BerakningsResultat r = berakna(underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN), barnMedAlder(12)),
                Inkomst.av(1, Inkomsttyp.UNDERHALLSSTOD, Money.ofKronor(1673))));
        assertThat(r.raknadInkomst()).isEqualTo(Money.ofKronor(1673));
        assertThat(r.bortsett()).isEqualTo(Money.ZERO);
    }

    @Test
    void prisbasbeloppIsOnlyNeededWhenAChildHasWorkIncome() {
        BerakningsUnderlag utan = underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN), barnMedAlder(17)),
                Inkomst.av(0, Inkomsttyp.LON, Money.ofKronor(1000)));
        assertThat(Berakningsmotor.berakna(utan, T2019, PrisbasbeloppTabell.tom()).raknadInkomst())
                .isEqualTo(Money.ofKronor(1000));
        BerakningsUnderlag med = underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN), barnMedAlder(17)),
                Inkomst.av(1, Inkomsttyp.LON, Money.ofKronor(1000)));
        assertRefused(() -> Berakningsmotor.berakna(med, T2019, PrisbasbeloppTabell.tom()),
                "month", "berakning.prisbasbeloppSaknas", 2019);
    }

    @ParameterizedTest
    @CsvSource({"-1", "2", "7"})
    void anIncomeOnAMemberNotInTheHouseholdIsRefused(int medlem) {
        assertRefused(() -> berakna(underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN), barnMedAlder(3)),
                Inkomst.av(medlem, Inkomsttyp.OVRIGT, Money.ofKronor(1)))),
                "incomes[0].member", "berakning.inkomstOkandMedlem", medlem, 2);
    }

    // ---- negative amounts ---------------------------------------------------------------------

    @Test
    void aNegativeCostIsRefused() {
        BerakningsUnderlag u = new BerakningsUnderlag(NOV_2019, OptionalInt.empty(), List.of(Hushallsmedlem.sokande(VUXEN)),
                List.of(new Kostnad(Kostnadstyp.BOENDE, Money.ofKronor(1)), new Kostnad(Kostnadstyp.HUSHALLSEL, Money.ofOre(-1))),
                List.of());
        assertRefused(() -> berakna(u), "costs[1].amount", "berakning.negativtBelopp", "-0.01");
    }

    @Test
    void aNegativeIncomeIsRefused() {
        assertRefused(() -> berakna(underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN)),
                Inkomst.av(0, Inkomsttyp.LON, Money.ofKronor(-100)))),
                "incomes[0].amount", "berakning.negativtBelopp", "-100.00");
    }

    @Test
    void aNegativeEarlierWorkIncomeOrAdjustmentIsRefused() {
        assertRefused(() -> berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN),
                barnMedAlder(16).medArbetsinkomstTidigareIAr(Money.ofKronor(-1)))),
                "members[1].workIncomeEarlierThisYear", "berakning.negativtBelopp", "-1.00");
        assertRefused(() -> berakna(underlag(NOV_2019,
                Hushallsmedlem.sokande(VUXEN).med(NormJustering.hojd(Money.ofKronor(-5), "x")))),
                "members[0].normAdjustment.amount", "berakning.negativtBelopp", "-5.00");
    }

    // ---- members --------------------------------------------------------------------------------

    @Test
    void exactlyOneSokandeIsRequired() {
        assertRefused(() -> berakna(underlag(NOV_2019, Hushallsmedlem.medsokande(VUXEN))),
                "members", "berakning.enSokande", 0L);
        assertRefused(() -> berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN), Hushallsmedlem.sokande(VUXEN))),
                "members", "berakning.enSokande", 2L);
    }

    @Test
    void atMostOneMedsokande() {
        assertRefused(() -> berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN),
                Hushallsmedlem.medsokande(VUXEN), Hushallsmedlem.medsokande(VUXEN))),
                "members", "berakning.hogstEnMedsokande", 2L);
    }

    @Test
    void aChildAged21IsRefused() {
        assertRefused(() -> berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN), barnMedAlder(21))),
                "members[1].birthDate", "berakning.barnForGammalt", 21);
    }

    @Test
    void aMemberBornAfterTheMonthIsRefused() {
        assertRefused(() -> berakna(underlag(NOV_2019, Hushallsmedlem.sokande(VUXEN),
                Hushallsmedlem.barn(LocalDate.of(2019, 12, 1)))),
                "members[1].birthDate", "berakning.foddEfterManaden", "2019-12-01");
    }

    // ---- norm table selection -----------------------------------------------------------------

    @Test
    void aMonthWhoseYearHasNoTableIsRefusedNamingTheYear() {
        Berakningstjanst tjanst = new Berakningstjanst(Normtabeller.repository(), Normtabeller.prisbasbelopp());
        assertRefused(() -> tjanst.berakna(underlag(YearMonth.of(2024, 2), Hushallsmedlem.sokande(VUXEN))),
                "month", "berakning.normtabellSaknas", 2024);
    }

    @Test
    void theServiceUsesTheConfirmedTableOfTheMonthsYearAndReportsIt() {
        Berakningstjanst tjanst = new Berakningstjanst(Normtabeller.repository(), Normtabeller.prisbasbelopp());
        BerakningsResultat r = tjanst.berakna(underlag(YearMonth.of(2026, 1), Hushallsmedlem.sokande(VUXEN)));
        assertThat(r.normAr()).isEqualTo(2026);
        assertThat(r.normtabellId()).isEqualTo("riksnorm-2026-demo");
        assertThat(r.normtabellVersion()).isEqualTo(1);
        assertThat(r.normtabellDemo()).isTrue();
        assertThat(r.norm()).isEqualTo(Money.ofKronor(3930 + 1270));
    }

    @Test
    void anUnconfirmedTableIsNotUsed() {
        Normtabell utkast = new Normtabell("riksnorm-2019", 2, 2019, NormtabellStatus.UTKAST, false, "x", "", "",
                T2019.barn(), T2019.barnEjLunch(), Money.ofKronor(9999), T2019.sambor(), T2019.gemensamma());
        InMemoryNormtabellRepository repo = new InMemoryNormtabellRepository().spara(T2019).spara(utkast);
        assertThat(repo.hamtaBekraftad(2019)).isSameAs(T2019);
    }

    @Test
    void aTableOfAnotherYearIsRefused() {
        assertRefused(() -> Berakningsmotor.berakna(underlag(YearMonth.of(2021, 1), Hushallsmedlem.sokande(VUXEN)),
                T2019, Money.ZERO), "month", "berakning.normtabellFelAr", 2019, "2021-01");
    }

    @Test
    void theCalculationIsDeterministic() {
        BerakningsUnderlag u = underlag(NOV_2019, List.of(Hushallsmedlem.sokande(VUXEN), barnMedAlder(4).medLunchBorta()),
                Inkomst.lonMedJobbstimulans(0, Money.ofKronor(9000)));
        assertThat(berakna(u)).isEqualTo(berakna(u));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static BerakningsResultat berakna(BerakningsUnderlag u) {
        return Berakningsmotor.berakna(u, T2019, PrisbasbeloppTabell.tom());
    }

    private static BerakningsUnderlag underlag(YearMonth manad, Hushallsmedlem... medlemmar) {
        return new BerakningsUnderlag(manad, OptionalInt.empty(), List.of(medlemmar), List.of(), List.of());
    }

    private static BerakningsUnderlag underlag(YearMonth manad, List<Hushallsmedlem> medlemmar, Inkomst... inkomster) {
        return new BerakningsUnderlag(manad, OptionalInt.empty(), medlemmar, List.of(), List.of(inkomster));
    }

    /** A child who is {@code alder} years old on 2019-11-01 (born 1 June). */
    private static Hushallsmedlem barnMedAlder(int alder) {
        return Hushallsmedlem.barn(LocalDate.of(2019 - alder, alder == 0 ? 10 : 6, 1));
    }

    /** A table like 2019's with other year, ensamstående and gemensamma (in kronor) values. */
    private static Normtabell tabell(int ar, Money ensamstaende, long... gemensammaKronor) {
        return tabellOre(ar, ensamstaende, java.util.Arrays.stream(gemensammaKronor).map(k -> k * 100).toArray());
    }

    private static Normtabell tabellOre(int ar, Money ensamstaende, long... gemensammaOre) {
        List<Money> gem = java.util.Arrays.stream(gemensammaOre).mapToObj(Money::ofOre).toList();
        return new Normtabell("test-" + ar, 1, ar, NormtabellStatus.BEKRAFTAD, false, "test", "", "",
                T2019.barn(), T2019.barnEjLunch(), ensamstaende, T2019.sambor(), gem);
    }

    private static void assertRefused(ThrowingCallable anrop, String falt, String nyckel, Object... args) {
        assertThatThrownBy(anrop).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.key()).isEqualTo(nyckel);
            assertThat(e.falt()).contains(falt);
            if (args.length > 0) {
                assertThat(e.args()).containsExactly(args);
            }
        });
    }
}
