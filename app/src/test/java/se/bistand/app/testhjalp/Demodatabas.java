package se.bistand.app.testhjalp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.demo.DemoData;
import se.bistand.persistence.grund.Databasanslutning;

/**
 * A fresh in-memory H2 holding the whole demo story, for tests. Seeding the story through the
 * services takes seconds; so it is seeded once per test JVM (per clock and configuration), saved
 * with H2's {@code SCRIPT}, and every test gets its own new database restored from that script
 * with {@code RUNSCRIPT} — the same rows, sequences and audit chain, in a fraction of the time.
 * The context is then opened on it as the app opens an existing demo installation.
 */
public final class Demodatabas {

    private static final Map<String, Path> SKRIPT = new HashMap<>();

    private Demodatabas() {
    }

    /** A new database with the demo data seeded with {@link DemoData#STANDARD_SEED} at the clock's instant. */
    public static AppContext oppna(AppKonfig konfig, Clock klocka) {
        Databasanslutning ny = Databasanslutning.minne(namn("demo"));
        utfor(ny, "RUNSCRIPT FROM '" + skript(konfig, klocka) + "'");
        return AppContext.oppna(konfig, ny, klocka);
    }

    private static synchronized Path skript(AppKonfig konfig, Clock klocka) {
        String nyckel = klocka.instant() + "|" + klocka.getZone() + "|" + konfig.demo() + "|"
                + new TreeMap<>(konfig.egenskaper());
        Path skript = SKRIPT.get(nyckel);
        if (skript == null) {
            Databasanslutning mall = Databasanslutning.minne(namn("mall"));
            try (AppContext ctx = AppContext.oppna(konfig, mall, klocka)) {
                DemoData.seed(ctx, DemoData.STANDARD_SEED);
            }
            try {
                Path mapp = Files.createDirectories(Path.of("target", "tmp"));
                skript = Files.createTempFile(mapp, "demodata-", ".sql").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            utfor(mall, "SCRIPT TO '" + skript + "'");
            utfor(mall, "SHUTDOWN");
            SKRIPT.put(nyckel, skript);
        }
        return skript;
    }

    private static String namn(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private static void utfor(Databasanslutning a, String sql) {
        try (Connection c = DriverManager.getConnection(a.jdbcUrl(), a.anvandare(), a.losenord());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
