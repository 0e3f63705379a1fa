package se.bistand.domain.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.ANNA;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.ERIK;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.KARIN;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.LARS;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.REGEL;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.lista;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.rad;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.regel;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.signatur;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.testhjalp.Minnesportar;

/** Who signs a payout list: the rule in data, one signature per place, the barred, the uncompletable list. */
class SigneringsregelTest {

    static final Aktor KERSTIN = new Aktor(new AnvandareId(7), "kerstin", "Kerstin Ås", Roll.ENHETSCHEF);
    static final Aktor SOFIA = new Aktor(new AnvandareId(8), "sofia", "Sofia Nyberg", Roll.SYSTEMFORVALTARE);

    static Anvandare anvandare(Aktor a, boolean aktiv) {
        return new Anvandare(a.id(), a.anvandarnamn(), a.namn(), a.roll(), Optional.empty(), "x", aktiv, 0, false,
                null, 0);
    }

    static String nyckel(Aktor a, Utbetalningslista l, Signeringsregel regel) {
        DomainException e = Signeringsregler.prova(l, a, regel, l.hash(), l.hash());
        return e == null ? "ok" : e.key();
    }

    static Utbetalningslista enSignatur(Aktor forste) {
        return lista(Utbetalningslista.Status.SIGNERAD_1, List.of(signatur(forste, "x")), rad(1, 9_000, ANNA, ERIK));
    }

    @Test
    void twoSignersOfTheSameRoleAreRefusedUnderTheDefaultRule() {
        Utbetalningslista l = enSignatur(KARIN);
        assertThat(nyckel(KERSTIN, l, REGEL)).as("a second enhetschef").isEqualTo("utbetalning.rollenHarSignerat");
        assertThat(nyckel(LARS, l, REGEL)).isEqualTo("ok");
        Utbetalningslista granskad = lista(Utbetalningslista.Status.GRANSKAD, List.of(), rad(1, 9_000, ANNA, ERIK));
        assertThat(nyckel(ERIK_SOM_AKTOR, granskad, REGEL)).as("a role the rule does not name")
                .isEqualTo("utbetalning.rollenSignerarInte");
    }

    static final Aktor ERIK_SOM_AKTOR = new Aktor(ERIK, "erik", "Erik Sandberg", Roll.SOCIALSEKRETERARE);

    @Test
    void aRuleThatNamesTheSameRoleTwiceLetsTwoOfThatRoleSign() {
        Signeringsregel tvaEnhetschefer = regel(2, Roll.ENHETSCHEF, Roll.ENHETSCHEF);
        Utbetalningslista l = lista(Utbetalningslista.Status.SIGNERAD_1, List.of(new Utbetalningslista.Signatur(1,
                KARIN.id(), Roll.ENHETSCHEF, Optional.of(2L), Optional.of(1), Instant.EPOCH, "x")), rad(1, 9_000, ANNA, ERIK));
        assertThat(nyckel(KERSTIN, l, tvaEnhetschefer)).isEqualTo("ok");
        assertThat(tvaEnhetschefer.ledigPlats(Roll.ENHETSCHEF, l.signaturer())).contains(2);
        assertThat(nyckel(LARS, l, tvaEnhetschefer)).isEqualTo("utbetalning.rollenSignerarInte");
    }

