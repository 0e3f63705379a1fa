package se.bistand.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.Loggning;
import se.bistand.app.Meddelanden;
import se.bistand.app.demo.ArendeGenerator;
import se.bistand.app.demo.DemoData;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Integritetsfel;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.persistence.logg.FilAnkare;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bistand.jar admin <command>}: headless administration, no display needed. Exit codes:
 * 0 done, 1 a check failed (e.g. audit chain broken, stored data changed outside Bistånd) or an
 * unexpected error (a Swedish message with an incident id, the trace only in the log), 2 bad input
 * or refused.
 */
@Command(name = "admin", mixinStandardHelpOptions = false,
        description = "Bistånds administrationskommandon (körs utan skärm).",
        subcommands = {AdminCli.Hjalp.class, AdminCli.Db.class, AdminCli.Demo.class, AdminCli.User.class,
                AdminCli.Audit.class, DeladeKommandon.Server.class, DeladeKommandon.Backup.class,
                DeladeKommandon.Restore.class, Calc.class})
public final class AdminCli implements Callable<Integer> {

    @Option(names = "--data", description = "Datamapp (standard: ~/.bistand eller BISTAND_DATA).")
    Path data;

    @Option(names = "--demo", description = "Använd demoinstallationens datamapp (~/.bistand-demo).")
    boolean demo;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input of the run (replaced in tests that run a command in-process). */
    InputStream stdin = System.in;

