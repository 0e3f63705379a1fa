package se.bistand.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
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

    /** {@code backup.dagligen}: a daily backup at start in local mode (default true). */
    public boolean backupDagligen() {
        return Boolean.parseBoolean(varde("backup.dagligen", "true"));
    }

    /** {@code backup.behall}: how many daily backups to keep (default 14). */
    public int backupBehall() {
        return Integer.parseInt(varde("backup.behall", "14"));
    }

    /** The daily backups' folder: {@code backups} in the data folder. */
    public Path backupMapp() {
        return dataMapp.resolve("backups");
    }

    /** The file the connection dialog writes the shared database's password to (owner-only). */
    public Path losenordsfil() {
        return dataMapp.resolve(LOSENORDSFIL);
    }

    public static final String LOSENORDSFIL = "databas.losenord";

    /**
     * Stores the database choice in {@code bistand.properties} (other keys are kept) and the
     * password, if any, in {@link #LOSENORDSFIL} readable only by the user; never in the
     * properties file. Returns the settings as now stored.
     */
    public AppKonfig medDatabas(String typ, String vard, int port, String namn, String anvandare, char[] losenord) {
        Properties p = new Properties();
        p.putAll(egenskaper);
        String tidigareLosenordsfil = p.getProperty("databas.losenordsfil");
        for (String k : new String[] {"databas.vard", "databas.port", "databas.namn", "databas.anvandare",
                "databas.losenordsfil"}) {
            p.remove(k);
        }
        p.setProperty("databas.typ", typ);
        if (!typ.equals("lokal")) {
            p.setProperty("databas.vard", vard);
            p.setProperty("databas.port", String.valueOf(port));
            p.setProperty("databas.namn", namn);
            p.setProperty("databas.anvandare", anvandare);
            if (losenord.length > 0) {
                skrivLosenordsfil(losenordsfil(), losenord);
                p.setProperty("databas.losenordsfil", losenordsfil().toAbsolutePath().toString());
            } else if (tidigareLosenordsfil != null) {
                p.setProperty("databas.losenordsfil", tidigareLosenordsfil); // password unchanged
            }
        }
        try {
            Files.createDirectories(dataMapp);
            try (Writer w = Files.newBufferedWriter(dataMapp.resolve(FILNAMN), StandardCharsets.UTF_8)) {
                p.store(w, "Bistånd: inställningar (se README, avsnittet Inställningar)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte skriva " + FILNAMN, e);
        }
        return new AppKonfig(dataMapp, demo, p);
    }

    /** Writes a secret to a file only its owner can read or write (POSIX 0600, or an owner-only ACL). */
    static void skrivLosenordsfil(Path fil, char[] losenord) {
        try {
            Files.createDirectories(fil.toAbsolutePath().getParent());
            Files.deleteIfExists(fil);
            if (fil.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(fil, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(fil);
                AclFileAttributeView acl = Files.getFileAttributeView(fil, AclFileAttributeView.class);
                if (acl != null) {
                    UserPrincipal agare = Files.getOwner(fil);
                    acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(agare)
                            .setPermissions(AclEntryPermission.values()).build()));
                }
            }
            Files.writeString(fil, new String(losenord), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte skriva lösenordsfilen", e);
        }
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
