package se.bistand.app.delad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.persistence.grund.Databas;
import se.bistand.persistence.grund.H2Server;

/** The connection monitor without the FX toolkit: a direct executor stands in for Platform.runLater. */
class AnslutningsvaktTest {

    @TempDir
    Path tmp;

    @Test
    void theBannerStateFollowsWhetherTheDatabaseAnswers() {
        AtomicBoolean svarar = new AtomicBoolean(true);
        try (Anslutningsvakt vakt = new Anslutningsvakt(svarar::get, Runnable::run, Duration.ofSeconds(1), Duration.ofSeconds(1))) {
            vakt.kontrollera();
            assertThat(vakt.brutenProperty().get()).isFalse();
            svarar.set(false);
            vakt.kontrollera();
            assertThat(vakt.brutenProperty().get()).isTrue();
            svarar.set(true);
            vakt.kontrollera();
            assertThat(vakt.brutenProperty().get()).isFalse();
        }
    }

    @Test
    void aFailingCheckCountsAsBroken() {
        try (Anslutningsvakt vakt = new Anslutningsvakt(() -> {
            throw new IllegalStateException("nätverket");
        }, Runnable::run, Duration.ofSeconds(1), Duration.ofSeconds(1))) {
            vakt.kontrollera();
            assertThat(vakt.brutenProperty().get()).isTrue();
        }
    }

    @Test
    void itPollsOnItsOwnThreadAndRetriesWhileBroken() throws Exception {
        AtomicBoolean svarar = new AtomicBoolean(false);
        try (Anslutningsvakt vakt = new Anslutningsvakt(svarar::get, Runnable::run, Duration.ofMillis(20), Duration.ofMillis(20))) {
            vakt.starta();
            vantaTills(vakt, true);
            svarar.set(true);
            vantaTills(vakt, false);
        }
    }

    @Test
    void aRealSharedServerStoppedAndRestartedShowsAndThenClearsTheBanner() {
        H2Server server = H2Server.starta(tmp, 0, false, "bistand", "hemligt-losenord");
        int port = server.port();
        try (Databas db = Databas.oppna(server.anslutning("127.0.0.1", "bistand", "hemligt-losenord"));
             Anslutningsvakt vakt = new Anslutningsvakt(db::arVidLiv, Runnable::run, Duration.ofSeconds(1), Duration.ofSeconds(1))) {
            vakt.kontrollera();
            assertThat(vakt.brutenProperty().get()).isFalse();

            server.close();
            vakt.kontrollera();
            assertThat(vakt.brutenProperty().get()).isTrue();

            server = H2Server.starta(tmp, port, false, "bistand", "hemligt-losenord");
            vakt.kontrollera();
            assertThat(vakt.brutenProperty().get()).isFalse();
            assertThat(db.transaktioner().iTransaktion(() -> db.transaktioner().handle()
                    .createQuery("SELECT COUNT(*) FROM anvandare").mapTo(Integer.class).one())).isZero();
        } finally {
            server.close();
        }
    }

    private static void vantaTills(Anslutningsvakt vakt, boolean bruten) throws InterruptedException {
        long slut = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (vakt.brutenProperty().get() != bruten && System.nanoTime() < slut) {
            Thread.sleep(10);
        }
        assertThat(vakt.brutenProperty().get()).isEqualTo(bruten);
    }
}
