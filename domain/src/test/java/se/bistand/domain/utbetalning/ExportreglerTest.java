package se.bistand.domain.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.ANNA;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.ERIK;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.KARIN;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.LARS;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.lista;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.rad;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * What an export re-checks (issue 13): each way an insider could change the database behind a
 * signed list — amount, recipient, account, attest role or right, signatures — is one row, and
 * each is refused with its own message.
 */
class ExportreglerTest {

    static final AnvandareId SVEN = new AnvandareId(9);

    /** The facts behind line 1 as the database should have them: 9 000 kr, attested by Erik as socialsekreterare. */
    static Exportunderlag.Rad riktig() {
        return new Exportunderlag.Rad(1, Optional.of(Money.ofKronor(9_000)), 1, Money.ofKronor(9_000),
                "SOCIALSEKRETERARE", Optional.of(Money.ofKronor(30_000)), Optional.empty(), true);
    }

    static Map<AnvandareId, Roll> roller() {
        Map<AnvandareId, Roll> m = new HashMap<>();
        m.put(ANNA, Roll.HANDLAGGARE);
        m.put(ERIK, Roll.SOCIALSEKRETERARE);
        m.put(KARIN.id(), Roll.ENHETSCHEF);
        m.put(LARS.id(), Roll.AVDELNINGSCHEF);
        m.put(SVEN, Roll.HANDLAGGARE);
        return m;
    }

    /** A list signed by Karin and Lars over its content, status as given. */
    static Utbetalningslista signerad(Utbetalningslista.Status status, AnvandareId andra) {
        String hash = lista(Utbetalningslista.Status.SIGNERAD_2, List.of(), rad(1, 9_000, ANNA, ERIK)).hash();
        return lista(status, List.of(sig(1, KARIN.id(), hash),
                sig(2, andra, hash)), rad(1, 9_000, ANNA, ERIK));
    }

    static Utbetalningslista.Signatur sig(int nummer, AnvandareId vem, String hash) {
        return new Utbetalningslista.Signatur(nummer, vem, Roll.ENHETSCHEF, Optional.empty(), Optional.empty(),
                Instant.EPOCH, hash);
    }

    static String nyckel(Utbetalningslista l, Exportunderlag.Rad rad, Map<AnvandareId, Roll> roller) {
        DomainException e = Exportregler.prova(l, new Exportunderlag(Map.of(rad.radId(), rad), roller));
        return e == null ? "ok" : e.key();
    }

    @Test
    void aListSignedTwiceWhoseLinesAgreeWithTheRowsBehindThemMayBeExportedAgainToo() {
        assertThat(nyckel(signerad(Utbetalningslista.Status.SIGNERAD_2, LARS.id()), riktig(), roller())).isEqualTo("ok");
        assertThat(nyckel(signerad(Utbetalningslista.Status.EXPORTERAD, LARS.id()), riktig(), roller())).isEqualTo("ok");
    }