    @Test
    void aChefWhoAttestedALineIsBarredAndToldSoBeforeSigningAndTheOthersAreListed() {
        Utbetalningslista l = lista(Utbetalningslista.Status.GRANSKAD, List.of(), rad(1, 9_000, ANNA, KARIN.id()));
        Signeringsregler.Signeringslage lage = Signeringsregler.lage(l, REGEL,
                List.of(anvandare(KARIN, true), anvandare(KERSTIN, true), anvandare(LARS, true)), KARIN);
        assertThat(lage.dittHinder()).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("utbetalning.jav"));
        assertThat(lage.kvar()).containsExactly(Roll.ENHETSCHEF, Roll.AVDELNINGSCHEF);
        assertThat(lage.kandidater()).extracting(Signeringsregler.Kandidat::namn)
                .containsExactly("Kerstin Ås", "Lars Ekström");
        assertThat(lage.kanFullbordas()).isTrue();
        assertThat(nyckel(KARIN, l, REGEL)).isEqualTo("utbetalning.jav");
    }

    @Test
    void beforeAttestingAChefLearnsTheyWouldBeBarredAndWhetherTheListCouldStillBeSigned() {
        Utbetalningslista l = lista(Utbetalningslista.Status.UTKAST, List.of(), rad(1, 9_000, ANNA, ERIK));
        Signeringsregler.Signeringslage omKarinAttesterar = Signeringsregler.lage(l, REGEL,
                List.of(anvandare(KARIN, true), anvandare(LARS, true)), KARIN, Optional.of(KARIN.id()));
        assertThat(omKarinAttesterar.kandidater()).extracting(Signeringsregler.Kandidat::namn).containsExactly("Lars Ekström");
        assertThat(omKarinAttesterar.kanFullbordas()).as("the only enhetschef would be barred").isFalse();
        assertThat(omKarinAttesterar.saknadeRoller()).containsExactly(Roll.ENHETSCHEF);
        Signeringsregler.Signeringslage medKerstin = Signeringsregler.lage(l, REGEL,
                List.of(anvandare(KARIN, true), anvandare(KERSTIN, true), anvandare(LARS, true)), KARIN,
                Optional.of(KARIN.id()));
        assertThat(medKerstin.kanFullbordas()).isTrue();
    }

    @Test
    void aListNoAvailablePersonCanCompleteIsFlagged() {
        Utbetalningslista l = enSignatur(KARIN);
        assertThat(Signeringsregler.lage(l, REGEL, List.of(anvandare(KARIN, true), anvandare(LARS, false)), KARIN)
                .kanFullbordas()).as("the only avdelningschef is inactive").isFalse();
        Utbetalningslista lars = lista(Utbetalningslista.Status.SIGNERAD_1, List.of(signatur(KARIN, "x")),
                rad(1, 9_000, ANNA, LARS.id()));
        Signeringsregler.Signeringslage lage = Signeringsregler.lage(lars, REGEL,
                List.of(anvandare(KARIN, true), anvandare(KERSTIN, true), anvandare(LARS, true)), KARIN);
        assertThat(lage.kvar()).containsExactly(Roll.AVDELNINGSCHEF);
        assertThat(lage.kandidater()).as("another enhetschef does not fill the avdelningschef's place").isEmpty();
        assertThat(lage.kanFullbordas()).as("the only avdelningschef attested a line").isFalse();
        assertThat(lage.saknadeRoller()).containsExactly(Roll.AVDELNINGSCHEF);
        assertThat(Signeringsregler.lage(l, REGEL, List.of(anvandare(KARIN, true), anvandare(LARS, true)), KARIN)
                .kanFullbordas()).isTrue();
    }

    @Test
    void theRuleIsDataChangedByOneAndConfirmedByAnotherAndTheNewestConfirmedIsInForce() {
        MinnesRegler repo = new MinnesRegler();
        repo.foresla(REGEL);
        repo.avgor(1, Signeringsregel.Status.GALLANDE, ERIK, Instant.EPOCH, 0);
        List<String> handelser = new ArrayList<>();
        SigneringsregelService tjanst = new SigneringsregelService(Minnesportar.direkt(), repo,
                Minnesportar.audit(h -> handelser.add(h.handelse())), Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
                ZoneOffset.UTC));
        assertThat(tjanst.lage(SOFIA).gallande().roller()).containsExactly(Roll.ENHETSCHEF, Roll.AVDELNINGSCHEF);
        assertThatThrownBy(() -> tjanst.foresla(SOFIA, Roll.ENHETSCHEF, Roll.REVISOR, "Revisor signerar"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("signeringsregel.rollKanInteSignera"));
        assertThatThrownBy(() -> tjanst.foresla(KARIN, Roll.ENHETSCHEF, Roll.ENHETSCHEF, "Två enhetschefer"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("behorighet.saknas"));
        long id = tjanst.foresla(SOFIA, Roll.ENHETSCHEF, Roll.ENHETSCHEF, "Två enhetschefer");
        assertThat(tjanst.lage(SOFIA).gallande().roller()).as("not in force before confirmation")
                .containsExactly(Roll.ENHETSCHEF, Roll.AVDELNINGSCHEF);
        Aktor sofiaSomBekraftare = new Aktor(SOFIA.id(), "sofia", "Sofia", Roll.SYSTEMFORVALTARE);
        assertThatThrownBy(() -> tjanst.bekrafta(sofiaSomBekraftare, id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("signeringsregel.egenAndring"));
        tjanst.bekrafta(LARS, id);
        assertThat(tjanst.lage(SOFIA).gallande().roller()).containsExactly(Roll.ENHETSCHEF, Roll.ENHETSCHEF);
        assertThat(handelser).containsExactly("SIGNERINGSREGEL_FORESLAGEN", "SIGNERINGSREGEL_BEKRAFTAD_NEKAD",
                "SIGNERINGSREGEL_BEKRAFTAD");
    }

    /** The rule's versions in memory. */
    static final class MinnesRegler implements SigneringsregelRepository {
        private final List<Signeringsregel> alla = new ArrayList<>();

        @Override
        public List<Signeringsregel> alla() {
            return List.copyOf(alla);
        }

        @Override
        public Optional<Signeringsregel> hitta(long id) {
            return alla.stream().filter(r -> r.id() == id).findFirst();
        }

        @Override
        public long foresla(Signeringsregel ny) {
            long id = alla.size() + 1;
            alla.add(new Signeringsregel(id, ny.roller(), ny.beskrivning(), Signeringsregel.Status.FORESLAGEN,
                    ny.foreslagenAv(), ny.foreslagen(), Optional.empty(), Optional.empty(), 0));
            return id;
        }

        @Override
        public void avgor(long id, Signeringsregel.Status status, AnvandareId av, Instant nar, long version) {
            Signeringsregel r = hitta(id).orElseThrow();
            if (r.version() != version) {
                throw new OptimistiskLasningException("signeringsregel", id);
            }
            alla.set(alla.indexOf(r), new Signeringsregel(id, r.roller(), r.beskrivning(), status, r.foreslagenAv(),
                    r.foreslagen(), Optional.of(av), Optional.of(nar.plusSeconds(id)), version + 1));
        }
    }
}
