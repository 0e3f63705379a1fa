package se.bistand.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.persistence.Repositorier;
import se.bistand.persistence.berakning.NormtabellResurser;
import se.bistand.persistence.grund.Databas;
import se.bistand.persistence.grund.Databasanslutning;
import se.bistand.persistence.grund.Sakerhetskopia;
import se.bistand.persistence.logg.FilAnkare;

/**
 * Operating the installation: the start-up step (shipped norm tables), backups, whether the
 * database answers, resetting a demo database and moving aside files whose audit chain anchors a
 * restored or reset chain does not have. Never on the FX thread.
 */
public final class Drift {

    private static final Logger LOG = LoggerFactory.getLogger(Drift.class);

    private final AppKonfig konfig;
    private final Databas databas;
    private final Repositorier repositorier;
    private final Tjanster tjanster;
    private final FilAnkare filAnkare;
    private final Clock klocka;

    Drift(AppKonfig konfig, Databas databas, Repositorier repositorier, Tjanster tjanster, FilAnkare filAnkare,
          Clock klocka) {
        this.konfig = konfig;
        this.databas = databas;
        this.repositorier = repositorier;
        this.tjanster = tjanster;
        this.filAnkare = filAnkare;
        this.klocka = klocka;
    }

    /**
     * Start-up step (run when the database is opened, never on the FX thread): stores the norm
     * tables shipped on the class path that the database does not have yet; the demo table only
     * in a demo installation. Idempotent.
     */
    public int lagraLevereradeNormtabeller() {
        return tjanster.normtabellService().lagraLevererade(Aktor.system("start"), NormtabellResurser.tabeller(),
                arDemo());
    }

    /** Where the database is, for the status bar and the sign-in screen (never a password). */
    public String databasBeskrivning() {
        return databas.anslutning().beskrivning();
    }

    /** True when no user exists yet (a fresh installation). */
    public boolean arTom() {
        return repositorier.tx().iTransaktion(() -> repositorier.anvandare().alla().isEmpty());
    }

    public boolean arDemo() {
        return repositorier.tx().iTransaktion(repositorier.installation()::arDemo);
    }

    /** Whether the database answers now (polled off the FX thread by the connection monitor). */
    public boolean arVidLiv() {
        return databas.arVidLiv();
    }

    /**
     * A consistent online backup of the (H2) database, carrying the audit chain's anchor (returned);
     * PostgreSQL is refused with the pg_dump command.
     */
    public Granskningsankare sakerhetskopiera(Path fil) {
        return Sakerhetskopia.skapa(databas, fil);
    }

    /**
     * Local mode's daily backup ({@code backup.dagligen}, {@code backup.behall}) into the data
     * folder's {@code backups}, when today's is missing. Shared databases are backed up on the server.
     */
    public Optional<Path> dagligSakerhetskopiaOmBehovs() {
        if (!konfig.backupDagligen() || databas.anslutning().typ() != Databasanslutning.Typ.LOKAL) {
            return Optional.empty();
        }
        return Sakerhetskopia.dagligen(databas, konfig.backupMapp(), LocalDate.now(klocka), konfig.backupBehall());
    }

    /**
     * Empties a demo database and runs {@code fyll} (the demo data) on the empty one. Refuses any
     * database that is not marked as a demo installation.
     */
    public void aterstallDemo(Runnable fyll) {
        if (!arDemo()) {
            throw new DomainException("demo.inteDemo");
        }
        databas.rensaOchMigrera();
        fyll.run();
        arkiveraAnkarfilerUtanforKedjan(Aktor.system("demo reset"));
    }

    /**
     * After a restore or a demo reset the chain is older than export files and backups written
     * before it: those whose anchors the chain does not have are moved to
     * {@code <data folder>/ankare-arkiv-<time>} (kept as evidence of what the database lacks, and
     * no longer failing every verification; ADR 0004).
     *
     * @return the folder the files were moved to, if any were
     */
    public Optional<Path> arkiveraAnkarfilerUtanforKedjan(Aktor aktor) {
        Map<Path, List<Granskningsankare>> perFil = filAnkare.perFil();
        List<Granskningsankare> utanfor = tjanster.auditService().ankareUtanforKedjan(aktor,
                perFil.values().stream().flatMap(List::stream).toList());
        List<Path> flytta = perFil.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(utanfor::contains)).map(Map.Entry::getKey).toList();
        if (flytta.isEmpty()) {
            return Optional.empty();
        }
        Path arkiv = konfig.dataMapp().resolve("ankare-arkiv-"
                + LocalDateTime.now(klocka).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.createDirectories(arkiv);
            for (Path fil : flytta) {
                Files.move(fil, arkiv.resolve(fil.getParent().getFileName() + "-" + fil.getFileName()));
            }
        } catch (IOException e) {
            throw new DomainException("audit.arkiveringMisslyckades", arkiv, String.valueOf(e.getMessage()));
        }
        LOG.warn("{} filer med granskningsankare som kedjan inte har flyttades till {}", flytta.size(), arkiv);
        return Optional.of(arkiv);
    }
}
