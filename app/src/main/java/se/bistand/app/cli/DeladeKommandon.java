package se.bistand.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.Loggning;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.persistence.grund.H2Server;
import se.bistand.persistence.grund.Sakerhetskopia;

/** Admin commands for the shared database, backup and restore (see docs/it.md). */
final class DeladeKommandon {

    private DeladeKommandon() {
    }

    @Command(name = "server", description = "Delad H2-databas: start.", subcommands = {Server.Start.class})
    static final class Server implements Callable<Integer> {
        @ParentCommand
        AdminCli admin;

        @Override
        public Integer call() {
            admin.spec.subcommands().get("server").usage(admin.spec.commandLine().getOut());
            return 0;
        }

        @Command(name = "start", description = "Kör en delad H2-databasserver tills den avbryts (Ctrl+C).")
        static final class Start implements Callable<Integer> {
            @ParentCommand
            Server server;

            @Option(names = "--data", description = "Serverns datamapp (databasen bistand.mv.db ligger här).")
            Path data;

            @Option(names = "--port", description = "TCP-port (standard ${DEFAULT-VALUE}).")
            int port = 9092;

            @Option(names = "--allow-others", description = "Tillåt anslutningar från andra datorer (annars bara denna).")
            boolean tillatAndra;

            @Option(names = "--user", description = "Databasanvändare (standard ${DEFAULT-VALUE}).")
            String anvandare = "bistand";

            @Option(names = "--password-file", description = "Fil med databaslösenordet (annars miljövariabeln BISTAND_DB_LOSENORD).")
            Path losenordsfil;

            @Override
            public Integer call() throws Exception {
                Path mapp = data != null ? data : server.admin.dataMapp();
                Loggning.initiera(mapp);
                H2Server s = H2Server.starta(mapp, port, tillatAndra, anvandare, losenord());
                CountDownLatch stoppad = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    s.close();
                    stoppad.countDown();
                }, "bistand-server-stopp"));
                server.admin.ut().println("Bistånds databasserver lyssnar på port " + s.port()
                        + (tillatAndra ? " (alla datorer som når porten)" : " (bara den här datorn)")
                        + ", data i " + mapp.toAbsolutePath() + ". Avsluta med Ctrl+C.");
                server.admin.ut().println("Klienter: databas.typ=h2server, databas.vard=<den här datorn>, databas.port="
                        + s.port() + ", databas.namn=bistand, databas.anvandare=" + anvandare);
                stoppad.await();
                return 0;
            }

            private String losenord() throws IOException {
                if (losenordsfil != null) {
                    return Files.readString(losenordsfil, StandardCharsets.UTF_8).strip();
                }
                String env = System.getenv("BISTAND_DB_LOSENORD");
                return env == null ? "" : env;
            }
        }
    }

    @Command(name = "backup", description = "Säkerhetskopierar databasen (online, konsekvent) till en fil.")
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        AdminCli admin;

        @Option(names = "--to", required = true, description = "Målfil, t.ex. bistand-2026-11-23.sql.gz")
        Path till;

        @Override
        public Integer call() {
            try (AppContext ctx = admin.oppna()) {
                Granskningsankare ankare = ctx.sakerhetskopiera(till);
                admin.ut().println("Säkerhetskopian är skapad: " + till.toAbsolutePath() + " (från "
                        + ctx.databas().anslutning().beskrivning() + "). Granskningskedjans ankare: händelse "
                        + ankare.seq() + ", " + ankare.hash() + ".");
            }
            return 0;
        }
    }

    @Command(name = "restore", description = "Återställer en säkerhetskopia till datamappens databas och migrerar den.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        AdminCli admin;

        @Option(names = "--from", required = true, description = "Säkerhetskopian (skapad med admin backup).")
        Path fran;

        @Option(names = "--force", description = "Ersätt en befintlig databas (den gamla sparas bredvid).")
        boolean ersatt;

        @Override
        public Integer call() {
            Path mapp = admin.dataMapp();
            Loggning.initiera(mapp);
            AppKonfig konfig = AppKonfig.las(mapp, admin.demo);
            if (!konfig.varde("databas.typ", "lokal").equals("lokal")) {
                throw new DomainException("aterstall.baraLokal");
            }
            Optional<Path> gammal = Sakerhetskopia.aterstall(fran, mapp, ersatt);
            gammal.ifPresent(p -> admin.ut().println("Den tidigare databasen är sparad som " + p + "."));
            try (AppContext ctx = AppContext.oppna(konfig)) {
                ctx.drift().arkiveraAnkarfilerUtanforKedjan(AdminCli.system()).ifPresent(p -> admin.ut().println(
                        "Exportfiler och säkerhetskopior som är nyare än kopian (deras ankare finns inte i den "
                                + "återställda granskningskedjan) är flyttade till " + p + "."));
                AuditKedja.Resultat r = ctx.auditService().verifiera(AdminCli.system());
                admin.ut().println("Säkerhetskopian är återställd till " + ctx.databas().anslutning().beskrivning()
                        + ". Granskningsloggen: " + r.antalRader() + " händelser, kedjan "
                        + (r.ok() ? "hel." : "BRUTEN vid id " + r.forstaFelaktigaId() + "."));
                return r.ok() ? 0 : 1;
            }
        }
    }
}
