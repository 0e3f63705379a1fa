package se.bistand.persistence.grund;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.logg.Granskningsankare;

/**
 * Backup and restore of an H2 database as a gzipped SQL script ({@code SCRIPT}): portable across
 * H2 versions, and taken online from one snapshot (isolation level SNAPSHOT) so that concurrent
 * writers are neither blocked nor half included. The first line is the audit chain's head in
 * that snapshot ({@code -- bistand-granskningsankare seq=… sha256=…}), an anchor that
 * {@code admin audit verify} checks the live chain against (ADR 0004). PostgreSQL is backed up
 * with pg_dump, which this class only names.
 */
public final class Sakerhetskopia {

    private static final Logger LOG = LoggerFactory.getLogger(Sakerhetskopia.class);
    private static final String DAGLIG_PREFIX = "bistand-";
    private static final String DAGLIG_SUFFIX = ".sql.gz";

    private Sakerhetskopia() {
    }

    /**
     * Writes a consistent backup of the open database to {@code fil} (replaced atomically).
     *
     * @return the audit chain's anchor written as its first line
     */
    public static Granskningsankare skapa(Databas db, Path fil) {
        Databasanslutning a = db.anslutning();
        if (a.typ() == Databasanslutning.Typ.POSTGRESQL) {
            throw new DomainException("backup.postgresql", pgDumpKommando(a, fil));
        }
        Path mal = fil.toAbsolutePath();
        Path tmp = mal.resolveSibling(mal.getFileName() + ".pagar");
        Granskningsankare ankare = null;
        try {
            Files.createDirectories(mal.getParent());
            try (Connection c = db.dataSource().getConnection();
                 Statement s = c.createStatement();
                 BufferedWriter ut = new BufferedWriter(new OutputStreamWriter(
                         new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8))) {
                boolean auto = c.getAutoCommit();
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
                c.setAutoCommit(false);
                try (ResultSet huvud = s.executeQuery("SELECT senaste_id, senaste_hash FROM audit_kedja WHERE id = 1")) {
                    // The chain's head in the same snapshot as the script: an anchor outside the database (ADR 0004).
                    huvud.next();
                    ankare = new Granskningsankare(huvud.getLong(1), huvud.getString(2), "säkerhetskopian " + mal.getFileName());
                    ut.write("-- " + ankare.text() + "\n");
                }
                try (ResultSet rs = s.executeQuery("SCRIPT")) {
                    while (rs.next()) {
                        String rad = rs.getString(1);
                        ut.write(rad);
                        ut.write(rad.endsWith(";") ? "\n" : ";\n");
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(auto);
                    s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
            }
            Files.move(tmp, mal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Säkerhetskopia skapad: {} ({})", mal, ankare.text());
            return ankare;
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the failure below is what matters
            }
            throw new DomainException("backup.misslyckades", mal, String.valueOf(e.getMessage()));
        }
    }

    /** The documented PostgreSQL backup command for this connection (custom format, restorable with pg_restore). */
    public static String pgDumpKommando(Databasanslutning a, Path fil) {
        String utanPrefix = a.jdbcUrl().substring("jdbc:postgresql://".length());
        String vardPort = utanPrefix.substring(0, utanPrefix.indexOf('/'));
        String databas = utanPrefix.substring(utanPrefix.indexOf('/') + 1).split("\\?")[0];
        String vard = vardPort.contains(":") ? vardPort.substring(0, vardPort.lastIndexOf(':')) : vardPort;
        String port = vardPort.contains(":") ? vardPort.substring(vardPort.lastIndexOf(':') + 1) : "5432";
        return "pg_dump --format=custom --host=" + vard + " --port=" + port + " --username=" + a.anvandare()
                + " --file=" + fil + " " + databas;
    }

    /**
     * Restores a backup into the data folder's H2 file and migrates it to this version. Refuses
     * when the database is open (by this or another program), and when one exists unless
     * {@code ersatt}; a replaced database is kept beside it as {@code bistand.fore-aterstallning-*.mv.db}.
     * The new file is built aside and moved into place only when complete.
     *
     * @return the kept old database file, if one was replaced
     */
    public static Optional<Path> aterstall(Path fil, Path dataMapp, boolean ersatt) {
        if (!Files.isReadable(fil)) {
            throw new DomainException("aterstall.filSaknas", fil);
        }
        Path mal = Databasanslutning.h2Filen(dataMapp);
        if (Files.exists(mal)) {
            if (arLast(mal)) {
                throw new DomainException("databas.iBruk", mal);
            }
            if (!ersatt) {
                throw new DomainException("aterstall.finnsRedan", mal);
            }
        }
        Path arbetsmapp = dataMapp.toAbsolutePath().resolve(".aterstallning-" + UUID.randomUUID());
        try {
            Files.createDirectories(arbetsmapp);
            Databasanslutning ny = Databasanslutning.lokal(arbetsmapp);
            try (Connection c = DriverManager.getConnection(ny.jdbcUrl(), ny.anvandare(), ny.losenord());
                 Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + fil.toAbsolutePath().toString().replace("'", "''")
                        + "' COMPRESSION GZIP");
            }
            Databas.oppna(ny).close(); // runs this version's newer migrations
            Optional<Path> gammal = Optional.empty();
            if (Files.exists(mal)) {
                Path sparad = mal.resolveSibling("bistand.fore-aterstallning-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".mv.db");
                Files.move(mal, sparad);
                gammal = Optional.of(sparad);
            }
            Files.move(Databasanslutning.h2Filen(arbetsmapp), mal);
            LOG.info("Säkerhetskopian {} återställd till {}", fil, mal);
            return gammal;
        } catch (IOException | SQLException e) {
            throw new DomainException("aterstall.misslyckades", fil, String.valueOf(e.getMessage()));
        } finally {
            taBort(arbetsmapp);
        }
    }

    /** Whether an H2 file is open in some process (H2 holds a file lock while it is open). */
    static boolean arLast(Path mvFil) {
        try (FileChannel ch = FileChannel.open(mvFil, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The daily backup of local mode: {@code bistand-YYYY-MM-DD.sql.gz} in {@code mapp} unless today's
     * exists; then keeps only the {@code behall} newest daily backups.
     *
     * @return the new backup, or empty when today's already existed
     */
    public static Optional<Path> dagligen(Databas db, Path mapp, LocalDate idag, int behall) {
        Path fil = mapp.resolve(DAGLIG_PREFIX + idag + DAGLIG_SUFFIX);
        Optional<Path> ny = Optional.empty();
        if (!Files.exists(fil)) {
            skapa(db, fil);
            ny = Optional.of(fil);
        }
        rensa(mapp, behall);
        return ny;
    }

    private static void rensa(Path mapp, int behall) {
        List<Path> dagliga = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(mapp, DAGLIG_PREFIX + "????-??-??" + DAGLIG_SUFFIX)) {
            ds.forEach(dagliga::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dagliga.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        for (Path gammal : dagliga.subList(Math.min(Math.max(behall, 1), dagliga.size()), dagliga.size())) {
            try {
                Files.delete(gammal);
                LOG.info("Gammal säkerhetskopia borttagen: {}", gammal.getFileName());
            } catch (IOException e) {
                LOG.warn("Kunde inte ta bort gammal säkerhetskopia {}: {}", gammal.getFileName(), e.getMessage());
            }
        }
    }

    private static void taBort(Path mapp) {
        if (!Files.exists(mapp)) {
            return;
        }
        try (var filer = Files.walk(mapp)) {
            for (Path p : filer.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Kunde inte städa {}: {}", mapp, e.getMessage());
        }
    }
}
