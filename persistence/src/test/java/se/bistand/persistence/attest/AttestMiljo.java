package se.bistand.persistence.attest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.attest.NyttBeslutForAttest;
import se.bistand.domain.attest.RegistretsRiskunderlag;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.UnderlagFormat;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutStatus;
import se.bistand.domain.beslut.Beslutshash;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.LagradBerakning;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationService;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.utbetalning.SigneringsregelService;
import se.bistand.domain.utbetalning.StickprovService;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.persistence.betalning.JdbiBetalningsmottagareRepository;
import se.bistand.persistence.delegation.JdbiDelegationsRepository;
import se.bistand.domain.arende.Skyddsfilter;
import se.bistand.persistence.arende.JdbiArendeRepository;
import se.bistand.persistence.arende.JdbiPersonRepository;
import se.bistand.persistence.grund.Motor;
import se.bistand.persistence.grund.TestDatabas;
import se.bistand.persistence.grund.Tider;
import se.bistand.persistence.installation.JdbiInstallation;
import se.bistand.persistence.utbetalning.JdbiSigneringsregelRepository;
import se.bistand.persistence.utbetalning.JdbiUtbetalningRepository;

/** The attest feature wired on a real database (H2 or PostgreSQL), with one user per relevant role. */
final class AttestMiljo implements AutoCloseable {

    static final LocalDate DAG = LocalDate.of(2026, 11, 25);
    static final String LOSEN = "losenord-123";

    final TestDatabas db;
    final JdbiAttestRepository attestRepo;
    final JdbiBetalningsmottagareRepository mottagareRepo;
    final JdbiDelegationsRepository delegationRepo;
    final JdbiUtbetalningRepository utbetalningRepo;
    final JdbiSigneringsregelRepository signeringsregelRepo;
    final BetalningsmottagareService.Riskunderlag risk;
    final DelegationService delegation;
    final BetalningsmottagareService mottagare;
    final UtbetalningService utbetalning;
    final StickprovService stickprov;
    final SigneringsregelService signeringsregel;
    final AttestService attest;
    final Aktor anna;
    final Aktor omar;
    final Aktor erik;
    final Aktor maria;
    final Aktor karin;
    final Aktor lars;
    final Aktor johan;
    final Aktor sofia;
    final Aktor eva;
    final JdbiPersonRepository personRepo;
    final JdbiArendeRepository arendeRepo;
    final Skyddsfilter skydd;
    private long nastaBeslut = 1000;

    /** The attest feature on a fresh database of the given engine. */
    AttestMiljo(Motor motor) {
        this.db = TestDatabas.ny(motor);
        this.attestRepo = new JdbiAttestRepository(db.tx);
        this.mottagareRepo = new JdbiBetalningsmottagareRepository(db.tx);
        this.delegationRepo = new JdbiDelegationsRepository(db.tx);
        this.utbetalningRepo = new JdbiUtbetalningRepository(db.tx);
        this.signeringsregelRepo = new JdbiSigneringsregelRepository(db.tx);
        this.risk = new RegistretsRiskunderlag(attestRepo, mottagareRepo, db.anvandare);
        this.personRepo = new JdbiPersonRepository(db.tx, db.klocka);
        this.arendeRepo = new JdbiArendeRepository(db.tx);
        this.skydd = new Skyddsfilter(personRepo, arendeRepo);
        this.delegation = new DelegationService(db.tx, delegationRepo, db.audit, db.klocka);
        this.mottagare = new BetalningsmottagareService(db.tx, mottagareRepo, risk, db.audit,
                db.atkomst, db.klocka, skydd);
        this.utbetalning = utbetalningService(utbetalningRepo);
        this.stickprov = new StickprovService(db.tx, new JdbiInstallation(db.tx), db.audit, db.klocka);
        this.signeringsregel = new SigneringsregelService(db.tx, signeringsregelRepo, db.audit, db.klocka);
        this.attest = new AttestService(db.tx, attestRepo, delegationRepo, mottagareRepo, db.anvandare, risk,
                utbetalning, db.audit, db.atkomst, db.klocka, skydd);
        this.anna = anvandare("anna", Roll.HANDLAGGARE);
        this.omar = anvandare("omar", Roll.HANDLAGGARE);
        this.erik = anvandare("erik", Roll.SOCIALSEKRETERARE);
        this.maria = anvandare("maria", Roll.GRUPPLEDARE);
        this.karin = anvandare("karin", Roll.ENHETSCHEF);
        this.lars = anvandare("lars", Roll.AVDELNINGSCHEF);
        this.johan = anvandare("johan", Roll.EKONOMIADMINISTRATOR);
        this.sofia = anvandare("sofia", Roll.SYSTEMFORVALTARE);
        this.eva = anvandare("eva", Roll.REVISOR);
    }

