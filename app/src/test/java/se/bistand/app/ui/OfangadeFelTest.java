package se.bistand.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An exception nobody caught is handed, through the FX-thread hop, to the incident dialog. */
class OfangadeFelTest {

    @Test
    void anExceptionNobodyCaughtOnAnotherThreadReachesTheIncidentDialogThroughTheFxThreadHop() throws Exception {
        List<Runnable> paFxTraden = new CopyOnWriteArrayList<>();
        List<Throwable> visade = new CopyOnWriteArrayList<>();
        OfangadeFel hanterare = new OfangadeFel(paFxTraden::add, visade::add);
        Thread trad = new Thread(() -> {
            throw new IllegalStateException("ingen fångade mig");
        });
        trad.setUncaughtExceptionHandler(hanterare);
        trad.start();
        trad.join();
        assertThat(visade).as("shown only on the FX thread").isEmpty();
        paFxTraden.forEach(Runnable::run);
        assertThat(visade).hasSize(1);
        assertThat(visade.get(0)).isInstanceOf(IllegalStateException.class).hasMessage("ingen fångade mig");
    }
}
