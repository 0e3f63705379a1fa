package se.bistand.persistence.grund;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.persistence.installation.JdbiInstallation;

/** A kill -9 of the app while it saves leaves the old or the new state, never half of one. */
class AvbrottTest {

    @TempDir
    Path tmp;

    @Test
    void killingTheProcessMidTransactionLeavesAConsistentDatabaseAndAnIntactAuditChain() throws Exception {
        Path data = tmp.resolve("data");
        for (int runda = 1; runda <= 2; runda++) {
            Process barn = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-cp", System.getProperty("java.class.path"), SkrivIEnSlinga.class.getName(), data.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader rader = new BufferedReader(new InputStreamReader(barn.getInputStream(), StandardCharsets.UTF_8))) {
                int sparade = 0;
                String rad;
                while (sparade < 25 * runda && (rad = rader.readLine()) != null) {
                    if (rad.startsWith("SPARAD ")) {
                        sparade++;
                    }
                }
                assertThat(sparade).isEqualTo(25 * runda);
            } finally {
                barn.destroyForcibly().waitFor(); // SIGKILL on Linux: no shutdown hooks, no clean close
            }
            assertConsistent(data, 25L * runda);
        }
    }

    /** Consistent, and every transaction the child reported as committed is there. */
    private static void assertConsistent(Path data, long minstSparade) {
        try (TestDatabas db = TestDatabas.pa(Databasanslutning.lokal(data), TestDatabas.FAST_KLOCKA)) {
            JdbiInstallation inst = new JdbiInstallation(db.tx);
            long raknare = db.tx.iTransaktion(() -> inst.hamta("raknare")).map(Long::parseLong).orElse(0L);
            long handelser = db.tx.iTransaktion(() -> db.tx.handle()
                    .createQuery("SELECT COUNT(*) FROM audit_event WHERE handelse = 'RAKNARE'").mapTo(Long.class).one());
            assertThat(raknare).isGreaterThanOrEqualTo(minstSparade).isEqualTo(handelser);
            assertThat(db.auditService().verifiera(Aktor.system("test")).ok()).isTrue();
        }
    }

    /** Child process: counts up in transactions (a setting and its audit row) until killed. */
    public static final class SkrivIEnSlinga {
        public static void main(String[] args) {
            Databas db = Databas.oppna(Databasanslutning.lokal(Path.of(args[0])));
            JdbiTransaktioner tx = db.transaktioner();
            JdbiInstallation inst = new JdbiInstallation(tx);
            var audit = new se.bistand.persistence.logg.JdbiAuditLogg(tx, Clock.systemUTC());
            Aktor system = Aktor.system("barn");
            while (true) {
                long n = tx.iTransaktion(() -> {
                    long nasta = inst.hamta("raknare").map(Long::parseLong).orElse(0L) + 1;
                    audit.registrera(NyAuditHandelse.av(system, "RAKNARE", "installation", null, null, "n=" + nasta));
                    inst.satt("raknare", String.valueOf(nasta));
                    return nasta;
                });
                System.out.println("SPARAD " + n);
                System.out.flush();
            }
        }
    }
}
