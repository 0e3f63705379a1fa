package se.bistand.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bistand.app.ui.Format;
import se.bistand.app.utbetalning.export.FilExportskrivare;
import se.bistand.domain.arende.ArendeRepository;
import se.bistand.domain.arende.ArendeService;
import se.bistand.domain.arende.Nyregistrering;
import se.bistand.domain.arende.PersonRepository;
import se.bistand.domain.arende.PersonService;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.attest.BeslutTillAttest;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.SynpunktService;
import se.bistand.domain.behorighet.AnvandarService;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.behorighet.InloggningService;
import se.bistand.domain.behorighet.LosenordsHashare;
import se.bistand.domain.behorighet.Pbkdf2LosenordsHashare;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.betalning.BetalningsmottagareRepository;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.delegation.DelegationService;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.installation.Installation;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.AuditService;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.domain.utbetalning.Exportskrivare;
import se.bistand.domain.utbetalning.StickprovService;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.persistence.Repositorier;
import se.bistand.persistence.grund.Databas;
import se.bistand.persistence.grund.Databasanslutning;
import se.bistand.persistence.logg.FilAnkare;

/**
 * The one composition root: opens the database, builds the repositories ({@link Repositorier}),
 * the services ({@link Tjanster}) and the operations ({@link Drift}), and closes the database.
 * The GUI hands {@link #tjanster()} to the session; views pass single services on to their
 * view-models. The shortcuts below serve the admin CLI, the demo data and tests.
 */
public final class AppContext implements AutoCloseable {

    public static final ZoneId TIDSZON = Format.TIDSZON;

    private final AppKonfig konfig;
    private final Databas databas;
    private final Clock klocka;
    private final LosenordsHashare hashare;
    private final Repositorier repositorier;
    private final Tjanster tjanster;
    private final Drift drift;

    private AppContext(AppKonfig konfig, Databas databas, Clock klocka) {
        this.konfig = konfig;
        this.databas = databas;
        this.klocka = klocka;
        this.hashare = new Pbkdf2LosenordsHashare(konfig.pbkdf2Iterationer());
        this.repositorier = Repositorier.av(databas, klocka);
        FilAnkare filAnkare = new FilAnkare(List.of(exportMapp(konfig), konfig.backupMapp()));
        this.tjanster = Tjanster.bygg(repositorier, hashare, klocka, exportskrivare(konfig, repositorier), filAnkare,
                Optional.empty());
        this.drift = new Drift(konfig, databas, repositorier, tjanster, filAnkare, klocka);
    }

    /** Writes exported payout lists to {@code <data folder>/export}. */
    public static Exportskrivare exportskrivare(AppKonfig konfig, Repositorier r) {
        return new FilExportskrivare(exportMapp(konfig), r.installation(), TIDSZON);
    }

    /** Where exported payout lists are written; their anchors are read from here when the audit chain is verified. */
    private static Path exportMapp(AppKonfig konfig) {
        return konfig.dataMapp().resolve("export");
    }

    /** Opens (and migrates) the configured database. Throws {@code DomainException databas.*}. */
    public static AppContext oppna(AppKonfig konfig) {
        return oppna(konfig, konfig.databas(), Clock.system(TIDSZON));
    }

    /** Opens and migrates the database, then runs the start-up step (the shipped norm tables). */
    public static AppContext oppna(AppKonfig konfig, Databasanslutning anslutning, Clock klocka) {
        AppContext ctx = new AppContext(konfig, Databas.oppna(anslutning), klocka);
        try {
            ctx.drift.lagraLevereradeNormtabeller();
            return ctx;
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
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

    public LosenordsHashare hashare() {
        return hashare;
    }

    /** Every repository over this database (demo data and tests). */
    public Repositorier repositorier() {
        return repositorier;
    }

    /** The application services (what the GUI's session carries). */
    public Tjanster tjanster() {
        return tjanster;
    }

    /** Backups, the start-up step, demo reset. */
    public Drift drift() {
        return drift;
    }

    @Override
    public void close() {
        databas.close();
    }

    // ---- shortcuts for the CLI, the demo data and tests ---------------------------------------------

    public Transaktioner tx() {
        return repositorier.tx();
    }

    public AuditLogg audit() {
        return repositorier.audit();
    }

    public Atkomstlogg atkomstlogg() {
        return repositorier.atkomstlogg();
    }

    public Installation installation() {
        return repositorier.installation();
    }

    public AnvandareRepository anvandarRepository() {
        return repositorier.anvandare();
    }

    public PersonRepository personRepository() {
        return repositorier.personer();
    }

    public ArendeRepository arendeRepository() {
        return repositorier.arenden();
    }

    public BetalningsmottagareRepository mottagarRepository() {
        return repositorier.mottagare();
    }

    public String databasBeskrivning() {
        return drift.databasBeskrivning();
    }

    public boolean arTom() {
        return drift.arTom();
    }

    public boolean arDemo() {
        return drift.arDemo();
    }

    public boolean arVidLiv() {
        return drift.arVidLiv();
    }

    public int lagraLevereradeNormtabeller() {
        return drift.lagraLevereradeNormtabeller();
    }

    public Granskningsankare sakerhetskopiera(Path fil) {
        return drift.sakerhetskopiera(fil);
    }

    public Optional<Path> dagligSakerhetskopiaOmBehovs() {
        return drift.dagligSakerhetskopiaOmBehovs();
    }

    /** Display names of all users by id. */
    public Map<AnvandareId, String> anvandarnamn() {
        return tjanster.anvandarService().visningsnamn();
    }

    public InloggningService inloggning() {
        return tjanster.inloggning();
    }

    public AnvandarService anvandarService() {
        return tjanster.anvandarService();
    }

    public AuditService auditService() {
        return tjanster.auditService();
    }

    public PersonService personService() {
        return tjanster.personService();
    }

    public ArendeService arendeService() {
        return tjanster.arendeService();
    }

    public Nyregistrering nyregistrering() {
        return tjanster.nyregistrering();
    }

    public DelegationService delegationService() {
        return tjanster.delegationService();
    }

    public BetalningsmottagareService mottagarService() {
        return tjanster.mottagarService();
    }

    public UtbetalningService utbetalningService() {
        return tjanster.utbetalningService();
    }

    public StickprovService stickprovService() {
        return tjanster.stickprovService();
    }

    public Exportskrivare exportskrivare() {
        return tjanster.exportskrivare();
    }

    public AttestService attestService() {
        return tjanster.attestService();
    }

    public BeslutTillAttest beslutTillAttest() {
        return tjanster.beslutTillAttest();
    }

    public BeslutService beslutService() {
        return tjanster.beslutService();
    }

    public NormtabellService normtabellService() {
        return tjanster.normtabellService();
    }

    public Berakningstjanst berakningstjanst() {
        return tjanster.berakningstjanst();
    }

    public AvvikelseService avvikelseService() {
        return tjanster.avvikelseService();
    }

    public SynpunktService synpunktService() {
        return tjanster.synpunktService();
    }

    /** The avvikelse service on another clock (demo data dated in the past). */
    public AvvikelseService avvikelseService(Clock annanKlocka) {
        return Tjanster.avvikelseService(repositorier, annanKlocka);
    }

    public SynpunktService synpunktService(Clock annanKlocka) {
        return Tjanster.synpunktService(repositorier, annanKlocka);
    }
}
