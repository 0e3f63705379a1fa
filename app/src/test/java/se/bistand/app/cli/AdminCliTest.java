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

/** The admin command line, run in-process against a real H2 file database. */
class AdminCliTest {

    @TempDir
    Path data;

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
}
