package se.bistand.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import se.bistand.persistence.grund.Databasanslutning;

/**
 * Settings, from {@code bistand.properties} in the data folder (documented in README). The data
 * folder is chosen by {@code --data DIR}, else the environment variable {@code BISTAND_DATA},
 * else {@code ~/.bistand} ({@code ~/.bistand-demo} for the offline demo).
 */
public record AppKonfig(Path dataMapp, boolean demo, Properties egenskaper) {

    public static final String FILNAMN = "bistand.properties";

    public static Path standardMapp(boolean demo) {
        String env = System.getenv("BISTAND_DATA");
        if (env != null && !env.isBlank() && !demo) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), demo ? ".bistand-demo" : ".bistand");
    }

    public static AppKonfig las(Path dataMapp, boolean demo) {
        Properties p = new Properties();
        Path fil = dataMapp.resolve(FILNAMN);
        if (Files.isReadable(fil)) {
            try (Reader r = Files.newBufferedReader(fil, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("Kunde inte läsa " + fil, e);
            }
        }
        return new AppKonfig(dataMapp, demo, p);
    }

    public String varde(String nyckel, String standard) {
        return egenskaper.getProperty(nyckel, standard).strip();
    }

    /** {@code las.inaktivMinuter}: idle minutes before the lock screen (default 10, 0 = never). */
    public Duration inaktivTidInnanLas() {
        String sekunder = varde("las.inaktivSekunder", "");
        if (!sekunder.isEmpty()) {
            return Duration.ofSeconds(Long.parseLong(sekunder));
        }
        return Duration.ofMinutes(Long.parseLong(varde("las.inaktivMinuter", "10")));
    }

    /** {@code sakerhet.pbkdf2Iterationer}: password hashing cost (default 600 000). */
    public int pbkdf2Iterationer() {
        return Integer.parseInt(varde("sakerhet.pbkdf2Iterationer", "600000"));
    }

    /** {@code databas.typ}: lokal (default), h2server or postgresql, with host/port/name/user. */
    public Databasanslutning databas() {
        String typ = varde("databas.typ", "lokal");
        return switch (typ) {
            case "lokal" -> Databasanslutning.lokal(dataMapp);
            case "h2server" -> Databasanslutning.h2Server(varde("databas.vard", "127.0.0.1"),
                    Integer.parseInt(varde("databas.port", "9092")), varde("databas.namn", "bistand"),
                    varde("databas.anvandare", "bistand"), databasLosenord());
            case "postgresql" -> Databasanslutning.postgresql(varde("databas.vard", "127.0.0.1"),
                    Integer.parseInt(varde("databas.port", "5432")), varde("databas.namn", "bistand"),
                    varde("databas.anvandare", "bistand"), databasLosenord());
            default -> throw new IllegalStateException("Okänd databas.typ i " + FILNAMN + ": " + typ);
        };
    }

    /**
     * The shared database's password is never in the config file itself: it comes from the
     * environment variable {@code BISTAND_DB_LOSENORD} or from the file named by
     * {@code databas.losenordsfil} (readable only by the user).
     */
    private String databasLosenord() {
        String env = System.getenv("BISTAND_DB_LOSENORD");
        if (env != null) {
            return env;
        }
        String fil = varde("databas.losenordsfil", "");
        if (fil.isEmpty()) {
            return "";
        }
        try {
            return Files.readString(Path.of(fil), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("Kunde inte läsa databas.losenordsfil " + fil, e);
        }
    }
}