    /** A payout service on {@code repo} (a test may wrap the real repository). */
    UtbetalningService utbetalningService(se.bistand.domain.utbetalning.UtbetalningRepository repo) {
        return new UtbetalningService(db.tx, repo, signeringsregelRepo, db.anvandare, risk, new JdbiInstallation(db.tx),
                db.inloggning(), db.audit, db.atkomst, db.klocka, new Random(1), skydd);
    }

    private Aktor anvandare(String namn, Roll roll) {
        db.anvandarService().skapa(Aktor.system("test"), namn, namn, roll, Optional.empty(), LOSEN.toCharArray());
        return db.tx.iTransaktion(() -> db.anvandare.hitta(namn)).orElseThrow().somAktor();
    }

    /** An approved recipient (registered by anna, approved by maria). */
    long godkandMottagare(String namn, int serie) {
        long id = mottagare.registrera(anna, namn, Optional.of(Personnummer.av(LocalDate.of(1985, 4, 12), serie, false)),
                Optional.empty(), Bankkonto.parse("9420", "4172385"));
        mottagare.godkann(maria, id);
        return id;
    }

    /**
     * Makes the client of {@link #godkandMottagare} with {@code serie} a person with skyddad
     * identitet whose case (2026-0412, the case of every decision here) is anna's.
     */
    void skyddadKlient(int serie) {
        LocalDate fodd = LocalDate.of(1985, 4, 12);
        db.tx.kor(() -> {
            var p = personRepo.skapa(new se.bistand.domain.arende.Person(null,
                    se.bistand.domain.arende.Identitetstyp.PERSONNUMMER, Personnummer.av(fodd, serie, false).tolvSiffror(),
                    null, "Karin", "Ek", fodd, se.bistand.domain.arende.Adress.TOM, "", "", true, false, 0));
            var a = arendeRepo.skapa("2026-0412", p, DAG.minusMonths(2), anna.id());
            arendeRepo.laggTillMedlem(a, p, se.bistand.domain.arende.Hushallsroll.SOKANDE, DAG.minusMonths(2));
        });
    }

    long lamna(Aktor vem, long mottagareId, Beslutstyp typ, long kronor) {
        return lamna(vem, mottagareId, typ, kronor, DAG);
    }

    /** A decision handed to attest with payment on {@code betalningsdatum}. */
    long lamna(Aktor vem, long mottagareId, Beslutstyp typ, long kronor, LocalDate betalningsdatum) {
        return attest.lamnaForAttest(vem, nytt(mottagareId, typ, kronor, 0, nastaBeslut++, betalningsdatum)).id();
    }

    NyttBeslutForAttest nytt(long mottagareId, Beslutstyp typ, long kronor, long beslutId) {
        return nytt(mottagareId, typ, kronor, 0, beslutId, DAG);
    }

