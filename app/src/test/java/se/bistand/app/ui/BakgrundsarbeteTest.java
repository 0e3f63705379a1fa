package se.bistand.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bistand.domain.gemensam.DomainException;

/** The async-command model: busy while work runs, errors as text, the newest read of a stream wins. */
class BakgrundsarbeteTest {

    private final KoadRunner runner = new KoadRunner();
    private final Bakgrundsarbete arbete = new Bakgrundsarbete(runner);
    private final List<String> visat = new ArrayList<>();

    @Test
    void aReadOvertakenByANewerOneOfTheSameStreamIsDropped() {
        arbete.hamta("detalj", () -> "A", visat::add);
        arbete.hamta("detalj", () -> "B", visat::add);
        arbete.hamta("lista", () -> "L", visat::add);
        runner.slutfor(1);
        runner.slutfor(0);
        runner.slutfor(0);
        assertThat(visat).containsExactly("B", "L");
    }

    @Test
    void aForgottenStreamDropsItsLateResultAndItsLateFailure() {
        arbete.hamta("detalj", () -> "A", visat::add);
        arbete.<String>hamta("rad", () -> {
            throw new DomainException("attest.finnsInte");
        }, visat::add);
        arbete.glom("detalj");
        arbete.glom("rad");
        runner.slutforAlla();
        assertThat(visat).isEmpty();
        assertThat(arbete.felProperty().get()).isEmpty();
    }

    @Test
    void busyWhileAnythingRunsAndAFailedCommandShowsItsSwedishText() {
        arbete.hamta("lista", () -> "L", visat::add);
        arbete.<String>utfor(() -> {
            throw new DomainException("attest.finnsInte");
        }, visat::add);
        assertThat(arbete.upptagenProperty().get()).isTrue();
        runner.slutfor(0);
        assertThat(arbete.upptagenProperty().get()).isTrue();
        runner.slutfor(0);
        assertThat(arbete.upptagenProperty().get()).isFalse();
        assertThat(visat).containsExactly("L");
        assertThat(arbete.felProperty().get()).isNotEmpty().doesNotContain("attest.finnsInte");
    }
}
