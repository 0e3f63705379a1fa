package se.bistand.app;

import java.nio.file.Path;

/** Points Logback's rolling file at the data folder; call before the first logger is made. */
public final class Loggning {
    private Loggning() {
    }

    public static void initiera(Path dataMapp) {
        if (System.getProperty("bistand.loggmapp") == null) {
            System.setProperty("bistand.loggmapp", dataMapp.resolve("logs").toAbsolutePath().toString());
        }
    }
}
