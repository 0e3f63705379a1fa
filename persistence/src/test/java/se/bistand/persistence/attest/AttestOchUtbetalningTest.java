package se.bistand.persistence.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.AttestRepository;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.Riskflagga;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.domain.utbetalning.Exportskrivare;
import se.bistand.domain.utbetalning.UtbetalningRepository;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.persistence.grund.Motor;

/** Attest, recipients and the payout list on real H2 and PostgreSQL databases with the real migrations. */
@ParameterizedClass
@EnumSource(Motor.class)
class AttestOchUtbetalningTest {

    private final AttestMiljo m;

    AttestOchUtbetalningTest(Motor motor) {
        this.m = new AttestMiljo(motor);
    }

    @AfterEach
    void stang() {
        m.close();
    }

    static void nekas(Runnable r, String nyckel) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(nyckel));
    }

    @Test
    void ownDecisionsAreNotInTheInboxAndSelfAttestIsRefusedAndAudited() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.erik, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        assertThat(m.attest.inkorg(m.erik)).isEmpty();
        assertThat(m.attest.inkorg(m.karin)).extracting(p -> p.beslut().id()).containsExactly(id);
        nekas(() -> m.attest.attestera(m.erik, id), "attest.egetBeslut");
        assertThat(m.handelser()).contains("ATTEST_NEKAD");
        assertThat(m.db.tx.iTransaktion(() -> m.attestRepo.hitta(id)).orElseThrow().status())
                .isEqualTo(AttestBeslut.Status.VANTAR_ATTEST);
    }

    @Test
    void theDatabaseRefusesASelfAttestEvenWhenTheDomainIsBypassed() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.erik, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        assertThatThrownBy(() -> attestForbiDomanen(id, m.erik, m.erik, "SOCIALSEKRETERARE", 9_000, 3_000_000))
                .hasMessageContaining("attest_ej_egen");
        assertThatThrownBy(() -> attestForbiDomanen(id, m.karin, m.erik, "SOCIALSEKRETERARE", 9_000, 3_000_000))
                .hasMessageContaining("attest_beslut_fk");
    }

    /**
     * The second line for the attest right: an attest above the attestant role's limit, one that
     * states a limit the rules do not give, or one for another amount than the decision's is
     * refused by the database even when the domain is bypassed.
     */
    @Test
    void theDatabaseRefusesAnAttestAboveTheAttestRightEvenWhenTheDomainIsBypassed() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.karin, mot, Beslutstyp.FORSORJNINGSSTOD, 40_000);
        assertThatThrownBy(() -> attestForbiDomanen(id, m.karin, m.erik, "SOCIALSEKRETERARE", 40_000, 3_000_000))
                .hasMessageContaining("attest_inom_attestratt_ck");
        assertThatThrownBy(() -> attestForbiDomanen(id, m.karin, m.erik, "SOCIALSEKRETERARE", 40_000, Long.MAX_VALUE))
                .hasMessageContaining("attest_regel_fk");
        assertThatThrownBy(() -> attestForbiDomanen(id, m.karin, m.erik, "SOCIALSEKRETERARE", 9_000, 3_000_000))
                .hasMessageContaining("attest_beslutets_belopp_fk");
        assertThatThrownBy(() -> attestForbiDomanen(id, m.karin, m.anna, "HANDLAGGARE", 40_000, Long.MAX_VALUE))
                .as("a role without attest right has no limit to refer to").hasMessageContaining("attest_regel_fk");
        m.attest.attestera(m.lars, id);
        assertThat(m.db.tx.iTransaktion(() -> m.db.tx.handle().createQuery("SELECT attestant_roll || ':' || "
                + "attest_grans_ore FROM attest WHERE attestbeslut_id = :b").bind("b", id).mapTo(String.class).one()))
                .isEqualTo("AVDELNINGSCHEF:" + Long.MAX_VALUE);
    }

    /** Inserts an attest row directly (as a bug or a tool that skipped the domain would). */
    private void attestForbiDomanen(long attestBeslutId, Aktor beslutadAv, Aktor attestant, String roll, long kronor,
                                    long gransOre) {
        m.db.tx.kor(() -> m.db.tx.handle().createUpdate("INSERT INTO attest (attestbeslut_id, beslutad_av, attesterad_av, "
                        + "attesterad, attestant_roll, ordning_id, beslutstyp, belopp_ore, livsforing_ore, attest_grans_ore, "
                        + "mottagare_id) VALUES (:b, :bav, :aav, CURRENT_TIMESTAMP, :roll, (SELECT MAX(id) FROM "
                        + "delegationsordning WHERE status = 'GALLANDE'), 'FORSORJNINGSSTOD', :belopp, 0, :grans, "
                        + "(SELECT mottagare_id FROM attestbeslut WHERE id = :b))")
                .bind("b", attestBeslutId).bind("bav", beslutadAv.id().varde()).bind("aav", attestant.id().varde())
                .bind("roll", roll).bind("belopp", kronor * 100).bind("grans", gransOre).execute());
    }

    /**
     * A dental bill split in two: each decision within anna's 5 000 kr for livsföring i övrigt, both
     * for the same case and month, together above it — the attestant sees the flag on both.
     */
    @Test
    void livsforingSplitUnderTheDelegationInOneCaseAndMonthIsFlaggedForTheAttestant() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long forsta = m.lamna(m.anna, mot, Beslutstyp.LIVSFORING_I_OVRIGT, 3_000);
        assertThat(m.attest.oppna(m.erik, forsta).flaggor()).doesNotContain(Riskflagga.UPPDELAD_LIVSFORING);
        long andra = m.lamna(m.anna, mot, Beslutstyp.LIVSFORING_I_OVRIGT, 2_500);
        assertThat(m.attest.inkorg(m.erik)).extracting(p -> p.beslut().id()).containsExactlyInAnyOrder(forsta, andra);
        assertThat(m.attest.inkorg(m.erik)).allSatisfy(p -> assertThat(p.flaggor())
                .contains(Riskflagga.UPPDELAD_LIVSFORING).doesNotContain(Riskflagga.OVER_DELEGATION));
        assertThat(m.attest.oppna(m.erik, forsta).flaggor()).contains(Riskflagga.UPPDELAD_LIVSFORING);
        m.attest.returnera(m.erik, andra, "Ett behov: fatta ett beslut.");
        assertThat(m.attest.oppna(m.erik, forsta).flaggor()).doesNotContain(Riskflagga.UPPDELAD_LIVSFORING);
    }

    @Test
    void aDecisionAboveTheMakersDelegationBecomesAProposalForSomeoneWithEnough() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        AttestService.Inlamning in = m.attest.lamnaForAttest(m.anna, m.nytt(mot, Beslutstyp.LIVSFORING_I_OVRIGT, 12_000, 1));
        assertThat(in.bedomning().inom()).isFalse();
        assertThat(in.bedomning().garTill()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("ENHETSCHEF"));
        assertThat(m.attest.inkorg(m.karin)).isEmpty();
        assertThat(m.attest.forslag(m.erik)).isEmpty();
        assertThat(m.attest.forslag(m.karin)).singleElement().satisfies(p -> {
            assertThat(p.delegation()).hasValueSatisfying(d -> assertThat(d.orsakNyckel()).isEqualTo("delegation.over"));
            assertThat(p.flaggor()).contains(Riskflagga.OVER_DELEGATION);
        });
        // Deciding it is the decision model's (BeslutService.fattaForslag: ForslagPersistensTest and
        // UtskottsbeslutTest): attest alone has no way to make a proposal payable.
        nekas(() -> m.attest.attestera(m.anna, in.id()), "behorighet.saknas");
        nekas(() -> m.attest.attestera(m.lars, in.id()), "attest.vantarInte");
        assertThat(m.handelser()).contains("BESLUT_FORSLAG_OVER_DELEGATION", "ATTEST_NEKAD");
    }

    @Test
    void aMixedDecisionsLivsforingPartIsCheckedAgainstItsOwnDelegationLimit() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        AttestService.Inlamning inom = m.attest.lamnaForAttest(m.anna,
                m.nytt(mot, Beslutstyp.FORSORJNINGSSTOD, 12_000, 3_000, 1));
        assertThat(inom.bedomning().inom()).isTrue();

        AttestService.Inlamning in = m.attest.lamnaForAttest(m.anna,
                m.nytt(mot, Beslutstyp.FORSORJNINGSSTOD, 15_000, 6_000, 2));
        assertThat(in.bedomning().inom()).isFalse();
        assertThat(in.bedomning().orsakNyckel()).isEqualTo("delegation.overDel");
        assertThat(in.bedomning().belopp()).isEqualTo(Money.ofKronor(6_000));
        assertThat(in.bedomning().garTill()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("SOCIALSEKRETERARE"));
        assertThat(m.attest.forslag(m.erik)).singleElement().satisfies(p -> {
            assertThat(p.beslut().livsforing()).isEqualTo(Money.ofKronor(6_000));
            assertThat(p.beslut().belopp()).isEqualTo(Money.ofKronor(15_000));
            assertThat(p.flaggor()).contains(Riskflagga.OVER_DELEGATION);
        });
        assertThat(m.handelser()).contains("BESLUT_FORSLAG_OVER_DELEGATION");
    }

    @Test
    void aMixedDecisionsLivsforingPartIsCheckedAgainstItsOwnAttestLimit() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.attest.lamnaForAttest(m.karin, m.nytt(mot, Beslutstyp.FORSORJNINGSSTOD, 24_000, 12_000, 1)).id();
        assertThat(m.attest.inkorg(m.erik)).isEmpty();
        nekas(() -> m.attest.attestera(m.erik, id), "attest.overAttestrattDel");
        assertThat(m.handelser()).contains("ATTEST_NEKAD");
        m.attest.attestera(m.lars, id);
    }

    @Test
    void attestAboveMyAttestRightIsRefusedAndNotInMyInbox() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.karin, mot, Beslutstyp.LIVSFORING_I_OVRIGT, 15_000);
        assertThat(m.attest.inkorg(m.erik)).isEmpty();
        nekas(() -> m.attest.attestera(m.erik, id), "attest.overAttestratt");
        m.attest.attestera(m.lars, id);
    }

    @Test
    void anUnapprovedRecipientCannotBePaidAndItsRegistrantCannotApproveIt() {
        long mot = m.mottagare.registrera(m.anna, "Hyresvärden AB", Optional.empty(),
                Optional.of(se.bistand.domain.betalning.Organisationsnummer.parse("556036-0793")), Bankgiro.parse("5050-1055"));
        long id = m.lamna(m.omar, mot, Beslutstyp.FORSORJNINGSSTOD, 6_000);
        nekas(() -> m.attest.attestera(m.erik, id), "attest.mottagareEjGodkand");
        nekas(() -> m.mottagare.godkann(m.anna, mot), "behorighet.saknas");
        m.db.tx.kor(() -> m.db.tx.handle().createUpdate("UPDATE anvandare SET roll = 'GRUPPLEDARE' WHERE anvandarnamn = 'anna'").execute());
        Aktor annaSomGruppledare = new Aktor(m.anna.id(), "anna", "anna", se.bistand.domain.behorighet.Roll.GRUPPLEDARE);
        nekas(() -> m.mottagare.godkann(annaSomGruppledare, mot), "mottagare.egenRegistrering");
        assertThat(m.handelser()).contains("MOTTAGARE_GODKANNANDE_NEKAT");
        assertThatThrownBy(() -> m.db.tx.kor(() -> m.db.tx.handle().createUpdate("UPDATE betalningsmottagare SET "
                + "status = 'GODKAND', godkand_av = registrerad_av, godkant_konto_nyckel = konto_nyckel WHERE id = :id")
                .bind("id", mot).execute()))
                .hasMessageContaining("mottagare_fyra_ogon");
        m.mottagare.godkann(m.maria, mot);
        m.attest.attestera(m.erik, id);
    }

    @Test
    void theFlenPatternIsFlaggedSharedAccountStaffAccountRecentChange() {
        long a = m.godkandMottagare("Person A", 981);
        long b = m.godkandMottagare("Person B", 982);
        m.mottagare.registreraPersonalkonto(m.sofia, m.omar.id(), Bankkonto.parse("9420", "4172385"));
        m.attest.lamnaForAttest(m.anna, m.nytt(a, Beslutstyp.FORSORJNINGSSTOD, 5_000, 1));
        m.attest.lamnaForAttest(m.anna, m.nytt(b, Beslutstyp.FORSORJNINGSSTOD, 5_000, 2));
        assertThat(m.attest.inkorg(m.karin)).allSatisfy(p -> assertThat(p.flaggor())
                .contains(Riskflagga.KONTO_FLERA_HUSHALL, Riskflagga.KONTO_PERSONAL, Riskflagga.NYLIGEN_ANDRAD));
    }

    @Test
    void happyPathAttestSampleTwoSignaturesExportAndACopyWithTheDecisionsAmount() {
        Utbetalningslista lista = signeradLista();
        assertThat(lista.status()).isEqualTo(Utbetalningslista.Status.SIGNERAD_2);
        List<Exportskrivare.Order> skrivna = new ArrayList<>();
        Exportskrivare skrivare = o -> {
            skrivna.add(o);
            return List.of("fil-" + skrivna.size() + ".xml");
        };
        nekas(() -> m.utbetalning.exportera(m.karin, lista.id(), skrivare), "behorighet.saknas");
        m.utbetalning.exportera(m.johan, lista.id(), skrivare);
        m.utbetalning.exportera(m.johan, lista.id(), skrivare);
        assertThat(skrivna).extracting(Exportskrivare.Order::kopia).containsExactly(false, true);
        // Both signatures and each export keep the audit chain's head as an anchor; the files get it too.
        List<Granskningsankare> ankare = m.db.tx.iTransaktion(() -> m.db.audit.ankare());
        assertThat(ankare).extracting(a -> a.kalla().replaceFirst(" \\(.*\\)$", "")).containsExactly(
                "signatur 1 av utbetalningslista " + lista.id(), "signatur 2 av utbetalningslista " + lista.id(),
                "export av utbetalningslista " + lista.id(), "exportkopia av utbetalningslista " + lista.id());
        assertThat(skrivna).extracting(o -> o.ankare().seq() + ":" + o.ankare().hash())
                .containsExactly(ankare.get(2).seq() + ":" + ankare.get(2).hash(),
                        ankare.get(3).seq() + ":" + ankare.get(3).hash());
        assertThat(m.db.auditService().verifiera(se.bistand.domain.behorighet.Aktor.system("test")).ok()).isTrue();
        assertThat(skrivna.get(0).rader()).extracting(Exportskrivare.Rad::belopp)
                .containsExactlyInAnyOrder(Money.ofKronor(9_000), Money.ofKronor(4_500));
        Utbetalningslista efter = m.utbetalning.lista(m.johan, lista.id()).lista();
        assertThat(efter.status()).isEqualTo(Utbetalningslista.Status.EXPORTERAD);
        assertThat(efter.exporter()).extracting(Utbetalningslista.Export::kopia).containsExactly(false, true);
        UtbetalningService.Manadsgranskning mg = m.utbetalning.manadsgranskning(m.lars, java.time.YearMonth.of(2026, 11));
        assertThat(mg.rader()).hasSize(2);
        assertThat(mg.utanAttesteratBeslut()).isZero();
        assertThat(mg.summa()).isEqualTo(Money.ofKronor(13_500));
    }

    /**
     * Issue 11 (finding 15): a client with skyddad identitet as the recipient is masked in the
     * attest inbox and detail for an attestant who is not their handläggare and in the month's
     * review for the revisor; a chef sees the name; the bank's file names them, the CSV does not.
     */
    @Test
    void aProtectedRecipientIsMaskedForAttestantAndRevisorButNotForTheChefOrTheBank() {
        m.skyddadKlient(980);
        Utbetalningslista lista = signeradLista();
        long mot = lista.rader().get(0).mottagare().id();
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 2_000, AttestMiljo.DAG.plusDays(1));
        for (AttestService.Post p : List.of(m.attest.inkorg(m.erik).get(0), m.attest.oppna(m.erik, id))) {
            assertThat(p.mottagare().namn()).isEqualTo("Skyddad identitet");
            assertThat(p.mottagare().identitet()).doesNotContainPattern("[0-9]");
            assertThat(p.mottagare().personnummer()).isEmpty();
            assertThat(p.flaggor()).isEqualTo(m.attest.inkorg(m.karin).get(0).flaggor());
        }
        assertThat(m.attest.inkorg(m.karin).get(0).mottagare().namn()).isEqualTo("Karin Ek");

        UtbetalningService.Manadsgranskning revisor = m.utbetalning.manadsgranskning(m.eva, java.time.YearMonth.of(2026, 11));
        assertThat(revisor.rader()).hasSize(2).allSatisfy(r -> assertThat(r.mottagare().namn())
                .isEqualTo("Skyddad identitet"));
        assertThat(m.utbetalning.manadsgranskning(m.lars, java.time.YearMonth.of(2026, 11)).rader())
                .allSatisfy(r -> assertThat(r.mottagare().namn()).isEqualTo("Karin Ek"));
        assertThat(m.utbetalning.oppnaRad(m.johan, lista.id(), lista.rader().get(0).id()).mottagare().namn())
                .isEqualTo("Skyddad identitet");
        assertThat(m.db.tx.iTransaktion(() -> m.db.atkomst.senaste(10))).extracting(Atkomstlogg.Post::atgard)
                .contains("MANADSGRANSKNING", "ATTEST_OPPNA", "UTBETALNING_GRANSKA", "ATTEST_INKORG");
        int rader = m.db.tx.iTransaktion(() -> m.db.atkomst.senaste(1000)).size();
        assertThat(m.attest.antalVantande(m.erik)).isPositive();
        assertThat(m.db.tx.iTransaktion(() -> m.db.atkomst.senaste(1000))).as("the badge is a number: no row")
                .hasSize(rader);

        List<Exportskrivare.Order> skrivna = new ArrayList<>();
        m.utbetalning.exportera(m.johan, lista.id(), o -> {
            skrivna.add(o);
            return List.of("fil.xml");
        });
        assertThat(skrivna.get(0).rader()).hasSize(2).allSatisfy(r -> {
            assertThat(r.mottagare()).isEqualTo("Karin Ek");
            assertThat(r.skyddadIdentitet()).isTrue();
        });
        assertThat(m.utbetalning.lista(m.lars, lista.id()).lista().status()).isEqualTo(Utbetalningslista.Status.EXPORTERAD);
    }

    @Test
    void signingRefusalsSamePersonTwiceInvolvedSignerWrongPasswordAndAChangeAfterTheFirstSignature() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        m.attest.attestera(m.karin, id);
        long listaId = m.utbetalning.listor(m.lars).get(0).id();
        Utbetalningslista l = granska(listaId);
        nekas(() -> m.utbetalning.signera(m.karin, listaId, AttestMiljo.LOSEN.toCharArray(), l.hash()), "utbetalning.jav");
        nekas(() -> m.utbetalning.signera(m.lars, listaId, "fel".toCharArray(), l.hash()), "inloggning.felaktigKvar");
        m.utbetalning.signera(m.lars, listaId, AttestMiljo.LOSEN.toCharArray(), l.hash());
        nekas(() -> m.utbetalning.signera(m.lars, listaId, AttestMiljo.LOSEN.toCharArray(), l.hash()),
                "utbetalning.sammaPersonTvaGanger");
        long id2 = m.lamna(m.omar, mot, Beslutstyp.FORSORJNINGSSTOD, 1_000);
        m.attest.attestera(m.erik, id2);
        long attest2 = m.db.tx.iTransaktion(() -> m.db.tx.handle().createQuery("SELECT id FROM attest WHERE "
                + "attestbeslut_id = :b").bind("b", id2).mapTo(Long.class).one());
        assertThat(m.utbetalning.listor(m.lars)).hasSize(2);
        nekas(() -> m.utbetalning.laggTillPaLista(m.lars, listaId, attest2), "utbetalning.listanLast");
        assertThatThrownBy(() -> m.db.tx.kor(() -> m.db.tx.handle().createUpdate("UPDATE attestbeslut SET "
                        + "belopp_ore = 900001 WHERE id = :id").bind("id", id).execute()))
                .as("an attested amount cannot be changed in the database (PostgreSQL: V051's trigger speaks first)")
                .hasMessageMatching("(?s).*(attest_beslutets_belopp_fk|bistand_attestbeslut).*");
        m.db.tx.kor(() -> m.db.tx.handle().createUpdate("UPDATE attestbeslut SET arende_text = '2026-0412 Någon annan' "
                        + "WHERE id = :id").bind("id", id).execute());
        Aktor annanChef = m.db.tx.iTransaktion(() -> m.db.anvandare.hitta("maria")).orElseThrow().somAktor();
        String nyHash = m.utbetalning.lista(m.lars, listaId).lista().hash();
        assertThat(nyHash).isNotEqualTo(l.hash());
        m.db.tx.kor(() -> m.db.tx.handle().createUpdate("UPDATE anvandare SET roll = 'ENHETSCHEF' WHERE id = :id")
                .bind("id", annanChef.id().varde()).execute());
        Aktor mariaChef = new Aktor(annanChef.id(), "maria", "maria", se.bistand.domain.behorighet.Roll.ENHETSCHEF);
        nekas(() -> m.utbetalning.signera(mariaChef, listaId, AttestMiljo.LOSEN.toCharArray(), nyHash),
                "utbetalning.innehalletAndratEfterSignering");
        assertThat(m.handelser()).contains("UTBETALNINGSLISTA_SIGNERING_NEKAD", "SIGNERING_MISSLYCKAD");
    }

    @Test
    void aDecisionWhoseRecipientWasRejectedAfterAnAccountChangeCannotBeAttested() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        m.mottagare.andraKonto(m.anna, mot, se.bistand.domain.betalning.Bankgiro.parse("5050-1055"));
        nekas(() -> m.attest.attestera(m.erik, id), "attest.mottagareEjGodkand");
        m.mottagare.avvisa(m.maria, mot, "Bankgirot tillhör inte klienten.");
        nekas(() -> m.attest.attestera(m.erik, id), "attest.mottagareAvvisad");
        assertThat(m.handelser()).contains("MOTTAGARE_AVVISAD", "ATTEST_NEKAD");
    }

    @Test
    void myDecisionsShowEverythingStillWaitingAndOnlyRecentFinishedOnes() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long vantar = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        long klar = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 8_000);
        m.attest.attestera(m.erik, klar);
        java.time.Instant gammal = m.db.klocka.instant().minus(AttestService.MINA_AVSLUTADE).minusSeconds(3600);
        m.db.tx.kor(() -> m.db.tx.handle().createUpdate("UPDATE attestbeslut SET skapad = :t WHERE id IN (:a, :b)")
                .bind("t", se.bistand.persistence.grund.Tider.utc(gammal)).bind("a", vantar).bind("b", klar).execute());
        assertThat(m.attest.mina(m.anna)).extracting(p -> p.beslut().id()).containsExactly(vantar);
    }

    @Test
    void anAttestIsWithdrawnFromAnUnsignedListAndThePaymentLeavesTheList() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        m.attest.attestera(m.erik, id);
        long listaId = m.utbetalning.listor(m.lars).get(0).id();
        assertThat(m.utbetalning.lista(m.lars, listaId).lista().rader()).hasSize(1);

        nekas(() -> m.attest.aterkalla(m.anna, id, "Fel hyra"), "behorighet.saknas");
        nekas(() -> m.attest.aterkalla(m.erik, id, " "), "attest.kommentarSaknas");
        m.attest.aterkalla(m.erik, id, "Hyran är fel, rätta beslutet.");

        assertThat(m.utbetalning.lista(m.lars, listaId).lista().rader()).isEmpty();
        AttestBeslut b = m.db.tx.iTransaktion(() -> m.attestRepo.hitta(id)).orElseThrow();
        assertThat(b.status()).isEqualTo(AttestBeslut.Status.RETURNERAD);
        assertThat(b.returKommentar()).contains("Hyran är fel, rätta beslutet.");
        assertThat(m.attest.mina(m.anna)).extracting(p -> p.beslut().status()).containsExactly(AttestBeslut.Status.RETURNERAD);
        assertThat(m.db.tx.iTransaktion(m.utbetalningRepo::antalUtanAttesteratBeslut)).isZero();
        assertThat(m.handelser()).contains("ATTEST_ATERKALLAD", "UTBETALNING_BORTTAGEN");
        nekas(() -> m.attest.aterkalla(m.karin, id, "Igen"), "attest.inteAttesterad");
    }

    @Test
    void anAttestCannotBeWithdrawnOnceTheListIsSignedAndTheRefusalIsAudited() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        m.attest.attestera(m.erik, id);
        nekas(() -> m.attest.aterkalla(m.anna, id, "x"), "behorighet.saknas");
        assertThat(m.attest.attesteradeAvMig(m.erik)).extracting(p -> p.beslut().id()).containsExactly(id);
        assertThat(m.attest.attesteradeAvMig(m.karin)).isEmpty();
        long listaId = m.utbetalning.listor(m.lars).get(0).id();
        Utbetalningslista l = granska(listaId);
        m.utbetalning.signera(m.lars, listaId, AttestMiljo.LOSEN.toCharArray(), l.hash());
        assertThat(m.attest.attesteradeAvMig(m.erik)).as("signed: no longer withdrawable").isEmpty();
        nekas(() -> m.attest.aterkalla(m.karin, id, "Hyran är fel."), "utbetalning.aterkallaListanLast");
        assertThat(m.utbetalning.lista(m.lars, listaId).lista().rader()).hasSize(1);
        assertThat(m.db.tx.iTransaktion(() -> m.attestRepo.hitta(id)).orElseThrow().status())
                .isEqualTo(AttestBeslut.Status.ATTESTERAD);
        assertThat(m.handelser()).contains("ATTEST_ATERKALLANDE_NEKAT");
    }

    @Test
    void twoAttestantsRacingOnTwoConnectionsOneWinsCleanly() throws Exception {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        // Both pass the rules on the same state, then meet before writing.
        AttestService tjanst = new AttestService(m.db.tx, mote(AttestRepository.class, m.attestRepo, "uppdatera"),
                m.delegationRepo, m.mottagareRepo, m.db.anvandare, m.risk, m.utbetalning, m.db.audit, m.db.atkomst,
                m.db.klocka, m.skydd);
        List<Object> utfall = kapplop(() -> {
            tjanst.attestera(m.karin, id);
            return "ok";
        }, () -> {
            tjanst.attestera(m.lars, id);
            return "ok";
        });
        assertThat(utfall).filteredOn("ok"::equals).hasSize(1);
        assertThat(utfall).filteredOn(o -> o instanceof DomainException).hasSize(1);
        assertThat(m.db.tx.iTransaktion(() -> m.db.tx.handle().createQuery("SELECT COUNT(*) FROM utbetalning")
                .mapTo(Long.class).one())).isEqualTo(1);
    }

    @Test
    void twoSignersRacingForTheFirstSignatureOneWinsCleanly() throws Exception {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        m.attest.attestera(m.erik, id);
        long listaId = m.utbetalning.listor(m.lars).get(0).id();
        String hash = granska(listaId).hash();
        // Both read the list as Granskad before either writes: each waits for the other at the signature insert.
        UtbetalningRepository vantande = mote(UtbetalningRepository.class, m.utbetalningRepo, "signera");
        UtbetalningService tjanst = m.utbetalningService(vantande);
        List<Object> utfall = kapplop(
                () -> tjanst.signera(m.karin, listaId, AttestMiljo.LOSEN.toCharArray(), hash),
                () -> tjanst.signera(m.lars, listaId, AttestMiljo.LOSEN.toCharArray(), hash));
        assertThat(utfall).filteredOn(o -> o instanceof UtbetalningService.Listvy).hasSize(1);
        assertThat(utfall).filteredOn(o -> o instanceof DomainException).hasSize(1);
        Utbetalningslista l = m.utbetalning.lista(m.lars, listaId).lista();
        assertThat(l.status()).isEqualTo(Utbetalningslista.Status.SIGNERAD_1);
        assertThat(l.signaturer()).hasSize(1);
    }

    @Test
    void delegationChangesNeedASecondPersonAndTakeEffectFromTheirDate() {
        var nu = m.delegation.gallande(AttestMiljo.DAG);
        List<DelegationsRegel> regler = new ArrayList<>(nu.regler());
        regler.replaceAll(r -> r.typ() == Beslutstyp.LIVSFORING_I_OVRIGT && r.roll().name().equals("HANDLAGGARE")
                ? new DelegationsRegel(r.typ(), r.roll(), true, Optional.of(Money.ofKronor(7_000)), false, Optional.empty()) : r);
        long id = m.delegation.foresla(m.sofia, AttestMiljo.DAG, "Höjd gräns för handläggare", regler);
        nekas(() -> m.delegation.bekrafta(m.sofia, id), "delegation.egenAndring");
        assertThat(m.delegation.bedom(m.anna, Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(6_000), AttestMiljo.DAG).inom())
                .isFalse();
        m.delegation.bekrafta(m.lars, id);
        assertThat(m.delegation.bedom(m.anna, Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(6_000), AttestMiljo.DAG).inom())
                .isTrue();
        assertThat(m.delegation.bedom(m.anna, Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(6_000),
                AttestMiljo.DAG.minusDays(1)).inom()).isFalse();
        assertThat(m.handelser()).contains("DELEGATION_FORESLAGEN", "DELEGATION_BEKRAFTAD_NEKAD", "DELEGATION_BEKRAFTAD");
    }

    private Utbetalningslista signeradLista() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long a = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        long b = m.lamna(m.omar, mot, Beslutstyp.LIVSFORING_I_OVRIGT, 4_500);
        m.attest.attestera(m.erik, a);
        m.attest.attestera(m.maria, b);
        long listaId = m.utbetalning.listor(m.lars).get(0).id();
        Utbetalningslista l = granska(listaId);
        nekas(() -> m.utbetalning.exportera(m.johan, listaId, o -> List.of()), "utbetalning.inteSigneradTvaGanger");
        m.utbetalning.signera(m.karin, listaId, AttestMiljo.LOSEN.toCharArray(), l.hash());
        return m.utbetalning.signera(m.lars, listaId, AttestMiljo.LOSEN.toCharArray(), l.hash()).lista();
    }

    private Utbetalningslista granska(long listaId) {
        Utbetalningslista l = m.utbetalning.draStickprov(m.karin, listaId).lista();
        nekas(() -> m.utbetalning.signera(m.karin, listaId, AttestMiljo.LOSEN.toCharArray(), l.hash()), "utbetalning.ejGranskad");
        l.rader().stream().filter(r -> r.iStickprov()).forEach(r -> {
            m.utbetalning.oppnaRad(m.karin, listaId, r.id());
            m.utbetalning.markeraGranskad(m.karin, listaId, r.id());
        });
        Utbetalningslista g = m.utbetalning.lista(m.karin, listaId).lista();
        assertThat(g.status()).isEqualTo(Utbetalningslista.Status.GRANSKAD);
        return g;
    }

    /** A port whose {@code metod} waits until two threads have reached it, then runs for real. */
    private static <T> T mote(Class<T> port, T riktig, String metod) {
        CyclicBarrier bada = new CyclicBarrier(2);
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, m, args) -> {
            if (m.getName().equals(metod)) {
                bada.await(5, TimeUnit.SECONDS);
            }
            try {
                return m.invoke(riktig, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /** Runs two calls at the same moment on two threads (two pooled connections). */
    private static List<Object> kapplop(Callable<Object> a, Callable<Object> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> f = new ArrayList<>();
            for (Callable<Object> c : List.of(a, b)) {
                f.add(pool.submit(() -> {
                    start.await();
                    try {
                        return c.call();
                    } catch (DomainException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> ut = Collections.synchronizedList(new ArrayList<>());
            for (Future<Object> x : f) {
                ut.add(x.get());
            }
            return ut;
        } finally {
            pool.shutdownNow();
        }
    }
}
