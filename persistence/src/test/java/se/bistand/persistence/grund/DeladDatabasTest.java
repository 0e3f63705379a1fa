package se.bistand.persistence.grund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.domain.logg.NyAuditHandelse;

/** Two clients (two pools, two real connections each) on one shared database: H2 server and PostgreSQL. */
@ParameterizedClass
@EnumSource(DeladDatabasTest.Delad.class)
class DeladDatabasTest {

    enum Delad { H2_SERVER, POSTGRESQL }

    @Parameter
    Delad delad;

    @TempDir
    Path tmp;

    private H2Server server;
    private Databasanslutning pg;
    private TestDatabas klientA;
    private TestDatabas klientB;
    private final Aktor system = Aktor.system("test");

    @BeforeEach
    void oppnaTvaKlienter() {
        Databasanslutning a;
        if (delad == Delad.H2_SERVER) {
            server = H2Server.starta(tmp, 0, false, "bistand", "hemligt-losenord");
            a = server.anslutning("127.0.0.1", "bistand", "hemligt-losenord");
        } else {
            pg = TestPostgres.nyttSchema();
            a = pg;
        }
        klientA = TestDatabas.pa(a, TestDatabas.FAST_KLOCKA);
        klientB = TestDatabas.pa(a, TestDatabas.FAST_KLOCKA);
    }

    @AfterEach
    void stang() {
        klientA.close();
        klientB.close();
        if (server != null) {
            server.close();
        }
        if (pg != null) {
            Motor.POSTGRESQL.stad(pg);
        }
    }

    @Test
    void twoClientsEditingTheSameUserOneWinsTheOtherGetsAConflict() {
        klientA.anvandarService().skapa(system, "anna", "Anna Lind", Roll.HANDLAGGARE, Optional.empty(),
                "ratt-losenord".toCharArray());
        Anvandare senA = klientA.tx.iTransaktion(() -> klientA.anvandare.hitta("anna")).orElseThrow();
        Anvandare senB = klientB.tx.iTransaktion(() -> klientB.anvandare.hitta("anna")).orElseThrow();
        assertThat(senB.version()).isEqualTo(senA.version());

        klientA.tx.iTransaktion(() -> klientA.anvandare.uppdatera(
                new Anvandare(senA.id(), senA.anvandarnamn(), "Anna A", senA.roll(), senA.personnummer(),
                        senA.losenordshash(), senA.aktiv(), senA.misslyckadeForsok(), senA.last(),
                        senA.senastInloggad(), senA.version())));
        assertThatThrownBy(() -> klientB.tx.iTransaktion(() -> klientB.anvandare.uppdatera(
                new Anvandare(senB.id(), senB.anvandarnamn(), "Anna B", senB.roll(), senB.personnummer(),
                        senB.losenordshash(), senB.aktiv(), senB.misslyckadeForsok(), senB.last(),
                        senB.senastInloggad(), senB.version()))))
                .isInstanceOf(OptimistiskLasningException.class);

        assertThat(klientB.tx.iTransaktion(() -> klientB.anvandare.hitta("anna")).orElseThrow().namn())
                .isEqualTo("Anna A");
    }

    @Test
    void concurrentAuditAppendsFromTwoClientsKeepTheHashChainWhole() throws Exception {
        int tradarPerKlient = 3;
        int perTrad = 15;
        ExecutorService pool = Executors.newFixedThreadPool(2 * tradarPerKlient);
        try {
            List<Future<?>> klara = new ArrayList<>();
            for (TestDatabas klient : List.of(klientA, klientB)) {
                for (int t = 0; t < tradarPerKlient; t++) {
                    int trad = t;
                    Callable<Void> arbete = () -> {
                        for (int i = 0; i < perTrad; i++) {
                            int n = i;
                            klient.tx.kor(() -> klient.audit.registrera(
                                    NyAuditHandelse.av(system, "SAMTIDIG", "trad", trad, null, "nr " + n)));
                        }
                        return null;
                    };
                    klara.add(pool.submit(arbete));
                }
            }
            for (Future<?> f : klara) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        AuditKedja.Resultat r = klientB.auditService().verifiera(system);
        assertThat(r.ok()).isTrue();
        assertThat(r.antalRader()).isEqualTo(2 * tradarPerKlient * perTrad);
    }
}
