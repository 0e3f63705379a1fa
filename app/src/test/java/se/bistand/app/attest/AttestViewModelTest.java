package se.bistand.app.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
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
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.betalning.Riskflagga;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/** The attest inbox's view-model without a database: a fake port and a runner the test drives. */
class AttestViewModelTest {

    private static final Aktor ERIK = new Aktor(new AnvandareId(5), "erik", "Erik Lund", Roll.SOCIALSEKRETERARE);

    private final KoadRunner runner = new KoadRunner();
    private final FalskPort port = new FalskPort();
    private final AttestViewModel vm = new AttestViewModel(new Session(null, ERIK, runner, false), port);

    private static AttestService.Post post(long id, String arende) {
        AttestBeslut b = Attestbeslut.ett(id, arende, AttestBeslut.Status.VANTAR_ATTEST);
        return new AttestService.Post(b, null, EnumSet.noneOf(Riskflagga.class), Optional.empty(), "Anna Berg",
                Optional.of("Anna Berg"));
    }

    @Test
    void theDetailShowsTheLastSelectedDecisionEvenWhenAnEarlierReadArrivesLater() {
        AttestService.Post forsta = port.lagg(post(1, "2026-0001 Karin Ek"));
        AttestService.Post andra = port.lagg(post(2, "2026-0002 Ali Ek"));
        vm.oppna(forsta);
        vm.oppna(andra);
        runner.slutfor(1);
        runner.slutfor(0);
        assertThat(vm.valdProperty().get()).isSameAs(andra);
        assertThat(vm.valtBeslutProperty().get()).isSameAs(port.beslut.get(102L));
    }

    @Test
    void aReadThatArrivesAfterTheSelectionWasClearedShowsNothing() {
        AttestService.Post forsta = port.lagg(post(1, "2026-0001 Karin Ek"));
        vm.oppna(forsta);
        vm.oppna(null);
        runner.slutforAlla();
        assertThat(vm.valdProperty().get()).isNull();
        assertThat(port.oppnade).containsExactly(1L);
    }

    @Test
    void aRefusalIsShownInSwedishAndTheDecisionStaysOpen() {
        AttestService.Post p = port.lagg(post(1, "2026-0001 Karin Ek"));
        port.vagran = Optional.of(new DomainException("attest.egetBeslut"));
        vm.oppna(p);
        runner.slutforAlla();
        vm.attestera();
        assertThat(vm.upptagenProperty().get()).isTrue();
        runner.slutforAlla();
        assertThat(vm.upptagenProperty().get()).isFalse();
        assertThat(vm.felProperty().get()).isEqualTo(Meddelanden.t("attest.egetBeslut"));
        assertThat(vm.meddelandeProperty().get()).isEmpty();
        assertThat(vm.valdProperty().get()).isSameAs(p);
    }

    @Test
    void anAttestIsConfirmedTheDetailClosesAndTheInboxIsReadAgain() {
        AttestService.Post p = port.lagg(post(1, "2026-0001 Karin Ek"));
        vm.oppna(p);
        runner.slutforAlla();
        vm.attestera();
        runner.slutforAlla();
        assertThat(port.attesterade).containsExactly(1L);
        assertThat(vm.meddelandeProperty().get())
                .isEqualTo(Meddelanden.t("attest.attesterad", "2026-0001 Karin Ek", Money.ofKronor(4200).format()));
        assertThat(vm.valdProperty().get()).isNull();
        assertThat(vm.felProperty().get()).isEmpty();
        assertThat(vm.inkorg()).containsExactly(p);
    }

    /** The domain as the inbox sees it: posts by id, each with a stored decision; an optional refusal. */
    private static final class FalskPort implements AttestPort {
        final Map<Long, AttestService.Post> poster = new HashMap<>();
        final Map<Long, BeslutMedBerakning> beslut = new HashMap<>();
        final List<Long> oppnade = new ArrayList<>();
        final List<Long> attesterade = new ArrayList<>();
        Optional<DomainException> vagran = Optional.empty();

        AttestService.Post lagg(AttestService.Post p) {
            poster.put(p.beslut().id(), p);
            beslut.put(p.beslut().beslutId(), new BeslutMedBerakning(null, null, Optional.empty()));
            return p;
        }

        @Override
        public List<AttestService.Post> inkorg(Aktor aktor) {
            return List.copyOf(poster.values());
        }

        @Override
        public List<AttestService.Post> attesteradeAvMig(Aktor aktor) {
            return List.of();
        }

        @Override
        public List<AttestService.Post> forslag(Aktor aktor) {
            return List.of();
        }

        @Override
        public List<AttestService.Post> mina(Aktor aktor) {
            return List.of();
        }

        @Override
        public AttestService.Post oppna(Aktor aktor, long id) {
            oppnade.add(id);
            return poster.get(id);
        }

        @Override
        public BeslutMedBerakning beslut(Aktor aktor, BeslutId id) {
            return beslut.get(id.varde());
        }

        @Override
        public void attestera(Aktor aktor, long id) {
            if (vagran.isPresent()) {
                throw vagran.get();
            }
            attesterade.add(id);
        }

        @Override
        public void returnera(Aktor aktor, long id, String kommentar) {
            throw new AssertionError("not used here");
        }

        @Override
        public void aterkalla(Aktor aktor, long id, String kommentar) {
            throw new AssertionError("not used here");
        }

        @Override
        public void fattaForslag(Aktor aktor, se.bistand.domain.beslut.BeslutId beslut) {
            throw new AssertionError("not used here");
        }

        @Override
        public se.bistand.domain.beslut.BeslutMedBerakning registreraUtskottsbeslut(Aktor aktor,
                se.bistand.domain.beslut.BeslutId beslut, java.time.LocalDate sammantrade, String paragraf,
                se.bistand.domain.beslut.Utskottsbeslut.Utfall utfall) {
            throw new AssertionError("not used here");
        }
    }
}
