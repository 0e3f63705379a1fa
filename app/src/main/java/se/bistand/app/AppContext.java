package se.bistand.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import se.bistand.app.demo.DemoData;
import se.bistand.domain.arende.ArendeService;
import se.bistand.domain.arende.PersonService;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.SynpunktService;
import se.bistand.domain.behorighet.AnvandarService;
import se.bistand.domain.behorighet.InloggningService;
import se.bistand.domain.behorighet.LosenordsHashare;
import se.bistand.domain.behorighet.Pbkdf2LosenordsHashare;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.installation.Installation;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.AuditService;
import se.bistand.persistence.arende.JdbiArendeRepository;
import se.bistand.persistence.arende.JdbiPersonRepository;
import se.bistand.persistence.avvikelse.JdbiAvvikelseRepository;
import se.bistand.persistence.avvikelse.JdbiSynpunktRepository;
import se.bistand.persistence.behorighet.JdbiAnvandareRepository;
import se.bistand.persistence.grund.Databas;
import se.bistand.persistence.grund.Databasanslutning;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Sakerhetskopia;
import se.bistand.persistence.installation.JdbiInstallation;
import se.bistand.persistence.logg.JdbiAtkomstlogg;
import se.bistand.persistence.logg.JdbiAuditLogg;

/**
 * The one composition root: wires the persistence adapters into the domain's ports and
 * services. Everything else in {@code app} sees only domain types through this.
 */
public final class AppContext implements AutoCloseable {

    public static final ZoneId TIDSZON = ZoneId.of("Europe/Stockholm");

    private final AppKonfig konfig;
    private final Databas databas;
    private final Clock klocka;
    private final JdbiTransaktioner tx;
    private final LosenordsHashare hashare;
    private final AuditLogg audit;
    private final Atkomstlogg atkomstlogg;
    private final Installation installation;
    private final JdbiAnvandareRepository anvandare;
    private final InloggningService inloggning;
    private final AnvandarService anvandarService;
    private final AuditService auditService;
    private final JdbiPersonRepository personRepository;
    private final JdbiArendeRepository arendeRepository;
    private final PersonService personService;
    private final ArendeService arendeService;
    private final JdbiAvvikelseRepository avvikelser;
    private final JdbiSynpunktRepository synpunkter;
    private final AvvikelseService avvikelseService;
    private final SynpunktService synpunktService;

    private AppContext(AppKonfig konfig, Databas databas, Clock klocka) {
        this.konfig = konfig;
        this.databas = databas;
        this.klocka = klocka;
        this.tx = databas.transaktioner();
        this.hashare = new Pbkdf2LosenordsHashare(konfig.pbkdf2Iterationer());
        this.audit = new JdbiAuditLogg(tx, klocka);
        this.atkomstlogg = new JdbiAtkomstlogg(tx, klocka);
        this.installation = new JdbiInstallation(tx);
        this.anvandare = new JdbiAnvandareRepository(tx, klocka);
        this.inloggning = new InloggningService(tx, anvandare, hashare, audit, klocka);
        this.anvandarService = new AnvandarService(tx, anvandare, hashare, audit);
        this.auditService = new AuditService(tx, audit, atkomstlogg);
        this.personRepository = new JdbiPersonRepository(tx, klocka);
        this.arendeRepository = new JdbiArendeRepository(tx);
        this.personService = new PersonService(tx, personRepository, arendeRepository, audit, atkomstlogg, klocka);
        this.arendeService = new ArendeService(tx, arendeRepository, personRepository, anvandare, audit, atkomstlogg,
                klocka);
        this.avvikelser = new JdbiAvvikelseRepository(tx, klocka);
        this.synpunkter = new JdbiSynpunktRepository(tx);
        this.avvikelseService = avvikelseService(klocka);
        this.synpunktService = synpunktService(klocka);
    }

    /** Opens (and migrates) the configured database. Throws {@code DomainException databas.*}. */
    public static AppContext oppna(AppKonfig konfig) {
        return oppna(konfig, konfig.databas(), Clock.system(TIDSZON));
    }

    public static AppContext oppna(AppKonfig konfig, Databasanslutning anslutning, Clock klocka) {
        return new AppContext(konfig, Databas.oppna(anslutning), klocka);
    }

    public AppKonfig konfig() {
        return konfig;
    }

    public Databas databas() {
        return databas;
    }

    public Clock klocka() {
        return klocka;
    }

    public Transaktioner tx() {
        return tx;
    }

    public AuditLogg audit() {
        return audit;
    }

    public Atkomstlogg atkomstlogg() {
        return atkomstlogg;
    }

    public Installation installation() {
        return installation;
    }

    /** Where the database is, for the status bar and the sign-in screen (never a password). */
    public String databasBeskrivning() {
        return databas.anslutning().beskrivning();
    }

    /** True when no user exists yet (a fresh installation). */
    public boolean arTom() {
        return tx.iTransaktion(() -> anvandare.alla().isEmpty());
    }

    public boolean arDemo() {
        return tx.iTransaktion(installation::arDemo);
    }

    public InloggningService inloggning() {
        return inloggning;
    }

    public AnvandarService anvandarService() {
        return anvandarService;
    }

    public AuditService auditService() {
        return auditService;
    }

    public AvvikelseService avvikelseService() {
        return avvikelseService;
    }

    public SynpunktService synpunktService() {
        return synpunktService;
    }

    /** The same service on another clock (demo data dated in the past). */
    public AvvikelseService avvikelseService(Clock annanKlocka) {
        return new AvvikelseService(tx, avvikelser, synpunkter, audit, atkomstlogg, annanKlocka);
    }

    public SynpunktService synpunktService(Clock annanKlocka) {
        return new SynpunktService(tx, synpunkter, avvikelser, audit, annanKlocka);
    }

    public LosenordsHashare hashare() {
        return hashare;
    }

    public JdbiAnvandareRepository anvandarRepository() {
        return anvandare;
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
        DemoData.seed(this, seed);
    }

    public PersonService personService() {
        return personService;
    }

    public ArendeService arendeService() {
        return arendeService;
    }

    public JdbiPersonRepository personRepository() {
        return personRepository;
    }

    public JdbiArendeRepository arendeRepository() {
        return arendeRepository;
    }

    @Override
    public void close() {
        databas.close();
    }
}