    static Stream<Arguments> radfel() {
        return Stream.of(
                Arguments.of("the decision no longer reads back (hash)", (UnaryOperator<Exportunderlag.Rad>) r ->
                        new Exportunderlag.Rad(1, Optional.empty(), 1, r.attestBelopp(), r.attestRoll(), r.attestGrans(),
                                r.livsforingGrans(), true), "utbetalning.export.beslutetAndrat"),
                Arguments.of("the line pays more than the decision", (UnaryOperator<Exportunderlag.Rad>) r ->
                        new Exportunderlag.Rad(1, Optional.of(Money.ofKronor(8_000)), 1, r.attestBelopp(), r.attestRoll(),
                                r.attestGrans(), r.livsforingGrans(), true), "utbetalning.export.beloppAvviker"),
                Arguments.of("the attest was for another amount", (UnaryOperator<Exportunderlag.Rad>) r ->
                        new Exportunderlag.Rad(1, r.beslutetsTotal(), 1, Money.ofKronor(8_000), r.attestRoll(),
                                r.attestGrans(), r.livsforingGrans(), true), "utbetalning.export.beloppAvviker"),
                Arguments.of("the line points at another recipient than the attested one", (UnaryOperator<Exportunderlag.Rad>) r ->
                        new Exportunderlag.Rad(1, r.beslutetsTotal(), 2, r.attestBelopp(), r.attestRoll(),
                                r.attestGrans(), r.livsforingGrans(), true), "utbetalning.export.mottagareAvviker"),
                Arguments.of("the account is not the approved one", (UnaryOperator<Exportunderlag.Rad>) r ->
                        new Exportunderlag.Rad(1, r.beslutetsTotal(), 1, r.attestBelopp(), r.attestRoll(),
                                r.attestGrans(), r.livsforingGrans(), false), "utbetalning.export.kontoEjGodkant"),
                Arguments.of("the attest claims a role the attestant does not have", (UnaryOperator<Exportunderlag.Rad>) r ->
                        new Exportunderlag.Rad(1, r.beslutetsTotal(), 1, r.attestBelopp(), "ENHETSCHEF",
                                r.attestGrans(), r.livsforingGrans(), true), "utbetalning.export.attestRollAvviker"),
                Arguments.of("the attestant's own role has no attest right", (UnaryOperator<Exportunderlag.Rad>) r ->
                        new Exportunderlag.Rad(1, r.beslutetsTotal(), 1, r.attestBelopp(), r.attestRoll(),
                                Optional.empty(), r.livsforingGrans(), true), "utbetalning.export.attestrattSaknas"),
                Arguments.of("the amount is above the attestant's limit", (UnaryOperator<Exportunderlag.Rad>) r ->
                        new Exportunderlag.Rad(1, r.beslutetsTotal(), 1, r.attestBelopp(), r.attestRoll(),
                                Optional.of(Money.ofKronor(5_000)), r.livsforingGrans(), true),
                        "utbetalning.export.attestrattSaknas"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("radfel")
    void aLineThatDisagreesWithTheRowsBehindItIsRefused(String fall, UnaryOperator<Exportunderlag.Rad> andring,
                                                         String forvantad) {
        assertThat(nyckel(signerad(Utbetalningslista.Status.SIGNERAD_2, LARS.id()), andring.apply(riktig()), roller()))
                .isEqualTo(forvantad);
    }

    @Test
    void aLineWithNoAttestOrDecisionBehindItIsRefused() {
        DomainException e = Exportregler.prova(signerad(Utbetalningslista.Status.SIGNERAD_2, LARS.id()),
                new Exportunderlag(Map.of(), roller()));
        assertThat(e.key()).isEqualTo("utbetalning.export.underlagSaknas");
    }

    @Test
    void aListMarkedSignedWithoutTwoSignaturesByTwoPeopleIsRefused() {
        Utbetalningslista utan = lista(Utbetalningslista.Status.SIGNERAD_2, List.of(), rad(1, 9_000, ANNA, ERIK));
        assertThat(nyckel(utan, riktig(), roller())).isEqualTo("utbetalning.export.signaturerSaknas");
        assertThat(nyckel(signerad(Utbetalningslista.Status.SIGNERAD_2, KARIN.id()), riktig(), roller()))
                .as("the same person twice").isEqualTo("utbetalning.export.signaturerSaknas");
    }

    @Test
    void aSignatureOverOtherContentBySomeoneWithoutTheRightOrByAnInvolvedPersonIsRefused() {
        Utbetalningslista l = signerad(Utbetalningslista.Status.SIGNERAD_2, LARS.id());
        Utbetalningslista annanHash = new Utbetalningslista(1, l.betalningsdatum(), l.status(), true, l.innehallHash(),
                l.rader(), List.of(l.signaturer().get(0), sig(2, LARS.id(), "0".repeat(64))), List.of(), 0);
        assertThat(nyckel(annanHash, riktig(), roller())).isEqualTo("utbetalning.export.signaturAvviker");
        assertThat(nyckel(signerad(Utbetalningslista.Status.SIGNERAD_2, SVEN), riktig(), roller()))
                .isEqualTo("utbetalning.export.signaturUtanRatt");
        Map<AnvandareId, Roll> erikArChef = roller();
        erikArChef.put(ERIK, Roll.ENHETSCHEF);
        assertThat(nyckel(signerad(Utbetalningslista.Status.SIGNERAD_2, ERIK), riktig(), erikArChef))
                .isEqualTo("utbetalning.export.signaturJav");
    }

    @Test
    void aListNotSignedTwiceOrChangedAfterSigningIsRefusedAsBefore() {
        assertThat(nyckel(signerad(Utbetalningslista.Status.SIGNERAD_1, LARS.id()), riktig(), roller()))
                .isEqualTo("utbetalning.inteSigneradTvaGanger");
        Utbetalningslista l = signerad(Utbetalningslista.Status.SIGNERAD_2, LARS.id());
        Utbetalningslista annat = new Utbetalningslista(1, l.betalningsdatum(), l.status(), true, Optional.of("x"),
                l.rader(), l.signaturer(), List.of(), 0);
        assertThat(nyckel(annat, riktig(), roller())).isEqualTo("utbetalning.innehalletAndratEfterSignering");
    }

    @Test
    void anAttestBySomeoneWhoDecidedTheDecisionIsRefused() {
        Utbetalningslista l = lista(Utbetalningslista.Status.SIGNERAD_2, List.of(), rad(1, 9_000, ERIK, ERIK));
        Utbetalningslista signerad = lista(Utbetalningslista.Status.SIGNERAD_2, List.of(
                sig(1, KARIN.id(), l.hash()),
                sig(2, LARS.id(), l.hash())), rad(1, 9_000, ERIK, ERIK));
        assertThat(nyckel(signerad, riktig(), roller())).isEqualTo("utbetalning.export.attestJav");
    }
}
