package se.bistand.domain.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.installation.Installation;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.testhjalp.Minnesportar;

/** Changing the review sample rule: who may, which values, the second person, the audit trail. */
class StickprovServiceTest {

    static final Aktor SOFIA = new Aktor(new AnvandareId(7), "sofia", "Sofia Nyberg", Roll.SYSTEMFORVALTARE);
    static final Aktor LARS = new Aktor(new AnvandareId(6), "lars", "Lars Ekström", Roll.AVDELNINGSCHEF);
    static final Aktor KARIN = new Aktor(new AnvandareId(5), "karin", "Karin Berg", Roll.ENHETSCHEF);

    final Map<String, String> installningar = new HashMap<>();
    final List<NyAuditHandelse> audit = new ArrayList<>();
    final StickprovService tjanst = new StickprovService(Minnesportar.direkt(), new Installation() {
        @Override
        public Optional<String> hamta(String nyckel) {
            return Optional.ofNullable(installningar.get(nyckel));
        }

        @Override
        public void satt(String nyckel, String varde) {
            installningar.put(nyckel, varde);
        }

        @Override
        public void taBort(String nyckel) {
            installningar.remove(nyckel);
        }
    }, Minnesportar.audit(audit::add), Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm")));

    static void nekas(ThrowingCallable anrop, String nyckel) {
        assertThatThrownBy(anrop).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(nyckel));
    }

    Stickprovsregel gallande() {
        return tjanst.lage(KARIN).gallande();
    }

    @Test
    void withNothingStoredTheDefaultTenPercentAndTenThousandKronorApply() {
        assertThat(tjanst.lage(KARIN)).isEqualTo(new StickprovService.Lage(Stickprovsregel.STANDARD, Optional.empty()));
        assertThat(Stickprovsregel.STANDARD).isEqualTo(new Stickprovsregel(10, Money.ofKronor(10_000)));
    }

    @Test
    void aProposalAppliesOnlyWhenASecondPersonConfirmsItAndEveryStepIsAuditedWithBeforeAndAfter() {
        Stickprovsforslag forslag = tjanst.foresla(SOFIA, "25 %", "5 000 kr");
        assertThat(gallande()).as("not yet in force").isEqualTo(Stickprovsregel.STANDARD);
        assertThat(tjanst.lage(LARS).forslag()).contains(forslag);
        assertThat(audit).singleElement().satisfies(h -> {
            assertThat(h.handelse()).isEqualTo("STICKPROVSREGEL_FORESLAGEN");
            assertThat(h.anvandarnamn()).isEqualTo("sofia");
            assertThat(h.fore()).isEqualTo("procent=10; grans=10000.00");
            assertThat(h.efter()).isEqualTo("procent=25; grans=5000.00");
        });

        assertThat(tjanst.bekrafta(LARS, forslag)).isEqualTo(new Stickprovsregel(25, Money.ofKronor(5_000)));
        assertThat(tjanst.lage(KARIN)).isEqualTo(new StickprovService.Lage(
                new Stickprovsregel(25, Money.ofKronor(5_000)), Optional.empty()));
        assertThat(installningar).containsEntry(Stickprovsregel.PROCENT_NYCKEL, "25")
                .containsEntry(Stickprovsregel.GRANS_NYCKEL, "500000");
        NyAuditHandelse bekraftad = audit.get(1);
        assertThat(bekraftad.handelse()).isEqualTo("STICKPROVSREGEL_BEKRAFTAD");
        assertThat(bekraftad.anvandarnamn()).isEqualTo("lars");
        assertThat(bekraftad.objektTyp()).isEqualTo("installation");
        assertThat(bekraftad.fore()).isEqualTo("procent=10; grans=10000.00");
        assertThat(bekraftad.efter()).startsWith("procent=25; grans=5000.00").contains("föreslagen av 7");
    }

