package se.bistand.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.persistence.logg.FilAnkare;

/** The admin command line, run in-process against a real H2 file database. */
class AdminCliTest {

    @TempDir
    Path data;

    /** Where a backup is kept away from the data folder (another disk, the IT department's safe). */
    @TempDir
    Path utanfor;

    record Utfall(int kod, String ut, String fel) {
    }

    private Utfall kor(String stdin, String... args) {
        StringWriter ut = new StringWriter();
        StringWriter fel = new StringWriter();
        int kod = AdminCli.kor(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(ut, true),
                new PrintWriter(fel, true), args);
        return new Utfall(kod, ut.toString(), fel.toString());
    }

    private void snabbHashning() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("bistand.properties"), "sakerhet.pbkdf2Iterationer=10000\n");
    }

    @Test
    void helpListsTheCommands() {
        Utfall u = kor("", "help");
        assertThat(u.kod()).isZero();
        assertThat(u.ut()).contains("admin db migrate", "admin demo seed", "admin user add", "admin audit verify");
    }

    @Test
    void migrateSeedAddUserAndVerifyWorkHeadless() throws Exception {
        snabbHashning();
        assertThat(kor("", "--data", data.toString(), "db", "migrate").kod()).isZero();
        assertThat(kor("", "--data", data.toString(), "demo", "seed").kod()).isZero();
        Utfall add = kor("ett-langt-losenord\n", "--data", data.toString(), "user", "add", "--username", "ny.person",
                "--name", "Ny Person", "--role", "revisor", "--password-stdin");
        assertThat(add.kod()).isZero();
        assertThat(add.ut()).contains("ny.person").contains("Revisor");
        Utfall verify = kor("", "--data", data.toString(), "audit", "verify");
        assertThat(verify.kod()).isZero();
        assertThat(verify.ut()).contains("oförändrad");
    }

    @Test
    void badInputIsRefusedWithExitTwoAndASwedishMessage() throws Exception {
        snabbHashning();
        Utfall kort = kor("kort\n", "--data", data.toString(), "user", "add", "--username", "x.y", "--name", "X",
                "--role", "HANDLAGGARE", "--password-stdin");
        assertThat(kort.kod()).isEqualTo(2);
        assertThat(kort.fel()).contains("Lösenordet måste ha minst 10 tecken");
        Utfall pnr = kor("ett-langt-losenord\n", "--data", data.toString(), "user", "add", "--username", "x.y",
                "--name", "X", "--role", "HANDLAGGARE", "--personnummer", "19850412-9804", "--password-stdin");
        assertThat(pnr.kod()).isEqualTo(2);
        assertThat(pnr.fel()).contains("fel kontrollsiffra");
        assertThat(kor("", "--data", data.toString(), "demo", "seed").kod()).isZero();
        assertThat(kor("", "--data", data.toString(), "demo", "seed").fel()).contains("Demodata finns redan");
    }

    @Test
    void auditVerifyDetectsARowChangedBehindTheAppsBack() throws Exception {
        snabbHashning();
        assertThat(kor("", "--data", data.toString(), "demo", "seed").kod()).isZero();
        String url = "jdbc:h2:file:" + data.resolve("bistand").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "bistand", "")) {
            c.createStatement().executeUpdate("UPDATE audit_event SET efter = 'roll=SYSTEMFORVALTARE' WHERE id = 3");
        }
        Utfall verify = kor("", "--data", data.toString(), "audit", "verify");
        assertThat(verify.kod()).isEqualTo(1);
        assertThat(verify.ut()).contains("VARNING").contains("id 3");
    }

    @Test
    void auditVerifyDetectsTheNewestRowsCutAgainstTheHeadAndAgainstABackupKeptElsewhere() throws Exception {
        snabbHashning();
        assertThat(kor("", "--data", data.toString(), "demo", "seed").kod()).isZero();
        Path kopia = utanfor.resolve("bistand-kopia.sql.gz");
        Utfall backup = kor("", "--data", data.toString(), "backup", "--to", kopia.toString());
        assertThat(backup.kod()).isZero();
        Granskningsankare ankare = FilAnkare.las(kopia).get(0);
        assertThat(backup.ut()).contains("Granskningskedjans ankare: händelse " + ankare.seq());

        long sista = ankare.seq() - 2;
        try (Connection c = DriverManager.getConnection(h2Url(), "bistand", "")) {
            c.createStatement().executeUpdate("DELETE FROM audit_event WHERE id > " + sista);
        }
        Utfall huvud = kor("", "--data", data.toString(), "audit", "verify");
        assertThat(huvud.kod()).isEqualTo(1);
        assertThat(huvud.ut()).contains("VARNING").contains("id " + (sista + 1)).contains("tagits bort i slutet");

        // The attacker also moves the stored head back (and removes the verification's own row):
        // the backup kept outside the data folder still tells.
        try (Connection c = DriverManager.getConnection(h2Url(), "bistand", "")) {
            c.createStatement().executeUpdate("DELETE FROM audit_event WHERE id > " + sista);
            c.createStatement().executeUpdate("DELETE FROM audit_ankare");
            c.createStatement().executeUpdate("UPDATE audit_kedja SET senaste_id = " + sista
                    + ", senaste_hash = (SELECT hash FROM audit_event WHERE id = " + sista + ")");
        }
        Utfall fil = kor("", "--data", data.toString(), "audit", "verify", "--anchor", kopia.toString());
        assertThat(fil.kod()).isEqualTo(1);
        assertThat(fil.ut()).contains("VARNING").contains("säkerhetskopian bistand-kopia.sql.gz");
    }

    @Test
    void auditVerifyRefusesAnAnchorFileWithoutAnAnchor() throws Exception {
        snabbHashning();
        Path tom = Files.writeString(utanfor.resolve("annan.csv"), "a;b\r\n");
        Utfall u = kor("", "--data", data.toString(), "audit", "verify", "--anchor", tom.toString());
        assertThat(u.kod()).isEqualTo(2);
        assertThat(u.fel()).contains("innehåller inget ankare");
    }

    private String h2Url() {
        return "jdbc:h2:file:" + data.resolve("bistand").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }
}
