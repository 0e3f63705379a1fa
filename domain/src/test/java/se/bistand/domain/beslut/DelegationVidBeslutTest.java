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
 * Finding 4 as an attacker would try it, calling the decision service directly: above the maker's
 * delegation a decision is a proposal (no letter, not a decision) until someone with enough
 * delegation decides it — refusals included — and above every limit only the socialutskott's
 * registered decision moves it on (decision 0022).
 */
class DelegationVidBeslutTest {

    private static final ArendeId ARENDE = new ArendeId(412);
    private static final YearMonth MANAD = YearMonth.of(2019, 11);
    private static final LocalDate IDAG = LocalDate.of(2021, 7, 20);

    private final MinnesBeslutRepository repo = new MinnesBeslutRepository();
    private final List<String> audit = new ArrayList<>();
    private final List<String> vidare = new ArrayList<>();
    private final Aktor anna = new Aktor(new AnvandareId(7), "anna", "Anna Lind", Roll.HANDLAGGARE);
    private final Aktor omar = new Aktor(new AnvandareId(8), "omar", "Omar Said", Roll.HANDLAGGARE);
    private final Aktor erik = new Aktor(new AnvandareId(9), "erik", "Erik Berg", Roll.SOCIALSEKRETERARE);
    private final Aktor karin = new Aktor(new AnvandareId(10), "karin", "Karin Holm", Roll.ENHETSCHEF);
    private final Aktor lars = new Aktor(new AnvandareId(11), "lars", "Lars Ek", Roll.AVDELNINGSCHEF);
    private final BeslutService service = new BeslutService(Minnesportar.direkt(), repo,
            new Berakningstjanst(Normtabeller.repository(), Normtabeller.prisbasbelopp()), new BeslutsForutsattningar() {
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
            }, Minnesportar.audit(h -> audit.add(h.handelse() + " " + h.efter())), Minnesportar.atkomst(r -> { }),
            Clock.fixed(Instant.parse("2021-07-20T08:00:00Z"), ZoneOffset.UTC), new BeslutFattat() {
                @Override
                public void fattat(Aktor aktor, BeslutMedBerakning beslut, Utbetalningsuppgift utbetalning) {
                    vidare.add("till attest " + beslut.beslut().id() + " " + beslut.beslut().status());
                }

                @Override
                public void forslagFattat(Aktor aktor, BeslutMedBerakning beslut) {
                    vidare.add("fattat " + beslut.beslut().id() + " av " + aktor.anvandarnamn());
                }

                @Override
                public void forslagAvslaget(Aktor aktor, BeslutMedBerakning beslut, String kommentar) {
                    vidare.add("avslaget " + beslut.beslut().id() + ": " + kommentar);
                }
            }, MinnesDelegation.flen2020());

    private static LivsforingPost post(long sokt, Beslutsutfall utfall, long beviljat) {
        return new LivsforingPost(LivsforingTyp.TANDVARD, "Tandvård", Money.ofKronor(sokt), utfall,
                Money.ofKronor(beviljat), "Enligt kostnadsförslag.");
    }

    private static Beslutsforslag livsforing(LivsforingPost... poster) {
        return new Beslutsforslag(ARENDE, Exempelhushall.familj(MANAD), Beslutsutfall.EJ_PROVAT, Optional.empty(), "",
                "4 kap. 1 § SoL", "Barnens behov påverkas inte.", List.of(poster),
                Optional.of(new Utbetalningsuppgift(1, LocalDate.of(2021, 7, 26))));
    }

