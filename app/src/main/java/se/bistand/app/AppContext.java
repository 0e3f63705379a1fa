package se.bistand.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import se.bistand.app.demo.DemoData;
import se.bistand.persistence.berakning.NormtabellResurser;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.arende.ArendeRepository;
import se.bistand.domain.arende.ArendeService;
import se.bistand.domain.arende.Nyregistrering;
import se.bistand.domain.arende.PersonRepository;
import se.bistand.domain.arende.PersonService;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.SynpunktService;
import se.bistand.domain.attest.BeslutTillAttest;
import se.bistand.domain.behorighet.AnvandarService;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Riskbedomning;
import se.bistand.domain.delegation.DelegationService;
import se.bistand.domain.utbetalning.StickprovService;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.beslut.BeslutsForutsattningar;
import se.bistand.domain.behorighet.AnvandareRepository;
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
import se.bistand.persistence.attest.JdbiAttestRepository;
import se.bistand.persistence.avvikelse.JdbiAvvikelseRepository;
import se.bistand.persistence.avvikelse.JdbiSynpunktRepository;
import se.bistand.persistence.behorighet.JdbiAnvandareRepository;
import se.bistand.persistence.betalning.JdbiBetalningsmottagareRepository;
import se.bistand.persistence.delegation.JdbiDelegationsRepository;
import se.bistand.persistence.utbetalning.JdbiUtbetalningRepository;
import se.bistand.persistence.berakning.JdbiNormtabellRepository;
import se.bistand.persistence.beslut.JdbiBeslutRepository;
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

    public static final ZoneId TIDSZON = se.bistand.app.ui.Format.TIDSZON;

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
    private final Nyregistrering nyregistrering;
    private final JdbiBetalningsmottagareRepository mottagarRepository;
    private final DelegationService delegationService;
    private final BetalningsmottagareService mottagarService;
    private final UtbetalningService utbetalningService;
    private final StickprovService stickprovService;
    private final AttestService attestService;
    private final BeslutTillAttest beslutTillAttest;
    private final JdbiNormtabellRepository normtabeller;
    private final NormtabellService normtabellService;
    private final Berakningstjanst berakningstjanst;
    private final BeslutService beslutService;
    private volatile BeslutsForutsattningar beslutsForutsattningar;
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
        this.nyregistrering = new Nyregistrering(tx, personService, arendeService);
        JdbiAttestRepository attestRepo = new JdbiAttestRepository(tx);
        JdbiDelegationsRepository delegationRepo = new JdbiDelegationsRepository(tx);
        this.mottagarRepository = new JdbiBetalningsmottagareRepository(tx);
        BetalningsmottagareService.Riskunderlag risk = () -> new Riskbedomning(attestRepo.hushallPerKonto(),
                mottagarRepository.personalkonton(), anvandare.alla().stream().map(Anvandare::personnummer)
                .flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toSet()));
        this.delegationService = new DelegationService(tx, delegationRepo, audit, klocka);
        this.mottagarService = new BetalningsmottagareService(tx, mottagarRepository, risk, audit, atkomstlogg, klocka);
        this.utbetalningService = new UtbetalningService(tx, new JdbiUtbetalningRepository(tx), risk, installation,
                inloggning, audit, atkomstlogg, klocka, new java.security.SecureRandom());
        this.stickprovService = new StickprovService(tx, installation, audit, klocka);
        this.attestService = new AttestService(tx, attestRepo, delegationRepo, mottagarRepository, anvandare, risk,
                utbetalningService, audit, atkomstlogg, klocka);
        this.normtabeller = new JdbiNormtabellRepository(tx);
        this.normtabellService = new NormtabellService(tx, normtabeller, audit, klocka);
        this.berakningstjanst = new Berakningstjanst(normtabeller, NormtabellResurser.prisbasbelopp());
        BeslutsForutsattningar forutsattningar = new BeslutsForutsattningar() {
            @Override
            public java.util.List<Hinder> hinderForUtbetalning(se.bistand.domain.gemensam.Id.ArendeId arende,
                    java.time.YearMonth manad) {
                return beslutsForutsattningar.hinderForUtbetalning(arende, manad);
            }

            @Override
            public boolean arTilldelad(Aktor aktor, se.bistand.domain.gemensam.Id.ArendeId arende) {
                return beslutsForutsattningar.arTilldelad(aktor, arende);
            }
        };
        this.beslutTillAttest = new BeslutTillAttest(tx, attestService, arendeRepository, personRepository,
                mottagarRepository);
        this.beslutService = new BeslutService(tx, new JdbiBeslutRepository(tx), berakningstjanst, forutsattningar,
                audit, atkomstlogg, klocka, beslutTillAttest, delegationRepo);
        this.beslutsForutsattningar = arendetsForutsattningar();
        this.avvikelser = new JdbiAvvikelseRepository(tx, klocka);
        this.synpunkter = new JdbiSynpunktRepository(tx);
        this.avvikelseService = avvikelseService(klocka);
        this.synpunktService = synpunktService(klocka);
        lagraLevereradeNormtabeller();
    }

    /**
     * The case workspace's rules that must hold before a decision may lead to a payment
     * ({@code ArendeService.beslutskontroll}: an application, a complete checklist, a
     * barnkonsekvensanalys where there are children), and the case's assignment.
     */
    private BeslutsForutsattningar arendetsForutsattningar() {
        return new BeslutsForutsattningar() {
            @Override
            public java.util.List<Hinder> hinderForUtbetalning(se.bistand.domain.gemensam.Id.ArendeId arende,
                    java.time.YearMonth manad) {
                return arendeService.beslutskontroll(arende).hinder().stream()
                        .map(k -> new Hinder(k, java.util.List.of())).toList();
            }

            @Override
            public boolean arTilldelad(Aktor aktor, se.bistand.domain.gemensam.Id.ArendeId arende) {
                return tx.iTransaktion(() -> arendeRepository.hitta(arende)).map(a -> a.arTilldelad(aktor)).orElse(false);
            }
        };
    }

    /**
     * Start-up step (never on the FX thread: the context is opened in the background): stores
     * the norm tables shipped on the class path that the database does not have yet; the demo
     * table only in a demo installation. Idempotent.
     */
    public int lagraLevereradeNormtabeller() {
        return normtabellService.lagraLevererade(Aktor.system("start"), NormtabellResurser.tabeller(), arDemo());

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

    public DelegationService delegationService() {
        return delegationService;
    }

    public BetalningsmottagareService mottagarService() {
        return mottagarService;
    }

    public se.bistand.domain.betalning.BetalningsmottagareRepository mottagarRepository() {
        return mottagarRepository;
    }

    public UtbetalningService utbetalningService() {
        return utbetalningService;
    }

    public StickprovService stickprovService() {
        return stickprovService;
    }

    /** Writes exported payout lists to {@code <data folder>/export}. */
    public se.bistand.domain.utbetalning.Exportskrivare exportskrivare() {
        return new se.bistand.app.utbetalning.export.FilExportskrivare(konfig.dataMapp().resolve("export"), installation,
                TIDSZON);
    }

    public AttestService attestService() {
        return attestService;
    }

    /** A paying decision's way to attest; also the case's approved recipients for the decision form. */
    public BeslutTillAttest beslutTillAttest() {
        return beslutTillAttest;
    }

    /** Display names of all users by id (for lists that show who decided, attested, signed). */
    public java.util.Map<se.bistand.domain.gemensam.Id.AnvandareId, String> anvandarnamn() {
        return tx.iTransaktion(() -> anvandare.alla().stream()
                .collect(java.util.stream.Collectors.toMap(Anvandare::id, Anvandare::namn)));
    }

    /**
     * Replaces the decision service's case rules (the case workspace's by default); for tests
     * that decide without a full case.
     */
    public void kopplaBeslutsForutsattningar(BeslutsForutsattningar f) {
        this.beslutsForutsattningar = java.util.Objects.requireNonNull(f);
    }

    /** Decisions: one amount from calculation to payment (lookup, snapshot, amount for attest and payout). */
    public BeslutService beslutService() {
        return beslutService;
    }

    public NormtabellService normtabellService() {
        return normtabellService;
    }

    /** The calculator over the confirmed norm tables in the database (the same engine as {@code admin calc}). */
    public Berakningstjanst berakningstjanst() {
        return berakningstjanst;
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

    public AnvandareRepository anvandarRepository() {
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

    /** A new person and their case in one transaction (the "Ny person" form). */
    public Nyregistrering nyregistrering() {
        return nyregistrering;
    }

    public ArendeService arendeService() {
        return arendeService;
    }

    public PersonRepository personRepository() {
        return personRepository;
    }

    public ArendeRepository arendeRepository() {
        return arendeRepository;
    }

    @Override
    public void close() {
        databas.close();
    }
}
