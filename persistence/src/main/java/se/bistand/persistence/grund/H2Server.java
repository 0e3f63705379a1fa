package se.bistand.persistence.grund;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.domain.gemensam.DomainException;

/**
 * Shared mode with H2: a TCP server over the data folder's {@code bistand.mv.db}. The database is
 * created and migrated here, before the server listens, with the given user and password; the
 * server is started without {@code -ifNotExists}, so clients can neither create other databases
 * nor sign in without that password. Without {@code tillatAndra} only this machine may connect.
 */
public final class H2Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(H2Server.class);

    private final Server server;
    private final Path dataMapp;

    private H2Server(Server server, Path dataMapp) {
        this.server = server;
        this.dataMapp = dataMapp;
    }

    /**
     * Prepares the database and starts listening. Port 0 picks a free port ({@link #port()}).
     * A local-mode database (user {@code bistand} without password) gets the password on first start.
     */
    public static H2Server starta(Path dataMapp, int port, boolean tillatAndra, String anvandare, String losenord) {
        if (losenord == null || losenord.isEmpty()) {
            throw new DomainException("server.losenordSaknas");
        }
        if (!anvandare.matches("[A-Za-z][A-Za-z0-9_]{0,62}")) {
            throw new DomainException("server.ogiltigAnvandare", anvandare);
        }
        forbered(dataMapp, anvandare, losenord);
        List<String> args = new ArrayList<>(List.of("-tcpPort", String.valueOf(port),
                "-baseDir", dataMapp.toAbsolutePath().toString(),
                "-tcpPassword", UUID.randomUUID().toString()));
        if (tillatAndra) {
            args.add("-tcpAllowOthers");
        }
        try {
            Server s = Server.createTcpServer(args.toArray(String[]::new)).start();
            LOG.info("H2-server startad på port {} (andra datorer {})", s.getPort(), tillatAndra ? "tillåtna" : "inte tillåtna");
            return new H2Server(s, dataMapp);
        } catch (SQLException e) {
            throw new DomainException("server.kundeInteStarta", port, String.valueOf(e.getMessage()));
        }
    }

    private static void forbered(Path dataMapp, String anvandare, String losenord) {
        try {
            Databas.oppna(Databasanslutning.h2Fil(dataMapp, anvandare, losenord)).close();
        } catch (DomainException e) {
            if (!"databas.inloggningNekad".equals(e.key())) {
                throw e;
            }
            sattLosenordPaLokalDatabas(dataMapp, anvandare, losenord, e);
        }
    }

    private static void sattLosenordPaLokalDatabas(Path dataMapp, String anvandare, String losenord, DomainException nekad) {
        Databas lokal;
        try {
            lokal = Databas.oppna(Databasanslutning.h2Fil(dataMapp, anvandare, ""));
        } catch (DomainException e) {
            throw nekad;
        }
        try (lokal; Connection c = lokal.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("ALTER USER " + anvandare.toUpperCase() + " SET PASSWORD ?")) {
            ps.setString(1, losenord);
            ps.execute();
            LOG.info("Den lokala databasen har fått ett lösenord för delat läge");
        } catch (SQLException e) {
            throw new DomainException("server.kundeInteStarta", 0, String.valueOf(e.getMessage()));
        }
    }

    public int port() {
        return server.getPort();
    }

    public Path dataMapp() {
        return dataMapp;
    }

    /** How a client on {@code vard} reaches this server. */
    public Databasanslutning anslutning(String vard, String anvandare, String losenord) {
        return Databasanslutning.h2Server(vard, port(), Databasanslutning.NAMN, anvandare, losenord);
    }

    public boolean kor() {
        return server.isRunning(false);
    }

    /** Stops listening and closes every client connection. */
    @Override
    public void close() {
        server.stop();
        LOG.info("H2-server stoppad");
    }
}