    private static void nekas(Runnable r, String nyckel) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo(nyckel));
    }

    @Test
    void withinTheMakersDelegationTheDecisionIsDecidedAndTheLetterNamesTheMaker() {
        BeslutMedBerakning b = service.fatta(anna, livsforing(post(5_000, Beslutsutfall.BIFALL, 5_000)));
        assertThat(b.beslut().status()).isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(service.forBeslutsbrev(anna, b.beslut().id()).beslutsfattare())
                .hasValueSatisfying(f -> assertThat(f.namn()).isEqualTo("Anna Lind"));
        assertThat(audit).anyMatch(a -> a.startsWith("BESLUT_FATTAT"));
    }

    @Test
    void aboveTheMakersDelegationItIsStoredAsAProposalWithoutALetter() {
        BeslutMedBerakning b = service.fatta(anna, livsforing(post(8_000, Beslutsutfall.BIFALL, 8_000)));
        assertThat(b.beslut().status()).isEqualTo(BeslutStatus.FORSLAG);
        assertThat(b.arForslag()).isTrue();
        assertThat(b.beslutsfattare()).as("a proposal has no decision-maker").isEmpty();
        nekas(() -> service.forBeslutsbrev(anna, b.beslut().id()), "beslut.brevForslag");
        assertThat(audit).anyMatch(a -> a.startsWith("BESLUT_FORSLAG_OVER_DELEGATION")
                && a.contains("går till SOCIALSEKRETERARE"));
        assertThat(vidare).as("the payment goes to attest as a proposal").containsExactly("till attest 1 FORSLAG");
    }

    @Test
    void aProposalIsDecidedOnlyBySomeoneElseWithEnoughDelegationAndTheLetterNamesThem() {
        BeslutId id = service.fatta(anna, livsforing(post(8_000, Beslutsutfall.BIFALL, 8_000))).beslut().id();
        nekas(() -> service.fattaForslag(anna, id), "attest.egetForslagBeslut");
        nekas(() -> service.fattaForslag(omar, id), "delegation.over");
        assertThat(audit).filteredOn(a -> a.startsWith("BESLUT_FORSLAG_NEKAT")).hasSize(2);
        assertThat(repo.hitta(id).orElseThrow().status()).isEqualTo(BeslutStatus.FORSLAG);

        BeslutMedBerakning fattat = service.fattaForslag(erik, id);
        assertThat(fattat.beslut().status()).isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(fattat.beslut().beslutadAvNamn()).as("the proposal's maker stays recorded").isEqualTo("Anna Lind");
        assertThat(service.forBeslutsbrev(anna, id).beslutsfattare())
                .hasValueSatisfying(f -> assertThat(f.namn()).isEqualTo("Erik Berg"));
        assertThat(vidare).endsWith("fattat 1 av erik");
        assertThat(audit).anyMatch(a -> a.startsWith("BESLUT_FORSLAG_FATTAT") && a.contains("Erik Berg"));
        nekas(() -> service.fattaForslag(karin, id), "beslut.inteForslag");
    }

    @Test
    void aRefusalAboveTheMakersDelegationIsAProposalToo() {
        BeslutMedBerakning avslag = service.fatta(anna, livsforing(post(12_000, Beslutsutfall.AVSLAG, 0)));
        assertThat(avslag.beslut().status()).isEqualTo(BeslutStatus.FORSLAG);
        assertThat(audit).anyMatch(a -> a.startsWith("BESLUT_FORSLAG_OVER_DELEGATION")
                && a.contains("LIVSFORING_I_OVRIGT 12000.00") && a.contains("går till ENHETSCHEF"));
        nekas(() -> service.fattaForslag(erik, avslag.beslut().id()), "delegation.over");
        service.fattaForslag(karin, avslag.beslut().id());
        assertThat(repo.hitta(avslag.beslut().id()).orElseThrow().status()).isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(vidare).as("a refusal pays nothing: never to attest").isEmpty();
    }

    @Test
    void aDelvisBifallIsCheckedOnTheAmountAppliedForNotOnlyTheAmountGranted() {
        assertThat(service.fatta(anna, livsforing(post(5_000, Beslutsutfall.DELVIS_BIFALL, 3_000))).beslut().status())
                .isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(service.fatta(anna, livsforing(post(12_000, Beslutsutfall.DELVIS_BIFALL, 4_000))).beslut().status())
                .as("4 000 granted, but an application of 12 000 decided: above the handläggare's 5 000")
                .isEqualTo(BeslutStatus.FORSLAG);
    }

    @Test
    void aRefusalOfForsorjningsstodIsCheckedOnTheAmountAppliedFor() {
        BeslutMedBerakning b = service.fatta(anna, new Beslutsforslag(ARENDE, Exempelhushall.familj(MANAD),
                Beslutsutfall.AVSLAG, Optional.of(Money.ofKronor(15_000)), "Inkomsten täcker behovet.", "4 kap. 1 § SoL",
                "Barnens behov tillgodoses.", List.of()));
        assertThat(b.beslut().delegationsdelar()).singleElement().satisfies(d -> {
            assertThat(d.typ().name()).isEqualTo("FORSORJNINGSSTOD");
            assertThat(d.belopp()).isEqualTo(Money.ofKronor(15_000));
        });
        assertThat(b.beslut().status()).as("the handläggare decides försörjningsstöd without an amount limit")
                .isEqualTo(BeslutStatus.BESLUTAD);
    }

    @Test
    void aboveEveryLimitNoDelegateCanDecideButTheUtskottsDecisionCanBeRegistered() {
        BeslutId id = service.fatta(anna, livsforing(post(25_000, Beslutsutfall.BIFALL, 25_000))).beslut().id();
        assertThat(audit).anyMatch(a -> a.contains("går till SOCIALUTSKOTTET"));
        nekas(() -> service.fattaForslag(lars, id), "delegation.overUtskott");
        nekas(() -> service.registreraUtskottsbeslut(erik, id, IDAG, "§ 14", Utskottsbeslut.Utfall.ENLIGT_FORSLAG),
                "behorighet.saknas");

        BeslutMedBerakning b = service.registreraUtskottsbeslut(karin, id, IDAG, " § 14 ",
                Utskottsbeslut.Utfall.ENLIGT_FORSLAG);
        assertThat(b.beslut().status()).isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(b.fattande()).hasValueSatisfying(f -> {
            assertThat(f.utskott()).contains(new Utskottsbeslut(IDAG, "§ 14",
                    Utskottsbeslut.Utfall.ENLIGT_FORSLAG));
            assertThat(f.registreradAv()).isEqualTo(karin.id());
        });
        assertThat(service.forBeslutsbrev(anna, id).beslutsfattare())
                .hasValueSatisfying(f -> assertThat(f.utskott()).isPresent());
        assertThat(vidare).endsWith("fattat 1 av karin");
        assertThat(audit).anyMatch(a -> a.startsWith("UTSKOTTSBESLUT_REGISTRERAT")
                && a.contains("socialutskottet 2021-07-20 § 14: ENLIGT_FORSLAG"));
        nekas(() -> service.registreraUtskottsbeslut(lars, id, IDAG, "§ 15", Utskottsbeslut.Utfall.AVSLAG),
                "beslut.inteForslag");
    }

    @Test
    void theUtskottsRegistrationIsCheckedFieldByField() {
        BeslutId id = service.fatta(anna, livsforing(post(25_000, Beslutsutfall.BIFALL, 25_000))).beslut().id();
        assertThatThrownBy(() -> service.registreraUtskottsbeslut(karin, id, null, "§ 1", Utskottsbeslut.Utfall.AVSLAG))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("sammantrade"));
        assertThatThrownBy(() -> service.registreraUtskottsbeslut(karin, id, IDAG.plusDays(1), "§ 1",
                Utskottsbeslut.Utfall.AVSLAG)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("utskott.sammantradeFramtid");
                    assertThat(e.falt()).contains("sammantrade");
                });
        assertThatThrownBy(() -> service.registreraUtskottsbeslut(karin, id, IDAG.minusDays(30), "§ 1",
                Utskottsbeslut.Utfall.AVSLAG)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("utskott.sammantradeForeForslag");
                    assertThat(e.falt()).contains("sammantrade");
                });
        assertThatThrownBy(() -> service.registreraUtskottsbeslut(karin, id, IDAG, "  ", Utskottsbeslut.Utfall.AVSLAG))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("paragraf"));
        assertThatThrownBy(() -> service.registreraUtskottsbeslut(karin, id, IDAG, "§ 1", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("utfall"));
        assertThat(repo.hitta(id).orElseThrow().status()).isEqualTo(BeslutStatus.FORSLAG);
    }

    @Test
    void theUtskottIsOnlyForProposalsNoDelegateMayDecideAndNeverRegisteredByTheMaker() {
        BeslutId inomChef = service.fatta(anna, livsforing(post(12_000, Beslutsutfall.BIFALL, 12_000))).beslut().id();
        nekas(() -> service.registreraUtskottsbeslut(karin, inomChef, IDAG, "§ 3", Utskottsbeslut.Utfall.ENLIGT_FORSLAG),
                "utskott.inteUtskottets");
        BeslutId eget = service.fatta(karin, livsforing(post(25_000, Beslutsutfall.BIFALL, 25_000))).beslut().id();
        nekas(() -> service.registreraUtskottsbeslut(karin, eget, IDAG, "§ 4", Utskottsbeslut.Utfall.ENLIGT_FORSLAG),
                "attest.egetForslagBeslut");
        assertThat(audit).filteredOn(a -> a.startsWith("UTSKOTTSBESLUT_NEKAT")).hasSize(2);
    }

    @Test
    void whenTheUtskottRefusesNothingIsPaidAndThereIsNoLetter() {
        BeslutId id = service.fatta(anna, livsforing(post(25_000, Beslutsutfall.BIFALL, 25_000))).beslut().id();
        BeslutMedBerakning b = service.registreraUtskottsbeslut(lars, id, IDAG, "§ 9", Utskottsbeslut.Utfall.AVSLAG);
        assertThat(b.beslut().status()).isEqualTo(BeslutStatus.AVSLAGET_AV_UTSKOTT);
        assertThat(b.beslutsfattare()).isEmpty();
        assertThat(vidare).endsWith("avslaget 1: socialutskottet 2021-07-20 § 9: AVSLAG");
        nekas(() -> service.forBeslutsbrev(anna, id), "beslut.brevAvslagetForslag");
    }
}