    public static int kor(String... args) {
        return kor(System.in, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /**
     * Runs one command with the given standard streams (in-process tests); commands that write
     * results use {@code spec.commandLine().getOut()/getErr()}.
     */
    public static int kor(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        AdminCli admin = new AdminCli();
        admin.stdin = in;
        CommandLine cl = new CommandLine(admin);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            if (ex instanceof DomainException de) {
                cmd.getErr().println(de.falt().map(f -> "Fel i " + f + ": ").orElse("Fel: ") + Meddelanden.text(de));
                cmd.getErr().flush();
                return de instanceof Integritetsfel ? 1 : 2;
            }
            String incident = Integritetsfel.nyttIncidentId();
            LoggerFactory.getLogger(AdminCli.class).error("Oväntat fel, incident {}", incident, ex);
            cmd.getErr().println("Fel: " + Meddelanden.t("fel.ovantat", incident));
            cmd.getErr().flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("Fel: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Standard output of the run: picocli's writer, so that tests can run a command in-process. */
    PrintWriter ut() {
        return spec.commandLine().getOut();
    }

    Path dataMapp() {
        return data != null ? data : AppKonfig.standardMapp(demo);
    }

    AppContext oppna() {
        Path mapp = dataMapp();
        Loggning.initiera(mapp);
        return AppContext.oppna(AppKonfig.las(mapp, demo));
    }

    static Aktor system() {
        return Aktor.system("admin " + System.getProperty("user.name", "okand"));
    }

    @Command(name = "help", description = "Visar alla kommandon.")
    static final class Hjalp implements Callable<Integer> {
        @ParentCommand
        AdminCli admin;

        @Override
        public Integer call() {
            CommandLine root = admin.spec.commandLine();
            PrintWriter out = root.getOut();
            root.usage(out);
            out.println();
            for (CommandLine sub : root.getSubcommands().values()) {
                if (!sub.getSubcommands().isEmpty()) {
                    for (CommandLine subsub : sub.getSubcommands().values()) {
                        out.printf("  %-28s %s%n", "admin " + sub.getCommandName() + " " + subsub.getCommandName(),
                                String.join(" ", subsub.getCommandSpec().usageMessage().description()));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "db", description = "Databas: migrate.", subcommands = {Db.Migrate.class})
    static final class Db implements Callable<Integer> {
        @ParentCommand
        AdminCli admin;

        @Override
        public Integer call() {
            admin.spec.subcommands().get("db").usage(admin.spec.commandLine().getOut());
            return 0;
        }

        @Command(name = "migrate", description = "Kör databasmigreringar (skapar databasen om den saknas).")
        static final class Migrate implements Callable<Integer> {
            @ParentCommand
            Db db;

            @Override
            public Integer call() {
                try (AppContext ctx = db.admin.oppna()) {
                    int n = ctx.databas().migrera();
                    db.admin.ut().println("Databasen är migrerad: " + ctx.databas().anslutning().beskrivning()
                            + (n == 0 ? "" : " (" + n + " nya migreringar)"));
                }
                return 0;
            }
        }
    }

    @Command(name = "demo", description = "Demodata: seed, reset.", subcommands = {Demo.Seed.class, Demo.Reset.class})
    static final class Demo implements Callable<Integer> {
        @ParentCommand
        AdminCli admin;

        @Override
        public Integer call() {
            admin.spec.subcommands().get("demo").usage(admin.spec.commandLine().getOut());
            return 0;
        }

        @Command(name = "seed", description = "Fyller en tom databas med fiktiva demodata (deterministiskt från --seed).")
        static final class Seed implements Callable<Integer> {
            @ParentCommand
            Demo demo;

            @Option(names = "--seed", description = "Slumpfrö (standard ${DEFAULT-VALUE}).")
            long seed = DemoData.STANDARD_SEED;

            @Option(names = "--hushall", description = "Lägg dessutom till så många slumpade hushåll (lasttest), t.ex. 20000.")
            int hushall;

            @Override
            public Integer call() {
                try (AppContext ctx = demo.admin.oppna()) {
                    DemoData.seed(ctx, seed);
                    if (hushall > 0) {
                        ArendeGenerator.generera(ctx, hushall, seed);
                        demo.admin.ut().println(hushall + " extra hushåll skapade.");
                    }
                    demo.admin.ut().println("Demodata skapad i " + ctx.databas().anslutning().beskrivning()
                            + " (seed " + seed + ").");
                }
                return 0;
            }
        }

        @Command(name = "reset", description = "Återställer demodatabasen till utgångsläget (bara en databas märkt som demo).")
        static final class Reset implements Callable<Integer> {
            @ParentCommand
            Demo demo;

            @Option(names = "--seed", description = "Slumpfrö (standard ${DEFAULT-VALUE}).")
            long seed = DemoData.STANDARD_SEED;

            @Override
            public Integer call() {
                try (AppContext ctx = demo.admin.oppna()) {
                    DemoData.aterstall(ctx, seed);
                    demo.admin.ut().println("Demodatabasen är återställd till utgångsläget: "
                            + ctx.databas().anslutning().beskrivning() + " (seed " + seed + ").");
                }
                return 0;
            }
        }
    }

    @Command(name = "user", description = "Användare: add.", subcommands = {User.Add.class})
    static final class User implements Callable<Integer> {
        @ParentCommand
        AdminCli admin;

        @Override
        public Integer call() {
            admin.spec.subcommands().get("user").usage(admin.spec.commandLine().getOut());
            return 0;
        }

        @Command(name = "add", description = "Lägger till en användare (lösenordet läses utan eko, eller från standard in).")
        static final class Add implements Callable<Integer> {
            @ParentCommand
            User user;

            @Option(names = "--username", required = true, description = "Användarnamn, t.ex. anna.lind")
            String anvandarnamn;

            @Option(names = "--name", required = true, description = "För- och efternamn")
            String namn;

            @Option(names = "--role", required = true,
                    description = "Roll: ${COMPLETION-CANDIDATES}")
            Roll roll;

            @Option(names = "--personnummer", description = "Personens personnummer (för jävskontroller)")
            String personnummer;

            @Option(names = "--password-stdin", description = "Läs lösenordet från standard in")
            boolean fromStdin;

            @Override
            public Integer call() throws Exception {
                Optional<Personnummer> pnr = personnummer == null ? Optional.empty()
                        : Optional.of(Personnummer.parse(personnummer, LocalDate.now()));
                char[] losenord = lasLosenord(fromStdin, user.admin.stdin);
                try (AppContext ctx = user.admin.oppna()) {
                    var id = ctx.anvandarService().skapa(system(), anvandarnamn, namn, roll, pnr, losenord);
                    user.admin.ut().println("Användaren " + anvandarnamn.strip().toLowerCase() + " skapades (id " + id
                            + ", roll " + Meddelanden.t(roll.textnyckel()) + ").");
                }
                return 0;
            }

            private static char[] lasLosenord(boolean fromStdin, InputStream stdin) throws Exception {
                Console c = System.console();
                if (!fromStdin && c != null) {
                    char[] a = c.readPassword("Lösenord: ");
                    char[] b = c.readPassword("Upprepa lösenord: ");
                    if (a == null || !java.util.Arrays.equals(a, b)) {
                        throw DomainException.forField("losenord", "anvandare.losenordenOlika");
                    }
                    return a;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                String rad = r.readLine();
                return rad == null ? new char[0] : rad.toCharArray();
            }
        }
    }

    @Command(name = "audit", description = "Granskningslogg: verify.", subcommands = {Audit.Verify.class})
    static final class Audit implements Callable<Integer> {
        @ParentCommand
        AdminCli admin;

        @Override
        public Integer call() {
            admin.spec.subcommands().get("audit").usage(admin.spec.commandLine().getOut());
            return 0;
        }

        @Command(name = "verify", description = "Kontrollerar hashkedjan över granskningsloggen mot kedjans huvud och "
                + "ankarna i databasen, exportmappen, säkerhetskopiorna och --anchor-filerna (exit 1 om den är bruten).")
        static final class Verify implements Callable<Integer> {
            @ParentCommand
            Audit audit;

            @Option(names = "--anchor", paramLabel = "FIL",
                    description = "Fler filer med ankare: exportfiler (pain.001, CSV) och säkerhetskopior som sparats "
                            + "på annat ställe. Kan anges flera gånger.")
            List<Path> ankarfiler = new ArrayList<>();

            @Override
            public Integer call() {
                List<Granskningsankare> fler = new ArrayList<>();
                for (Path fil : ankarfiler) {
                    List<Granskningsankare> iFilen = FilAnkare.las(fil);
                    if (iFilen.isEmpty()) {
                        throw new DomainException("audit.ankareSaknasIFil", fil);
                    }
                    fler.addAll(iFilen);
                }
                try (AppContext ctx = audit.admin.oppna()) {
                    AuditKedja.Resultat r = ctx.auditService().verifiera(system(), fler);
                    if (r.ok()) {
                        audit.admin.ut().println("Granskningsloggen är oförändrad: " + r.antalRader() + " händelser, "
                                + "kedjan hel och i överensstämmelse med " + r.antalAnkare() + " ankare.");
                        return 0;
                    }
                    audit.admin.ut().println("VARNING: granskningsloggen har ändrats utanför Bistånd. Första felaktiga händelse: id "
                            + r.forstaFelaktigaId() + " (" + r.orsak() + "). " + r.antalRader() + " händelser lästa, "
                            + r.antalAnkare() + " ankare.");
                    return 1;
                }
            }
        }
    }
}
