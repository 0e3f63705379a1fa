package se.bistand.persistence.logg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.logg.ExternaAnkare;
import se.bistand.domain.logg.Granskningsankare;

/**
 * The audit chain's anchors in files outside the database (ADR 0004): the export folder's
 * pain.001 and CSV files and the backups ({@code *.sql.gz}, whose first line is the anchor).
 * A file without an anchor (older than this version) is skipped; one that cannot be read is
 * logged and skipped, never taken as proof of anything.
 */
public final class FilAnkare implements ExternaAnkare {

    private static final Logger LOG = LoggerFactory.getLogger(FilAnkare.class);
    /** A backup's anchor is on its first line; a few lines are read in case of a leading comment. */
    private static final int BACKUP_RADER = 5;
    /** Export files are small; anything bigger is not one of ours. */
    private static final long MAX_STORLEK = 50L * 1024 * 1024;

    private final List<Path> mappar;

    /** Reads every {@code *.xml}, {@code *.csv} and {@code *.sql.gz} directly in the given folders (missing ones are empty). */
    public FilAnkare(List<Path> mappar) {
        this.mappar = List.copyOf(mappar);
    }

    @Override
    public List<Granskningsankare> las() {
        return perFil().values().stream().flatMap(List::stream).toList();
    }

    /** The anchors of each readable file with anchors in the folders, by file. */
    public Map<Path, List<Granskningsankare>> perFil() {
        Map<Path, List<Granskningsankare>> ankare = new LinkedHashMap<>();
        for (Path mapp : mappar) {
            if (!Files.isDirectory(mapp)) {
                continue;
            }
            try (Stream<Path> filer = Files.list(mapp)) {
                for (Path fil : filer.filter(FilAnkare::arKand).sorted().toList()) {
                    try {
                        List<Granskningsankare> iFilen = las(fil);
                        if (!iFilen.isEmpty()) {
                            ankare.put(fil, iFilen);
                        }
                    } catch (DomainException e) {
                        LOG.warn("Granskningsankare i {} kunde inte läsas: {}", fil, e.getMessage());
                    }
                }
            } catch (IOException e) {
                LOG.warn("Mappen {} kunde inte läsas efter granskningsankare: {}", mapp, e.getMessage());
            }
        }
        return ankare;
    }

    private static boolean arKand(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return Files.isRegularFile(p) && (n.endsWith(".xml") || n.endsWith(".csv") || n.endsWith(".sql.gz"));
    }

    /** The anchors in one file (a backup, a pain.001 or CSV export); refuses an unreadable file. */
    public static List<Granskningsankare> las(Path fil) {
        String kalla = fil.getFileName().toString();
        try {
            if (kalla.toLowerCase().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(fil));
                     BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    StringBuilder borjan = new StringBuilder();
                    String rad;
                    for (int i = 0; i < BACKUP_RADER && (rad = r.readLine()) != null; i++) {
                        borjan.append(rad).append('\n');
                    }
                    return Granskningsankare.hitta(borjan, "säkerhetskopian " + kalla);
                }
            }
            if (Files.size(fil) > MAX_STORLEK) {
                return List.of();
            }
            return Granskningsankare.hitta(Files.readString(fil, StandardCharsets.UTF_8), "exportfilen " + kalla);
        } catch (IOException | RuntimeException e) {
            throw new DomainException("audit.ankarfilOlasbar", fil, String.valueOf(e.getMessage()));
        }
    }
}
