package se.bistand.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongConsumer;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.persistence.Repositorier;
import se.bistand.persistence.berakning.NormtabellResurser;
import se.bistand.persistence.grund.Databas;
import se.bistand.persistence.grund.Databasanslutning;
import se.bistand.persistence.grund.Sakerhetskopia;

/**
 * Operating the installation: the start-up step (shipped norm tables), backups, whether the
 * database answers, and resetting a demo database. Never on the FX thread.
 */
public final class Drift {

    private final AppKonfig konfig;
    private final Databas databas;
    private final Repositorier repositorier;
    private final Tjanster tjanster;
    private final Clock klocka;
    private final LongConsumer demoSadd;

    /** {@code demoSadd} fills an emptied demo database again from a seed. */
    Drift(AppKonfig konfig, Databas databas, Repositorier repositorier, Tjanster tjanster, Clock klocka,
          LongConsumer demoSadd) {
        this.konfig = konfig;
        this.databas = databas;
        this.repositorier = repositorier;
        this.tjanster = tjanster;
        this.klocka = klocka;
        this.demoSadd = demoSadd;
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

    /** A consistent online backup of the (H2) database; PostgreSQL is refused with the pg_dump command. */
    public void sakerhetskopiera(Path fil) {
        Sakerhetskopia.skapa(databas, fil);
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
     * Empties a demo database and fills it with the initial demo data again. Refuses any database
     * that is not marked as a demo installation.
     */
    public void aterstallDemo(long seed) {
        if (!arDemo()) {
            throw new DomainException("demo.inteDemo");
        }
        databas.rensaOchMigrera();
        demoSadd.accept(seed);
    }
}