    /** A decision of {@code kronor} of which {@code livsforingKronor} is livsföring i övrigt. */
    NyttBeslutForAttest nytt(long mottagareId, Beslutstyp typ, long kronor, long livsforingKronor, long beslutId) {
        return nytt(mottagareId, typ, kronor, livsforingKronor, beslutId, DAG);
    }

    private NyttBeslutForAttest nytt(long mottagareId, Beslutstyp typ, long kronor, long livsforingKronor, long beslutId,
                                     LocalDate betalningsdatum) {
        beslutFinns(beslutId, kronor);
        return new NyttBeslutForAttest(beslutId, Optional.of(7L), "2026-0412 Karin Ek", beslutId, typ,
                Money.ofKronor(kronor), Money.ofKronor(livsforingKronor), new AttestBeslut.Berakningssammanfattning(
                Money.ofKronor(8_000), Money.ofKronor(6_000), Money.ofKronor(1_000)), betalningsdatum, mottagareId);
    }

    /**
     * A stored decision row for {@code beslutId} (attestbeslut.beslut_id references beslut), with
     * its true content hash so that it reads back (the export checks the amount against it): the
     * decision model's own tests cover how decisions are made; here only the row must exist. Each
     * is the paying decision in force of a case of its own (V023: one per case and month).
     */
    private void beslutFinns(long beslutId, long kronor) {
        db.tx.kor(() -> {
            var h = db.tx.handle();
            boolean finns = h.createQuery("SELECT COUNT(*) FROM beslut WHERE id = :id").bind("id", beslutId)
                    .mapTo(Long.class).one() > 0;
            if (!finns) {
                Money belopp = Money.ofKronor(kronor);
                BerakningsUnderlag underlag = new BerakningsUnderlag(YearMonth.of(2026, 11), OptionalInt.empty(),
                        List.of(), List.of(), List.of());
                Instant nar = Tider.instant(Tider.utc(db.klocka.instant()));
                Beslut b = new Beslut(new BeslutId(beslutId), new ArendeId(beslutId), YearMonth.of(2026, 11), Beslutsutfall.BIFALL,
                        Optional.empty(), "m", "l", "", new LagradBerakning(underlag, "test", 1, true, Map.of(), belopp),
                        belopp, List.of(), belopp, Optional.empty(), BeslutStatus.BESLUTAD, anna.id(), "anna", nar);
                h.createUpdate("INSERT INTO beslut (id, arende_id, manad, utfall, motivering, lagrum, barnkonsekvensanalys,"
                        + " underlag, normtabell_id, normtabell_version, normtabell_demo, berakning_belopp_ore,"
                        + " forsorjningsstod_ore, total_ore, status, beslutad_av_id, beslutad_av_namn, beslutad,"
                        + " innehall_hash, manad_nyckel) VALUES (:id, :id, '2026-11', 'BIFALL', 'm', 'l', '', :underlag, 'test', 1,"
                        + " TRUE, :ore, :ore, :ore, 'BESLUTAD', :av, 'anna', :nar, :hash, '2026-11')")
                        .bind("id", beslutId).bind("ore", kronor * 100).bind("av", anna.id().varde())
                        .bind("underlag", UnderlagFormat.skriv(underlag)).bind("nar", Tider.utc(nar))
                        .bind("hash", Beslutshash.av(b)).execute();
            }
        });
    }

    List<String> handelser() {
        return db.auditService().senasteHandelser(sofia, 200).stream().map(h -> h.handelse()).toList();
    }

    @Override
    public void close() {
        db.close();
    }

    /** The day's first list, sampled and reviewed by Karin (each sampled line opened, then marked). */
    long dagensListaGranskad() {
        long listaId = utbetalning.listor(lars).get(0).id();
        utbetalning.draStickprov(karin, listaId).lista().rader().stream().filter(r -> r.iStickprov()).forEach(r -> {
            utbetalning.oppnaRad(karin, listaId, r.id());
            utbetalning.markeraGranskad(karin, listaId, r.id());
        });
        return listaId;
    }
}
