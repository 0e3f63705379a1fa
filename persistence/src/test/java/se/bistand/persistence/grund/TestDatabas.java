package se.bistand.persistence.grund;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.SynpunktService;
import se.bistand.domain.behorighet.AnvandarService;
import se.bistand.domain.behorighet.InloggningService;
import se.bistand.domain.behorighet.Pbkdf2LosenordsHashare;
import se.bistand.domain.logg.AuditService;
import se.bistand.domain.logg.ExternaAnkare;
import se.bistand.persistence.avvikelse.JdbiAvvikelseRepository;
import se.bistand.persistence.avvikelse.JdbiSynpunktRepository;
import se.bistand.persistence.behorighet.JdbiAnvandareRepository;
import se.bistand.persistence.logg.JdbiAtkomstlogg;
import se.bistand.persistence.logg.JdbiAuditLogg;

/**
 * A real H2 database (in memory, PostgreSQL mode, real migrations) per test, with the
 * foundation repositories wired. Shared with other modules' tests through the test-jar.
 */
public final class TestDatabas implements AutoCloseable {

    public static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");

    public final Databas databas;
    public final JdbiTransaktioner tx;
    public final Clock klocka;
    public final JdbiAnvandareRepository anvandare;
    public final JdbiAuditLogg audit;
    public final JdbiAtkomstlogg atkomst;
    public final JdbiAvvikelseRepository avvikelser;
    public final JdbiSynpunktRepository synpunkter;
    public final Pbkdf2LosenordsHashare hashare = new Pbkdf2LosenordsHashare(10_000);

    private final Runnable stadning;

    private TestDatabas(Databasanslutning a, Clock klocka, Runnable stadning) {
        this.stadning = stadning;
        this.databas = Databas.oppna(a);
        this.tx = databas.transaktioner();
        this.klocka = klocka;
        this.anvandare = new JdbiAnvandareRepository(tx, klocka);
        this.audit = new JdbiAuditLogg(tx, klocka);
        this.atkomst = new JdbiAtkomstlogg(tx, klocka);
        this.avvikelser = new JdbiAvvikelseRepository(tx, klocka);
        this.synpunkter = new JdbiSynpunktRepository(tx);
    }

    public static final Clock FAST_KLOCKA = Clock.fixed(NU, ZoneId.of("Europe/Stockholm"));

    /** A fresh H2 in memory. */
    public static TestDatabas ny() {
        return ny(Motor.H2, FAST_KLOCKA);
    }

    public static TestDatabas ny(Clock klocka) {
        return ny(Motor.H2, klocka);
    }

    /** A fresh, migrated database on the given engine (a new schema on the shared test PostgreSQL). */
    public static TestDatabas ny(Motor motor) {
        return ny(motor, FAST_KLOCKA);
    }

    public static TestDatabas ny(Motor motor, Clock klocka) {
        Databasanslutning a = motor.nyAnslutning();
        return new TestDatabas(a, klocka, () -> motor.stad(a));
    }

    /** An existing database (e.g. a second client of the same shared database); not removed on close. */
    public static TestDatabas pa(Databasanslutning a, Clock klocka) {
        return new TestDatabas(a, klocka, () -> { });
    }

    public InloggningService inloggning() {
        return new InloggningService(tx, anvandare, hashare, audit, klocka);
    }

    public AnvandarService anvandarService() {
        return new AnvandarService(tx, anvandare, hashare, audit);
    }

    public AuditService auditService() {
        return new AuditService(tx, audit, atkomst, ExternaAnkare.inga());
    }

    public AvvikelseService avvikelseService() {
        return new AvvikelseService(tx, avvikelser, synpunkter, audit, atkomst, klocka);
    }

    public SynpunktService synpunktService() {
        return new SynpunktService(tx, synpunkter, avvikelser, audit, klocka);
    }

    @Override
    public void close() {
        databas.close();
        stadning.run();
    }
}
