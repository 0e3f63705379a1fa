package se.bistand.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code bistand.jar}. Deliberately not a JavaFX {@code Application} (so that
 * {@code java -jar} works with JavaFX on the class path), and free of loggers until the log
 * folder is known.
 *
 * <pre>
 *   java -jar bistand.jar [--data DIR] [--demo]     the GUI
 *   java -jar bistand.jar admin &lt;command&gt; ...        headless admin commands
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(se.bistand.app.cli.AdminCli.kor(rest));
            return;
        }
        boolean demo = false;
        Path data = null;
        List<String> ovriga = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--data" -> data = Path.of(args[++i]);
                default -> ovriga.add(args[i]);
            }
        }
        if (data == null) {
            data = AppKonfig.standardMapp(demo);
        }
        Loggning.initiera(data);
        se.bistand.app.shell.BistandFxApp.starta(AppKonfig.las(data, demo));
    }
}
