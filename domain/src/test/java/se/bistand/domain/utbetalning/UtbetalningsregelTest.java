package se.bistand.domain.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.Riskbedomning;
import se.bistand.domain.betalning.Riskflagga;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Personnummer;

/** The payout list's rules without a database: signing refusals, the freeze, the hash, the sample, the flags. */
class UtbetalningsregelTest {

    static final LocalDate DAG = LocalDate.of(2026, 11, 25);
    static final AnvandareId ANNA = new AnvandareId(1);
    static final AnvandareId ERIK = new AnvandareId(3);
    static final Aktor KARIN = new Aktor(new AnvandareId(5), "karin", "Karin Berg", Roll.ENHETSCHEF);
    static final Aktor LARS = new Aktor(new AnvandareId(6), "lars", "Lars Ekström", Roll.AVDELNINGSCHEF);
    static final Personnummer KLIENT = Personnummer.av(LocalDate.of(1985, 4, 12), 980, false);

    /** The migration's rule: an enhetschef and an avdelningschef. */
    static final Signeringsregel REGEL = regel(1, Roll.ENHETSCHEF, Roll.AVDELNINGSCHEF);

    static Signeringsregel regel(long id, Roll forsta, Roll andra) {
        return new Signeringsregel(id, List.of(forsta, andra), "test", Signeringsregel.Status.GALLANDE, Optional.empty(),
                Instant.EPOCH, Optional.empty(), Optional.of(Instant.EPOCH.plusSeconds(id)), 0);
    }

    /** The first signature of {@code vem} under {@link #REGEL}. */
    static Utbetalningslista.Signatur signatur(Aktor vem, String hash) {
        return new Utbetalningslista.Signatur(1, vem.id(), vem.roll(), Optional.of(REGEL.id()),
                REGEL.ledigPlats(vem.roll(), List.of()), Instant.EPOCH, hash);
    }

    static Betalningsmottagare mottagare(long id, Betalningsmottagare.Status status, Instant andrad) {
        return new Betalningsmottagare(id, "Karin Ek", Optional.of(KLIENT), Optional.empty(),
                Bankkonto.parse("9420", "4172385"), status, ANNA, andrad, Optional.of(ERIK), Optional.of(andrad), andrad, Optional.empty(),
                Optional.empty(), 0);
    }

    static Utbetalningsrad rad(long id, long kronor, AnvandareId beslutad, AnvandareId attesterad) {
        AttestBeslut b = new AttestBeslut(id, 100 + id, Optional.of(7L), "Ärende 2026-0" + id, 10 + id,
                Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(kronor), Money.ZERO, new AttestBeslut.Berakningssammanfattning(
                Money.ofKronor(8_000), Money.ofKronor(6_000), Money.ZERO), DAG, 1, beslutad, Optional.of(beslutad),
                AttestBeslut.Status.ATTESTERAD, Optional.empty(), Instant.EPOCH, 0);
        return new Utbetalningsrad(id, 1, id, b, mottagare(1, Betalningsmottagare.Status.GODKAND, Instant.EPOCH),
                attesterad, false, Optional.empty(), Optional.empty());
    }

    static Utbetalningslista lista(Utbetalningslista.Status status, List<Utbetalningslista.Signatur> sig,
                                   Utbetalningsrad... rader) {
        Utbetalningslista utan = new Utbetalningslista(1, DAG, status, true, Optional.empty(), List.of(rader), sig,
                List.of(), 0);
        return new Utbetalningslista(1, DAG, status, true, status.last() ? Optional.of(utan.hash()) : Optional.empty(),
                List.of(rader), sig, List.of(), 0);
    }

    static String nyckel(Aktor a, Utbetalningslista l) {
        DomainException e = Signeringsregler.prova(l, a, REGEL, l.hash(), l.hash());
        return e == null ? "ok" : e.key();
    }

    @Test
    void theHappyPathTwoDifferentUninvolvedSignersOnAReviewedList() {
        Utbetalningslista granskad = lista(Utbetalningslista.Status.GRANSKAD, List.of(), rad(1, 9_000, ANNA, ERIK));
        assertThat(nyckel(KARIN, granskad)).isEqualTo("ok");
        Utbetalningslista en = lista(Utbetalningslista.Status.SIGNERAD_1,
                List.of(signatur(KARIN, granskad.hash())),
                rad(1, 9_000, ANNA, ERIK));
        assertThat(nyckel(LARS, en)).isEqualTo("ok");
    }

    @Test
    void theSamePersonCannotSignTwice() {
        Utbetalningslista en = lista(Utbetalningslista.Status.SIGNERAD_1,
                List.of(signatur(KARIN, "x")), rad(1, 9_000, ANNA, ERIK));
        assertThat(nyckel(KARIN, en)).isEqualTo("utbetalning.sammaPersonTvaGanger");
    }

    @Test
    void aSignerWhoDecidedOrAttestedALineIsRefused() {
        assertThat(nyckel(KARIN, lista(Utbetalningslista.Status.GRANSKAD, List.of(), rad(1, 9_000, KARIN.id(), ERIK))))
                .isEqualTo("utbetalning.jav");
        assertThat(nyckel(KARIN, lista(Utbetalningslista.Status.GRANSKAD, List.of(), rad(1, 9_000, ANNA, KARIN.id()))))
                .isEqualTo("utbetalning.jav");
    }

