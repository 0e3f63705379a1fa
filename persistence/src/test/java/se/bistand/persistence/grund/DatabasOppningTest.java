package se.bistand.persistence.grund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.domain.gemensam.DomainException;

class DatabasOppningTest {

    @TempDir
    Path tmp;

    @Test
    void createsAndMigratesALocalFileDatabase() {
        try (Databas db = Databas.oppna(Databasanslutning.lokal(tmp.resolve("data")))) {
            assertThat(db.arVidLiv()).isTrue();
            assertThat(db.migrera()).isZero();
        }
        assertThat(tmp.resolve("data/bistand.mv.db")).exists();
    }

    /**
     * Issue 13, local mode: another account on the computer cannot read the data folder or the
     * database (0700/0600 here on POSIX; an owner-only ACL on Windows, the same code's other branch).
     */
    @Test
    void theDataFolderAndTheDatabaseFileAreTheOsUsersAlone() throws Exception {
        Path mapp = tmp.resolve("egen");
        Files.createDirectories(mapp);
        Files.setPosixFilePermissions(mapp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Databas db = Databas.oppna(Databasanslutning.lokal(mapp))) {
            assertThat(db.arVidLiv()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mapp))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mapp.resolve("bistand.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAClearMessage() throws Exception {
        Path fil = Files.writeString(tmp.resolve("inte-en-mapp"), "x");
        assertThatThrownBy(() -> Databas.oppna(Databasanslutning.lokal(fil.resolve("data"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("databas.skrivskyddad"));
    }

    @Test
    void aDatabaseOpenedByAnotherProcessGivesAClearMessage() throws Exception {
        Path mapp = tmp.resolve("delad");
        // A second JVM holds the file lock, as another running Bistånd would.
        try (Databas forsta = Databas.oppna(Databasanslutning.lokal(mapp))) {
            assertThat(forsta.arVidLiv()).isTrue();
        }
        Process annan = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HallDatabasOppen.class.getName(), mapp.toString())
                .redirectErrorStream(true).start();
        try {
            var rader = new java.io.BufferedReader(new java.io.InputStreamReader(annan.getInputStream()));
            String rad;
            while ((rad = rader.readLine()) != null && !rad.contains("OPPEN")) {
                // skip the child's log lines
            }
            assertThat(rad).contains("OPPEN");
            assertThatThrownBy(() -> Databas.oppna(Databasanslutning.lokal(mapp)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("databas.iBruk"));
        } finally {
            annan.destroyForcibly().waitFor();
        }
    }

    /** Child process: opens the database and keeps it open until killed. */
    public static final class HallDatabasOppen {
        public static void main(String[] args) throws Exception {
            Databas db = Databas.oppna(Databasanslutning.lokal(Path.of(args[0])));
            db.transaktioner().iTransaktion(() -> db.transaktioner().handle().execute("SELECT 1"));
            System.out.println("OPPEN");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