    @ParameterizedTest
    @EnumSource(value = Roll.class, names = "SYSTEMFORVALTARE", mode = EnumSource.Mode.EXCLUDE)
    void onlyASystemforvaltareMayProposeAChange(Roll roll) {
        Aktor aktor = new Aktor(new AnvandareId(9), "x", "X", roll);
        nekas(() -> tjanst.foresla(aktor, "50", "1000"), "behorighet.saknas");
        assertThat(installningar).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void onlyAnAvdelningschefOrASystemforvaltareMayConfirmOrReject() {
        Stickprovsforslag forslag = tjanst.foresla(SOFIA, "50", "1000");
        nekas(() -> tjanst.bekrafta(KARIN, forslag), "behorighet.saknas");
        nekas(() -> tjanst.avvisa(KARIN, forslag), "behorighet.saknas");
        assertThat(gallande()).isEqualTo(Stickprovsregel.STANDARD);
        Aktor annanForvaltare = new Aktor(new AnvandareId(8), "nils", "Nils", Roll.SYSTEMFORVALTARE);
        tjanst.bekrafta(annanForvaltare, forslag);
        assertThat(gallande().procent()).isEqualTo(50);
    }

    @ParameterizedTest(name = "procent \"{0}\", belopp \"{1}\" → {2} {3}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "''      | 1000   | stickprovProcent | stickprov.procentSaknas",
        "%       | 1000   | stickprovProcent | stickprov.procentSaknas",
        "101     | 1000   | stickprovProcent | stickprov.ogiltigProcent",
        "-1      | 1000   | stickprovProcent | stickprov.ogiltigProcent",
        "12,5    | 1000   | stickprovProcent | stickprov.ogiltigProcent",
        "tio     | 1000   | stickprovProcent | stickprov.ogiltigProcent",
        "10      | ''     | stickprovGrans   | belopp.tomt",
        "10      | -5     | stickprovGrans   | belopp.negativt",
        "10      | mycket | stickprovGrans   | belopp.ogiltigt",
        "10      | 1,234  | stickprovGrans   | belopp.forMangaDecimaler"})
    void badValuesAreRefusedAtTheirField(String procent, String grans, String falt, String nyckel) {
        assertThatThrownBy(() -> tjanst.foresla(SOFIA, procent, grans)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.key()).isEqualTo(nyckel);
            assertThat(e.falt()).contains(falt);
        });
        assertThat(installningar).isEmpty();
        assertThat(audit).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 | 0 | 0", "100 % | 1 234 567,89 kr | 123456789", " 7 | 0,50 | 50"})
    void theEdgesZeroAndHundredPercentAndZeroKronorAreAccepted(String procent, String grans, long ore) {
        Stickprovsforslag f = tjanst.foresla(SOFIA, procent, grans);
        assertThat(f.regel().grans()).isEqualTo(Money.ofOre(ore));
        assertThat(f.regel().procent()).isEqualTo(Integer.parseInt(procent.replace("%", "").strip()));
    }

    @Test
    void aZeroShareStillSamplesOneLineAndZeroKronorSamplesEveryLine() {
        List<Utbetalningsrad> rader = List.of(UtbetalningsregelTest.rad(1, 3_000, UtbetalningsregelTest.ANNA,
                UtbetalningsregelTest.ERIK), UtbetalningsregelTest.rad(2, 4_000, UtbetalningsregelTest.ANNA,
                UtbetalningsregelTest.ERIK), UtbetalningsregelTest.rad(3, 5_000, UtbetalningsregelTest.ANNA,
                UtbetalningsregelTest.ERIK));
        assertThat(new Stickprovsregel(0, Money.ofKronor(1_000_000)).dra(rader, new Random(1))).hasSize(1);
        assertThat(new Stickprovsregel(0, Money.ZERO).dra(rader, new Random(1))).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void theProposerCannotConfirmTheirOwnChangeAndTheRefusalIsAudited() {
        Stickprovsforslag forslag = tjanst.foresla(SOFIA, "0", "0");
        nekas(() -> tjanst.bekrafta(SOFIA, forslag), "stickprov.egenAndring");
        assertThat(gallande()).isEqualTo(Stickprovsregel.STANDARD);
        assertThat(tjanst.lage(LARS).forslag()).contains(forslag);
        assertThat(audit).extracting(NyAuditHandelse::handelse)
                .containsExactly("STICKPROVSREGEL_FORESLAGEN", "STICKPROVSREGEL_BEKRAFTAD_NEKAD");
    }

    @Test
    void oneProposalAtATimeAndNoProposalThatChangesNothing() {
        nekas(() -> tjanst.foresla(SOFIA, "10", "10 000"), "stickprov.ingenAndring");
        Stickprovsforslag forslag = tjanst.foresla(SOFIA, "20", "10 000");
        nekas(() -> tjanst.foresla(SOFIA, "30", "10 000"), "stickprov.forslagFinns");
        assertThat(tjanst.lage(LARS).forslag()).contains(forslag);
    }

    @Test
    void aConfirmationIsOfTheProposalTheConfirmerSawAndOnlyOnce() {
        Stickprovsforslag forslag = tjanst.foresla(SOFIA, "20", "10 000");
        Stickprovsforslag annat = new Stickprovsforslag(new Stickprovsregel(1, Money.ZERO), SOFIA.id(),
                forslag.foreslagen());
        nekas(() -> tjanst.bekrafta(LARS, annat), "stickprov.forslagetAndrat");
        assertThat(gallande()).isEqualTo(Stickprovsregel.STANDARD);
        tjanst.bekrafta(LARS, forslag);
        nekas(() -> tjanst.bekrafta(LARS, forslag), "stickprov.ingetForslag");
    }

    @Test
    void aRejectedProposalIsGoneTheRuleUnchangedAndTheProposerMayWithdrawTheirOwn() {
        Stickprovsforslag forslag = tjanst.foresla(SOFIA, "0", "100 000");
        tjanst.avvisa(LARS, forslag);
        assertThat(tjanst.lage(KARIN)).isEqualTo(new StickprovService.Lage(Stickprovsregel.STANDARD, Optional.empty()));
        assertThat(audit.get(1).handelse()).isEqualTo("STICKPROVSREGEL_AVVISAD");
        assertThat(audit.get(1).efter()).contains("procent=0; grans=100000.00");
        Stickprovsforslag igen = tjanst.foresla(SOFIA, "0", "100 000");
        tjanst.avvisa(SOFIA, igen);
        assertThat(tjanst.lage(KARIN).forslag()).isEmpty();
    }
}
