package se.bistand.domain.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

class DelegationsKontrollTest {

    static final Delegationsordning FLEN = ordning(1, LocalDate.of(2020, 1, 1), List.of(
            new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.HANDLAGGARE, true, kr(5_000), false, Optional.empty()),
            new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.SOCIALSEKRETERARE, true, kr(10_000), true, kr(10_000)),
            new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.ENHETSCHEF, true, kr(20_000), true, Optional.empty()),
            new DelegationsRegel(Beslutstyp.FORSORJNINGSSTOD, Roll.HANDLAGGARE, true, Optional.empty(), false, Optional.empty())));

    static Optional<Money> kr(long k) {
        return Optional.of(Money.ofKronor(k));
    }

    static Delegationsordning ordning(long id, LocalDate fran, List<DelegationsRegel> regler) {
        return new Delegationsordning(id, fran, Delegationsordning.Status.GALLANDE, "test", Optional.empty(),
                Instant.EPOCH, Optional.empty(), Optional.empty(), regler, 0);
    }

    @ParameterizedTest(name = "{0} {1} kr: inom={2}, går till {3}")
    @CsvSource({
            "HANDLAGGARE, 5000, true, HANDLAGGARE",
            "HANDLAGGARE, 5001, false, SOCIALSEKRETERARE",
            "SOCIALSEKRETERARE, 10000, true, SOCIALSEKRETERARE",
            "SOCIALSEKRETERARE, 12000, false, ENHETSCHEF",
            "ENHETSCHEF, 20000, true, ENHETSCHEF",
            "ENHETSCHEF, 20001, false, ''"})
    void livsforingIOvrigtFollowsFlensAmountLimits(Roll roll, long kronor, boolean inom, String garTill) {
        Delegationsbedomning b = DelegationsKontroll.bedom(FLEN, roll, Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(kronor));
        assertThat(b.inom()).isEqualTo(inom);
        assertThat(b.garTill().map(Enum::name).orElse("")).isEqualTo(garTill);
    }

    @Test
    void aboveTheTopLimitTheReasonNamesTheSocialutskott() {
        Delegationsbedomning b = DelegationsKontroll.bedom(FLEN, Roll.ENHETSCHEF, Beslutstyp.LIVSFORING_I_OVRIGT,
                Money.ofKronor(25_000));
        assertThat(b.orsakNyckel()).isEqualTo("delegation.overUtskott");
        Delegationsbedomning h = DelegationsKontroll.bedom(FLEN, Roll.HANDLAGGARE, Beslutstyp.LIVSFORING_I_OVRIGT,
                Money.ofKronor(12_000));
        assertThat(h.orsakNyckel()).isEqualTo("delegation.over");
        assertThat(h.orsakArgument()[2]).isEqualTo("roll.ENHETSCHEF");
    }

    @Test
    void forsorjningsstodPerNormHasNoAmountLimitForTheHandlaggare() {
        assertThat(DelegationsKontroll.bedom(FLEN, Roll.HANDLAGGARE, Beslutstyp.FORSORJNINGSSTOD,
                Money.ofKronor(40_000)).inom()).isTrue();
    }

    @Test
    void aMixedDecisionIsWithinOnlyWhenEveryPartIsWithinItsOwnLimit() {
        Delegationsbedomning inom = DelegationsKontroll.bedom(FLEN, Roll.HANDLAGGARE,
                Beslutsdel.av(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(40_000), Money.ofKronor(5_000)));
        assertThat(inom.inom()).isTrue();
        assertThat(inom.belopp()).isEqualTo(Money.ofKronor(40_000));

        Delegationsbedomning over = DelegationsKontroll.bedom(FLEN, Roll.HANDLAGGARE,
                Beslutsdel.av(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(20_000), Money.ofKronor(6_000)));
        assertThat(over.inom()).isFalse();
        assertThat(over.typ()).isEqualTo(Beslutstyp.LIVSFORING_I_OVRIGT);
        assertThat(over.belopp()).isEqualTo(Money.ofKronor(6_000));
        assertThat(over.grans()).contains(Money.ofKronor(5_000));
        assertThat(over.garTill()).isEmpty(); // in this order only the handläggare decides försörjningsstöd
        assertThat(over.orsakArgument()[3]).isEqualTo("beslutstyp.LIVSFORING_I_OVRIGT");
    }

    @Test
    void aMixedDecisionGoesToTheLowestRoleThatMayDecideEveryPart() {
        // The socialsekreterare may decide the livsföring part (10 000) but has no rule for
        // försörjningsstöd in this order, so the whole decision goes to the enhetschef.
        Delegationsordning o = ordning(1, LocalDate.of(2020, 1, 1), List.of(
                new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.HANDLAGGARE, true, kr(5_000), false, Optional.empty()),
                new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.SOCIALSEKRETERARE, true, kr(10_000), true, kr(10_000)),
                new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.ENHETSCHEF, true, kr(20_000), true, Optional.empty()),
                new DelegationsRegel(Beslutstyp.FORSORJNINGSSTOD, Roll.HANDLAGGARE, true, Optional.empty(), false, Optional.empty()),
                new DelegationsRegel(Beslutstyp.FORSORJNINGSSTOD, Roll.ENHETSCHEF, true, Optional.empty(), true, Optional.empty())));
        List<Beslutsdel> delar = Beslutsdel.av(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(15_000), Money.ofKronor(8_000));
        assertThat(DelegationsKontroll.bedom(o, Roll.HANDLAGGARE, delar).garTill()).contains(Roll.ENHETSCHEF);
        assertThat(o.maBesluta(Roll.SOCIALSEKRETERARE, delar)).isFalse();
        Delegationsbedomning utskott = DelegationsKontroll.bedom(o, Roll.HANDLAGGARE,
                Beslutsdel.av(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(40_000), Money.ofKronor(21_000)));
        assertThat(utskott.garTill()).isEmpty();
        assertThat(utskott.orsakNyckel()).isEqualTo("delegation.overDelUtskott");
    }

    @Test
    void aMixedDecisionIsAttestedOnlyWithAnAttestRightForEveryPart() {
        List<Beslutsdel> delar = Beslutsdel.av(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(24_000), Money.ofKronor(12_000));
        assertThat(FLEN.maAttestera(Roll.SOCIALSEKRETERARE, delar)).isFalse();
        assertThat(FLEN.maAttestera(Roll.SOCIALSEKRETERARE, Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(10_000))).isTrue();
    }

    @Test
    void theDecisionsPartsAreTheMonthlyPartAndTheLivsforingPartLeavingOutZero() {
        assertThat(Beslutsdel.av(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(12_000), Money.ofKronor(2_000))).containsExactly(
                new Beslutsdel(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(10_000)),
                new Beslutsdel(Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(2_000)));
        assertThat(Beslutsdel.av(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(12_000), Money.ZERO)).containsExactly(
                new Beslutsdel(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(12_000)));
        assertThat(Beslutsdel.av(Beslutstyp.FORSORJNINGSSTOD, Money.ofKronor(2_000), Money.ofKronor(2_000))).containsExactly(
                new Beslutsdel(Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(2_000)));
        assertThat(Beslutsdel.av(Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(2_000), Money.ZERO)).containsExactly(
                new Beslutsdel(Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(2_000)));
    }

    @Test
    void attestAboveTheAttestRightIsRefused() {
        assertThatThrownBy(() -> DelegationsKontroll.kravAttestratt(FLEN, Roll.SOCIALSEKRETERARE,
                Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(10_001)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("attest.overAttestratt"));
        DelegationsKontroll.kravAttestratt(FLEN, Roll.ENHETSCHEF, Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(90_000));
        assertThatThrownBy(() -> DelegationsKontroll.kravAttestratt(FLEN, Roll.HANDLAGGARE,
                Beslutstyp.LIVSFORING_I_OVRIGT, Money.ofKronor(1))).isInstanceOf(DomainException.class);
    }

    @Test
    void theVersionInForceIsTheLatestConfirmedOneStartedOnOrBeforeTheDay() {
        Delegationsordning ny = ordning(2, LocalDate.of(2027, 1, 1), List.of(
                new DelegationsRegel(Beslutstyp.LIVSFORING_I_OVRIGT, Roll.HANDLAGGARE, true, kr(7_000), false, Optional.empty())));
        Delegationsordning foreslagen = new Delegationsordning(3, LocalDate.of(2026, 6, 1),
                Delegationsordning.Status.FORESLAGEN, "x", Optional.empty(), Instant.EPOCH, Optional.empty(),
                Optional.empty(), List.of(), 0);
        List<Delegationsordning> alla = List.of(FLEN, ny, foreslagen);
        assertThat(DelegationsKontroll.ordning(alla, LocalDate.of(2026, 12, 31)).id()).isEqualTo(1);
        assertThat(DelegationsKontroll.ordning(alla, LocalDate.of(2027, 1, 1)).id()).isEqualTo(2);
        assertThatThrownBy(() -> DelegationsKontroll.ordning(alla, LocalDate.of(2019, 1, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("delegation.ingenGallande"));
    }
}
