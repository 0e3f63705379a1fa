package se.bistand.persistence.grund;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.domain.gemensam.DomainException;

/**
 * Opens a connection pool, runs the Flyway migrations (forward only) and builds Jdbi with the
 * domain's value types registered ({@link Kolumntyper}; fluent API, see docs/decisions/0008-jdbi-stil.md).
 */
public final class Databas implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Databas.class);

    private final Databasanslutning anslutning;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final JdbiTransaktioner transaktioner;

    private Databas(Databasanslutning anslutning, HikariDataSource ds) {
        this.anslutning = anslutning;
        this.dataSource = ds;
        this.jdbi = Kolumntyper.registrera(Jdbi.create(ds));
        this.transaktioner = new JdbiTransaktioner(jdbi);
    }

    /** Opens and migrates. Failures become {@link DomainException}s with a {@code databas.*} key. */
    public static Databas oppna(Databasanslutning anslutning) {
        if (anslutning.typ() == Databasanslutning.Typ.LOKAL) {
            kontrolleraLokalMapp(anslutning);
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(anslutning.jdbcUrl());
        cfg.setUsername(anslutning.anvandare());
        cfg.setPassword(anslutning.losenord());
        cfg.setMaximumPoolSize(anslutning.typ() == Databasanslutning.Typ.POSTGRESQL ? 8 : 6);
        cfg.setMinimumIdle(1);
        cfg.setPoolName("bistand");
        cfg.setInitializationFailTimeout(1);
        cfg.setConnectionTimeout(8_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw DatabasFel.oversatt(e, anslutning);
        }
        try {
            migrera(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw DatabasFel.oversatt(e, anslutning);
        }
        LOG.info("Databas öppnad: {}", anslutning.beskrivning());
        return new Databas(anslutning, ds);
    }

    private static void kontrolleraLokalMapp(Databasanslutning a) {
        String url = a.jdbcUrl();
        Path fil = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')));
        Path mapp = fil.getParent();
        try {
            Files.createDirectories(mapp);
        } catch (Exception e) {
            throw new DomainException("databas.skrivskyddad", a.beskrivning());
        }
        Path mv = Path.of(fil + ".mv.db");
        if (!Files.isWritable(mapp) || (Files.exists(mv) && !Files.isWritable(mv))) {
            throw new DomainException("databas.skrivskyddad", a.beskrivning());
        }
    }

    /**
     * Migrates to the newest version. Out of order is allowed: migration numbers are given in
     * ranges per feature (docs/utveckling.md), so a database that already has V040 (avvikelser)
     * must still take a V034 (attest) added later — otherwise an installed database could not be
     * upgraded. Every migration in one range only touches its own feature's tables.
     */
    static MigrateResult migrera(DataSource ds) {
        return migrera(ds, "classpath:db/migration");
    }

    static MigrateResult migrera(DataSource ds, String... platser) {
        MigrateResult r = Flyway.configure()
                .dataSource(ds)
                .locations(platser)
                .outOfOrder(true)
                .loggers("slf4j")
                .load()
                .migrate();
        if (r.migrationsExecuted > 0) {
            LOG.info("Migrerade databasen: {} migreringar, nu version {}", r.migrationsExecuted, r.targetSchemaVersion);
        }
        return r;
    }

    /**
     * Drops every table of this database and migrates it from scratch: an empty database again.
     * Destructive; only for the demo reset, whose caller checks that this is a demo database.
     */
    public void rensaOchMigrera() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").loggers("slf4j")
                .cleanDisabled(false).load().clean();
        dataSource.getHikariPoolMXBean().softEvictConnections();
        migrera(dataSource);
        LOG.info("Databasen tömd och migrerad på nytt: {}", anslutning.beskrivning());
    }

    /** Runs the migrations again (idempotent); returns how many were applied. */
    public int migrera() {
        return migrera(dataSource).migrationsExecuted;
    }

    /**
     * Whether the database answers now. A dead connection (the shared server went away) makes the
     * pool drop all its connections, so that work resumes with fresh ones once the server is back.
     */
    public boolean arVidLiv() {
        if (arServer() && !svararServern()) {
            return false;
        }
        for (int forsok = 0; forsok < 2; forsok++) {
            try (Connection c = dataSource.getConnection()) {
                if (c.isValid(2)) {
                    return true;
                }
            } catch (Exception e) {
                LOG.debug("Databasen svarar inte: {}", e.getMessage());
            }
            dataSource.getHikariPoolMXBean().softEvictConnections();
        }
        return false;
    }

    private boolean arServer() {
        return anslutning.typ() == Databasanslutning.Typ.H2_SERVER || anslutning.typ() == Databasanslutning.Typ.POSTGRESQL;
    }

    /** A direct connection past the pool: fails at once when the server is down (the pool would wait its timeout). */
    private boolean svararServern() {
        try (Connection c = DriverManager.getConnection(anslutning.jdbcUrl(), anslutning.anvandare(), anslutning.losenord())) {
            return c.isValid(2);
        } catch (SQLException e) {
            LOG.debug("Databasservern svarar inte: {}", e.getMessage());
            return false;
        }
    }

    public Databasanslutning anslutning() {
        return anslutning;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public JdbiTransaktioner transaktioner() {
        return transaktioner;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
