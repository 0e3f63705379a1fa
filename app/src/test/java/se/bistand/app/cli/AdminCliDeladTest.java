package se.bistand.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.demo.DemoData;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.Roll;
import se.bistand.persistence.grund.Databasanslutning;
import se.bistand.persistence.grund.TestPostgres;

/** admin backup / restore / demo reset / server start, run as the command line runs them. */
class AdminCliDeladTest {

    @TempDir
    Path tmp;

    private final Aktor system = Aktor.system("test");

    private Path dataMapp(String namn, String... rader) throws Exception {
        Path d = tmp.resolve(namn);
        Files.createDirectories(d);
        Files.write(d.resolve(AppKonfig.FILNAMN),
                java.util.stream.Stream.concat(java.util.stream.Stream.of("sakerhet.pbkdf2Iterationer=10000"),
                        java.util.stream.Stream.of(rader)).toList());
        return d;
    }

    private void skapaAnvandare(Path data, String namn) {
        try (AppContext ctx = AppContext.oppna(AppKonfig.las(data, false))) {
            ctx.anvandarService().skapa(system, namn, "Namn " + namn, Roll.HANDLAGGARE, Optional.empty(),
                    "ratt-losenord".toCharArray());
        }
    }

    private List<String> anvandare(Path data) {
        try (AppContext ctx = AppContext.oppna(AppKonfig.las(data, false))) {
            return ctx.tx().iTransaktion(() -> ctx.anvandarRepository().alla()).stream()
                    .map(Anvandare::anvandarnamn).sorted().toList();
        }
    }

    @Test
    void backupAndRestoreRoundTripWithForceAndAnIntactAuditChain() throws Exception {
        Path data = dataMapp("data");
        Path kopia = tmp.resolve("kopia.sql.gz");
        skapaAnvandare(data, "anna");
        assertThat(AdminCli.kor("--data", data.toString(), "backup", "--to", kopia.toString())).isZero();
        skapaAnvandare(data, "efter.kopian");

        assertThat(AdminCli.kor("--data", data.toString(), "restore", "--from", kopia.toString())).isEqualTo(2);
        assertThat(anvandare(data)).containsExactly("anna", "efter.kopian");

        assertThat(AdminCli.kor("--data", data.toString(), "restore", "--from", kopia.toString(), "--force")).isZero();
        assertThat(anvandare(data)).containsExactly("anna");
        assertThat(AdminCli.kor("--data", data.toString(), "audit", "verify")).isZero();
    }

    @Test
    void aRestoreMovesNewerBackupsAsideSoTheirAnchorsDoNotFailEveryLaterVerification() throws Exception {
        Path data = dataMapp("data");
        Path aldre = data.resolve("backups/bistand-2026-11-22.sql.gz");
        Path nyare = data.resolve("backups/bistand-2026-11-23.sql.gz");
        skapaAnvandare(data, "anna");
        assertThat(AdminCli.kor("--data", data.toString(), "backup", "--to", aldre.toString())).isZero();
        skapaAnvandare(data, "efter.kopian");
        assertThat(AdminCli.kor("--data", data.toString(), "backup", "--to", nyare.toString())).isZero();

        assertThat(AdminCli.kor("--data", data.toString(), "restore", "--from", aldre.toString(), "--force")).isZero();
        assertThat(aldre).exists();
        assertThat(nyare).doesNotExist();
        try (var arkiv = Files.list(data)) {
            assertThat(arkiv.filter(p -> p.getFileName().toString().startsWith("ankare-arkiv-")))
                    .singleElement().satisfies(p -> assertThat(p.resolve("backups-bistand-2026-11-23.sql.gz")).exists());
        }
        assertThat(AdminCli.kor("--data", data.toString(), "audit", "verify")).isZero();
    }

    @Test
    void demoResetRestoresTheInitialDemoDataButOnlyOnADemoDatabase() throws Exception {
        Path demo = dataMapp("demo");
        assertThat(AdminCli.kor("--data", demo.toString(), "demo", "seed")).isZero();
        skapaAnvandare(demo, "tillagd");
        assertThat(AdminCli.kor("--data", demo.toString(), "demo", "reset")).isZero();
        assertThat(anvandare(demo)).containsExactlyElementsOf(
                DemoData.ANVANDARE.stream().map(DemoData.DemoAnvandare::anvandarnamn).sorted().toList());
        assertThat(AdminCli.kor("--data", demo.toString(), "audit", "verify")).isZero();

        Path riktig = dataMapp("riktig");
        skapaAnvandare(riktig, "anna");
        assertThat(AdminCli.kor("--data", riktig.toString(), "demo", "reset")).isEqualTo(2);
        assertThat(anvandare(riktig)).containsExactly("anna");
    }

    @Test
    void backupOfPostgresqlIsRefusedWithThePgDumpCommand() throws Exception {
        Databasanslutning pg = TestPostgres.nyttSchema();
        int port = Integer.parseInt(pg.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
        Path data = dataMapp("pg", "databas.typ=postgresql", "databas.vard=localhost", "databas.port=" + port,
                "databas.namn=postgres?currentSchema=" + TestPostgres.schema(pg), "databas.anvandare=postgres");
        StringWriter fel = new StringWriter();
        int kod = kor(fel, "--data", data.toString(), "backup", "--to", tmp.resolve("x.dump").toString());
        assertThat(kod).as(fel.toString()).isEqualTo(2);
        assertThat(fel.toString()).contains("pg_dump --format=custom --host=localhost --port=" + port);
        assertThat(tmp.resolve("x.dump")).doesNotExist();
    }

    @Test
    void theServerDoesNotStartWithoutAPassword() throws Exception {
        Path data = dataMapp("server");
        StringWriter fel = new StringWriter();
        assertThat(kor(fel, "server", "start", "--data", data.toString(), "--port", "0")).isEqualTo(2);
        assertThat(fel.toString()).contains("lösenord");
    }

    @Test
    void theDailyBackupIsMadeInLocalModeUnlessTurnedOff() throws Exception {
        Path data = dataMapp("dagligen");
        try (AppContext ctx = AppContext.oppna(AppKonfig.las(data, false))) {
            assertThat(ctx.dagligSakerhetskopiaOmBehovs()).hasValueSatisfying(f -> assertThat(f).exists()
                    .hasParent(data.resolve("backups")));
            assertThat(ctx.dagligSakerhetskopiaOmBehovs()).isEmpty();
        }
        Path av = dataMapp("av", "backup.dagligen=false");
        try (AppContext ctx = AppContext.oppna(AppKonfig.las(av, false))) {
            assertThat(ctx.dagligSakerhetskopiaOmBehovs()).isEmpty();
        }
        assertThat(av.resolve("backups")).doesNotExist();
    }

    /** Runs a command in-process; what it writes on standard error goes to {@code fel}. */
    private static int kor(StringWriter fel, String... args) {
        return AdminCli.kor(InputStream.nullInputStream(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(fel, true), args);
    }
}