    @Test
    void anUnreviewedListCannotBeSignedNorOneAlreadySignedTwice() {
        assertThat(nyckel(KARIN, lista(Utbetalningslista.Status.UTKAST, List.of(), rad(1, 9_000, ANNA, ERIK))))
                .isEqualTo("utbetalning.ejGranskad");
        assertThat(nyckel(KARIN, lista(Utbetalningslista.Status.SIGNERAD_2, List.of(), rad(1, 9_000, ANNA, ERIK))))
                .isEqualTo("utbetalning.redanFardigsignerad");
    }

    @Test
    void aChangeAfterTheFirstSignatureIsCaughtByTheHashAndLinesCannotBeAdded() {
        Utbetalningslista en = lista(Utbetalningslista.Status.SIGNERAD_1,
                List.of(signatur(KARIN, "x")), rad(1, 9_000, ANNA, ERIK));
        Utbetalningslista andrad = new Utbetalningslista(1, DAG, en.status(), true, en.innehallHash(),
                List.of(rad(1, 9_500, ANNA, ERIK)), en.signaturer(), List.of(), 0);
        assertThat(nyckel(LARS, andrad)).isEqualTo("utbetalning.innehalletAndratEfterSignering");
        assertThatThrownBy(en::kravOppen).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("utbetalning.listanLast"));
        Utbetalningslista granskad = lista(Utbetalningslista.Status.GRANSKAD, List.of(), rad(1, 9_000, ANNA, ERIK));
        assertThat(Signeringsregler.prova(granskad, KARIN, REGEL, granskad.hash(), "annan").key())
                .isEqualTo("utbetalning.innehalletAndrat");
    }

    @Test
    void anUnapprovedRecipientBlocksSigning() {
        Utbetalningsrad r = rad(1, 9_000, ANNA, ERIK);
        Utbetalningsrad ej = new Utbetalningsrad(1, 1, 1, r.beslut(),
                mottagare(1, Betalningsmottagare.Status.VANTAR, Instant.EPOCH), ERIK, false, Optional.empty(),
                Optional.empty());
        assertThat(nyckel(KARIN, lista(Utbetalningslista.Status.GRANSKAD, List.of(), ej)))
                .isEqualTo("utbetalning.mottagareEjGodkand");
    }

    @Test
    void theHashCoversAmountAccountAndPeopleAndIsStable() {
        Utbetalningslista a = lista(Utbetalningslista.Status.GRANSKAD, List.of(), rad(1, 9_000, ANNA, ERIK));
        assertThat(a.hash()).hasSize(64).isEqualTo(lista(Utbetalningslista.Status.GRANSKAD, List.of(),
                rad(1, 9_000, ANNA, ERIK)).hash());
        assertThat(a.hash()).isNotEqualTo(lista(Utbetalningslista.Status.GRANSKAD, List.of(), rad(1, 9_000, ANNA,
                new AnvandareId(9))).hash());
        assertThat(Utbetalningslista.grupperad("abcd1234ef")).isEqualTo("abcd 1234 ef");
    }

    @Test
    void theSampleTakesTheShareAtLeastOneAndEveryLineAboveTheLimit() {
        List<Utbetalningsrad> rader = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rader.add(rad(i, i == 7 ? 15_000 : 3_000, ANNA, ERIK));
        }
        Set<Long> valda = new Stickprovsregel(10, Money.ofKronor(10_000)).dra(rader, new Random(1));
        assertThat(valda).hasSize(2).contains(7L);
        assertThat(new Stickprovsregel(0, Money.ofKronor(99_000)).dra(rader.subList(0, 3), new Random(1))).hasSize(1);
    }

    @Test
    void theFlenFraudPatternIsFlagged() {
        Betalningsmottagare m = mottagare(1, Betalningsmottagare.Status.GODKAND, Instant.parse("2026-11-10T10:00:00Z"));
        Riskbedomning r = new Riskbedomning(Map.of(m.konto().normaliserad(), Set.of(11L, 12L)),
                Set.of(m.konto().normaliserad()), Set.of(KLIENT));
        assertThat(r.forBetalning(m, 11L, DAG)).contains(Riskflagga.KONTO_FLERA_HUSHALL, Riskflagga.KONTO_PERSONAL,
                Riskflagga.PERSONNUMMER_PERSONAL, Riskflagga.NYLIGEN_ANDRAD);
        Riskbedomning ren = new Riskbedomning(Map.of(m.konto().normaliserad(), Set.of(11L)), Set.of(), Set.of());
        assertThat(ren.forBetalning(mottagare(1, Betalningsmottagare.Status.GODKAND, Instant.EPOCH), 11L, DAG)).isEmpty();
        assertThat(Riskbedomning.hogtBelopp(Money.ofKronor(21_001), Money.ofKronor(14_000))).isTrue();
        assertThat(Riskbedomning.hogtBelopp(Money.ofKronor(21_000), Money.ofKronor(14_000))).isFalse();
    }
}
