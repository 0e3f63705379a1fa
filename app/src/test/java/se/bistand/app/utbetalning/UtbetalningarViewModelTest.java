package se.bistand.app.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.testhjalp.Attestbeslut;
import se.bistand.app.ui.KoadRunner;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.utbetalning.Stickprovsregel;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.utbetalning.Signeringsregel;
import se.bistand.domain.utbetalning.Signeringsregler;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/** The Utbetalningar view-model without a database: a fake port and a runner the test drives. */
class UtbetalningarViewModelTest {

    private static final Aktor MARIA = new Aktor(new AnvandareId(7), "maria", "Maria Holm", Roll.ENHETSCHEF);

    private final KoadRunner runner = new KoadRunner();
    private final FalskPort port = new FalskPort();
    private final UtbetalningarViewModel vm = new UtbetalningarViewModel(new Session(null, MARIA, runner, false),
            Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC), port);

    private static Utbetalningsrad rad(long id, String arende) {
        AttestBeslut b = Attestbeslut.ett(id, arende, AttestBeslut.Status.ATTESTERAD);
        return new Utbetalningsrad(id, 1, id, b, null, new AnvandareId(5), false, Optional.empty(), Optional.empty());
    }

    private static UtbetalningService.Listvy listvy(long id, List<Utbetalningsrad> rader) {
        return new UtbetalningService.Listvy(new Utbetalningslista(id, LocalDate.of(2026, 12, 1),
                Utbetalningslista.Status.GRANSKAD, false, Optional.empty(), rader, List.of(), List.of(), 0), Map.of(),
                new Signeringsregler.Signeringslage(new Signeringsregel(1, List.of(Roll.ENHETSCHEF, Roll.AVDELNINGSCHEF),
                        "test", Signeringsregel.Status.GALLANDE, Optional.empty(), Instant.EPOCH, Optional.empty(),
                        Optional.of(Instant.EPOCH), 0), List.of(), List.of(), true, Optional.empty()));
    }

    @Test
    void theAmountCardShowsTheLastSelectedLineEvenWhenAnEarlierReadArrivesLater() {
        Utbetalningsrad forsta = rad(1, "2026-0001 Karin Ek");
        Utbetalningsrad andra = rad(2, "2026-0002 Ali Ek");
        vm.visaRad(forsta);
        vm.visaRad(andra);
        runner.slutfor(1);
        runner.slutfor(0);
        assertThat(vm.radBeslutProperty().get()).isSameAs(port.beslut(MARIA, new BeslutId(102)));
    }

    @Test
    void aLineReadThatArrivesAfterTheSelectionWasClearedShowsNothing() {
        vm.visaRad(rad(1, "2026-0001 Karin Ek"));
        vm.visaRad(null);
        runner.slutforAlla();
        assertThat(vm.radBeslutProperty().get()).isNull();
    }

    @Test
    void theListShownIsTheLastChosenEvenWhenAnEarlierReadArrivesLater() {
        Utbetalningslista forsta = port.lagg(listvy(1, List.of(rad(1, "2026-0001 Karin Ek")))).lista();
        Utbetalningslista andra = port.lagg(listvy(2, List.of(rad(2, "2026-0002 Ali Ek")))).lista();
        vm.valjLista(forsta);
        vm.valjLista(andra);
        runner.slutfor(1);
        runner.slutfor(0);
        assertThat(vm.listaProperty().get().lista().id()).isEqualTo(2);
    }

    @Test
    void aRefusedSignatureIsShownInSwedishAndTheListStaysAsItWas() {
        UtbetalningService.Listvy vy = port.lagg(listvy(1, List.of()));
        vm.valjLista(vy.lista());
        runner.slutforAlla();
        port.vagran = Optional.of(new DomainException("utbetalning.sammaPersonTvaGanger"));
        vm.losenord.set("losenord-123");
        vm.signera();
        assertThat(vm.losenord.get()).isEmpty();
        assertThat(vm.upptagenProperty().get()).isTrue();
        runner.slutforAlla();
        assertThat(vm.upptagenProperty().get()).isFalse();
        assertThat(vm.felProperty().get()).isEqualTo(Meddelanden.t("utbetalning.sammaPersonTvaGanger"));
        assertThat(vm.meddelandeProperty().get()).isEmpty();
        assertThat(vm.listaProperty().get()).isSameAs(vy);
        assertThat(port.signerade).isEmpty();
    }

    @Test
    void aSignatureIsConfirmedAndTheListShownIsTheSignedOne() {
        UtbetalningService.Listvy vy = port.lagg(listvy(1, List.of()));
        vm.valjLista(vy.lista());
        runner.slutforAlla();
        vm.losenord.set("losenord-123");
        vm.signera();
        runner.slutforAlla();
        assertThat(port.signerade).containsExactly("losenord-123");
        assertThat(vm.meddelandeProperty().get()).isEqualTo(Meddelanden.t("utbetalning.signerad"));
        assertThat(vm.felProperty().get()).isEmpty();
        assertThat(vm.listaProperty().get()).isSameAs(port.efterSignering);
    }

    /** The domain as the section sees it: lists by id, a stored decision per line, an optional refusal. */
    private static final class FalskPort implements UtbetalningPort {
        final Map<Long, UtbetalningService.Listvy> listor = new HashMap<>();
        final Map<Long, BeslutMedBerakning> beslut = new HashMap<>();
        final List<String> signerade = new ArrayList<>();
        Optional<DomainException> vagran = Optional.empty();
        UtbetalningService.Listvy efterSignering;

        UtbetalningService.Listvy lagg(UtbetalningService.Listvy vy) {
            listor.put(vy.lista().id(), vy);
            return vy;
        }

        @Override
        public Map<AnvandareId, String> anvandarnamn() {
            return Map.of();
        }

        @Override
        public List<Utbetalningslista> listor(Aktor aktor) {
            return listor.values().stream().map(UtbetalningService.Listvy::lista).toList();
        }

        @Override
        public UtbetalningService.Listvy lista(Aktor aktor, long id) {
            return listor.get(id);
        }

        @Override
        public UtbetalningService.Listvy signera(Aktor aktor, long listaId, char[] losenord, String visadHash) {
            if (vagran.isPresent()) {
                throw vagran.get();
            }
            signerade.add(new String(losenord));
            efterSignering = listvy(listaId, listor.get(listaId).lista().rader());
            return efterSignering;
        }

        @Override
        public BeslutMedBerakning beslut(Aktor aktor, BeslutId id) {
            return beslut.computeIfAbsent(id.varde(), k -> new BeslutMedBerakning(null, null, Optional.empty()));
        }

        @Override
        public Stickprovsregel stickprovsregel(Aktor aktor) {
            throw new AssertionError("not used here");
        }

        @Override
        public UtbetalningService.Listvy draStickprov(Aktor aktor, long id) {
            throw new AssertionError("not used here");
        }

        @Override
        public Utbetalningsrad oppnaRad(Aktor aktor, long listaId, long radId) {
            return rad(radId, "2026-000" + radId);
        }

        @Override
        public UtbetalningService.Listvy markeraGranskad(Aktor aktor, long listaId, long radId) {
            throw new AssertionError("not used here");
        }

        @Override
        public List<String> exportera(Aktor aktor, long listaId) {
            throw new AssertionError("not used here");
        }

        @Override
        public UtbetalningService.Manadsgranskning manadsgranskning(Aktor aktor, YearMonth manad) {
            throw new AssertionError("not used here");
        }

        @Override
        public void aterkallaAttest(Aktor aktor, long attestId, String kommentar) {
            throw new AssertionError("not used here");
        }

        @Override
        public List<BetalningsmottagareService.MedFlaggor> mottagare(Aktor aktor) {
            throw new AssertionError("not used here");
        }

        @Override
        public void godkann(Aktor aktor, long mottagare) {
            throw new AssertionError("not used here");
        }

        @Override
        public void avvisa(Aktor aktor, long mottagare, String orsak) {
            throw new AssertionError("not used here");
        }

        @Override
        public void andraKonto(Aktor aktor, long mottagare, Kontouppgift konto) {
            throw new AssertionError("not used here");
        }

        @Override
        public long registrera(Aktor aktor, String namn, Optional<Personnummer> personnummer,
                               Optional<Organisationsnummer> organisationsnummer, Kontouppgift konto) {
            throw new AssertionError("not used here");
        }
    }
}
