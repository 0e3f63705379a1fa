package se.bistand.domain.beslut;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.JobbstimulansBedomning;
import se.bistand.domain.berakning.JobbstimulansRegel;
import se.bistand.domain.berakning.Roll;
import se.bistand.domain.delegation.DelegationsKontroll;
import se.bistand.domain.delegation.DelegationsRepository;
import se.bistand.domain.delegation.Delegationsbedomning;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.logg.Vagran;
import se.bistand.domain.logg.Vagran.Nekande;

/**
 * Decisions on ekonomiskt bistånd: one amount from calculation to payment. {@link #fatta}
 * calculates from the proposal's inputs (the amount is never typed in), stores the calculation
 * snapshot with the decision and audits it; {@link #hamta} recomputes the snapshot from the
 * stored inputs and norm table version and refuses to show a decision whose numbers no longer
 * match. There is no way to edit a decision: {@link #andra} makes a new one referring to it.
 * A decision that pays is handed on ({@link BeslutFattat}, in practice to attest) in the same
 * transaction as it is stored.
 */
public final class BeslutService {

    private final Transaktioner tx;
    private final BeslutRepository repo;
    private final Berakningstjanst berakning;
    private final BeslutsForutsattningar forutsattningar;
    private final AuditLogg audit;
    private final Atkomstlogg atkomstlogg;
    private final Clock klocka;
    private final BeslutFattat fattat;
    private final DelegationsRepository delegation;
    private final Vagran vagran;

    /**
     * @param delegation the delegationsordning every decision is checked against when it is saved:
     *                   above the maker's delegation it is stored as a {@link BeslutStatus#FORSLAG}
     */
    public BeslutService(Transaktioner tx, BeslutRepository repo, Berakningstjanst berakning,
            BeslutsForutsattningar forutsattningar, AuditLogg audit, Atkomstlogg atkomstlogg, Clock klocka,
            BeslutFattat fattat, DelegationsRepository delegation) {
        this.tx = tx;
        this.repo = repo;
        this.berakning = berakning;
        this.forutsattningar = forutsattningar;
        this.audit = audit;
        this.atkomstlogg = atkomstlogg;
        this.klocka = klocka;
        this.fattat = fattat;
        this.delegation = delegation;
        this.vagran = new Vagran(tx, audit);
    }

    /** Makes and stores a decision; returns it as stored, with its calculation. */
    public BeslutMedBerakning fatta(Aktor aktor, Beslutsforslag forslag) {
        return spara(aktor, forslag, Optional.empty());
    }

    /**
     * Changes a decision the only way there is: a new decision for the same case and month that
     * refers to {@code tidigare}. A decision can be replaced once; the replacement is then the
     * one in force.
     */
    public BeslutMedBerakning andra(Aktor aktor, BeslutId tidigare, Beslutsforslag forslag) {
        return spara(aktor, forslag, Optional.of(tidigare));
    }

    private BeslutMedBerakning spara(Aktor aktor, Beslutsforslag f, Optional<BeslutId> ersatter) {
        aktor.krav(Behorighet.BESLUT_FATTA);
        kontrollera(f);
        return tx.iTransaktion(() -> {
            kravSynligt(aktor, f.arende());
            if (ersatter.isPresent()) {
                Beslut gammalt = repo.hitta(ersatter.get())
                        .orElseThrow(() -> new DomainException("beslut.finnsInte", ersatter.get()));
                if (!gammalt.arende().equals(f.arende()) || !gammalt.manad().equals(f.underlag().manad())) {
                    throw new DomainException("beslut.ersatterAnnat", ersatter.get());
                }
                if (repo.ersattAv(ersatter.get()).isPresent()) {
                    throw new DomainException("beslut.redanErsatt", ersatter.get(), repo.ersattAv(ersatter.get()).get());
                }
                fattat.ersatts(aktor, ersatter.get());
            }
            YearMonth manad = f.underlag().manad();
            if (!forutsattningar.hushall(f.arende(), manad).stammerMed(f.underlag())) {
                throw new DomainException("beslut.hushallAvviker", manad.toString(),
                        forutsattningar.hushall(f.arende(), manad).personer());
            }
            if (f.utfall().provarForsorjningsstod()) {
                Optional<Beslut> gallande = gallandeForsorjningsstod(f.arende(), manad, ersatter);
                if (gallande.isPresent()) {
                    throw new DomainException("beslut.manadRedanBeslutad", manad.toString(), gallande.get().id());
                }
            }
            BerakningsResultat r = berakning.berakna(f.underlag());
            Money fs = forsorjningsstod(f, r);
            Money total = f.livsforing().stream().map(LivsforingPost::beviljatBelopp).reduce(fs, Money::plus);
            if (total.isPositive()) {
                List<BeslutsForutsattningar.Hinder> hinder = forutsattningar.hinderForUtbetalning(f.arende(),
                        f.underlag().manad());
                if (!hinder.isEmpty()) {
                    BeslutsForutsattningar.Hinder h = hinder.get(0);
                    throw new DomainException(h.nyckel(), h.argument().toArray());
                }
                if (f.utbetalning().isEmpty()) {
                    throw DomainException.forField("mottagare", "beslut.utbetalningSaknas", total.format());
                }
            }
            Beslut beslut = new Beslut(BeslutId.NY, f.arende(), f.underlag().manad(), f.utfall(), f.soktBelopp(),
                    f.motivering(), f.lagrum(), f.barnkonsekvensanalys(), LagradBerakning.av(f.underlag(), r), fs,
                    f.livsforing(), total, ersatter, BeslutStatus.BESLUTAD, aktor.id(), aktor.namn(), klocka.instant());
            // Finding 4: every part, refusals too, against the maker's delegation; above it the
            // decision is a proposal until someone with enough delegation (or the utskott) decides it.
            Delegationsbedomning d = bedom(aktor.roll(), beslut);
            Beslut nytt = d.inom() ? beslut : beslut.med(BeslutStatus.FORSLAG);
            BeslutId id = repo.spara(nytt);
            audit.registrera(NyAuditHandelse.av(aktor, !d.inom() ? "BESLUT_FORSLAG_OVER_DELEGATION"
                            : ersatter.isPresent() ? "BESLUT_ANDRAT" : "BESLUT_FATTAT",
                    "beslut", id, ersatter.map(e -> "ersatter=" + e).orElse(null),
                    "arende=" + f.arende() + "; manad=" + nytt.manad() + "; utfall=" + f.utfall()
                            + "; forsorjningsstod=" + fs.toPlainString() + "; total=" + total.toPlainString()
                            + "; normtabell=" + r.normtabellId() + "/" + r.normtabellVersion()
                            + (d.inom() ? "" : "; status=FORSLAG; " + d.typ() + " " + d.belopp().toPlainString()
                            + " över delegationen; går till " + d.garTill().map(Enum::name).orElse("SOCIALUTSKOTTET"))));
            BeslutMedBerakning sparat = las(aktor, id);
            if (total.isPositive()) {
                fattat.fattat(aktor, sparat, f.utbetalning().orElseThrow());
            }
            return sparat;
        });
    }

    /**
     * Decides a proposal saved above its maker's delegation, as someone whose own delegation covers
     * every part (refusals too). Refused — and the refusal audited — for the maker and for anyone
     * without enough delegation. A paying decision then goes on to attest, with {@code aktor} as the
     * decision-maker the letter names.
     */
    public BeslutMedBerakning fattaForslag(Aktor aktor, BeslutId id) {
        aktor.krav(Behorighet.BESLUT_FATTA);
        return vagran.provaOchAndra(aktor, "BESLUT_FORSLAG_NEKAT", "beslut", id, () -> oppetForslag(id), b -> {
            if (b.beslutadAv().equals(aktor.id())) {
                return Nekande.av(new DomainException("attest.egetForslagBeslut"));
            }
            Delegationsbedomning d = bedom(aktor.roll(), b);
            return d.inom() ? null : Nekande.av(new DomainException(d.orsakNyckel(), d.orsakArgument()));
        }, b -> {
            repo.sattStatus(id, BeslutStatus.FORSLAG, BeslutStatus.BESLUTAD);
            repo.registreraFattande(Beslutsfattande.avDelegat(id, aktor.id(), aktor.namn(), aktor.roll(),
                    klocka.instant()));
            audit.registrera(NyAuditHandelse.av(aktor, "BESLUT_FORSLAG_FATTAT", "beslut", id, "FORSLAG",
                    "BESLUTAD; beslutsfattare=" + aktor.namn() + " (" + aktor.roll() + ")"));
            BeslutMedBerakning sparat = las(aktor, id);
            if (b.total().isPositive()) {
                fattat.forslagFattat(aktor, sparat);
            }
            return sparat;
        });
    }

    /**
     * Registers the socialutskott's decision on a proposal above every delegation limit (decision
     * 0022): the day of the sammanträde (not in the future, not before the proposal), the protocol
     * paragraph and the outcome. Only with {@link Behorighet#UTSKOTTSBESLUT_REGISTRERA}, never by the
     * proposal's maker, and only for a proposal that no one's delegation covers (below that, someone
     * with enough delegation decides it). Decided as proposed, a paying decision goes on to attest;
     * refused, it is closed and nothing is paid. Audited.
     */
    public BeslutMedBerakning registreraUtskottsbeslut(Aktor aktor, BeslutId id, LocalDate sammantrade,
                                                       String paragraf, Utskottsbeslut.Utfall utfall) {
        aktor.krav(Behorighet.UTSKOTTSBESLUT_REGISTRERA);
        LocalDate idag = LocalDate.ofInstant(klocka.instant(), klocka.getZone());
        if (sammantrade == null) {
            throw DomainException.forField("sammantrade", "utskott.sammantradeSaknas");
        }
        if (sammantrade.isAfter(idag)) {
            throw DomainException.forField("sammantrade", "utskott.sammantradeFramtid", sammantrade.toString());
        }
        String p = paragraf == null ? "" : paragraf.strip();
        if (p.isEmpty()) {
            throw DomainException.forField("paragraf", "utskott.paragrafSaknas");
        }
        if (p.length() > 20) {
            throw DomainException.forField("paragraf", "utskott.paragrafForLang", 20);
        }
        if (utfall == null) {
            throw DomainException.forField("utfall", "utskott.utfallSaknas");
        }
        Utskottsbeslut u = new Utskottsbeslut(sammantrade, p, utfall);
        return vagran.provaOchAndra(aktor, "UTSKOTTSBESLUT_NEKAT", "beslut", id, () -> oppetForslag(id), b -> {
            if (b.beslutadAv().equals(aktor.id())) {
                return Nekande.av(new DomainException("attest.egetForslagBeslut"));
            }
            Optional<se.bistand.domain.behorighet.Roll> delegat = ordningIdag().lagstaBeslutsroll(b.delegationsdelar());
            if (delegat.isPresent()) {
                return Nekande.av(new DomainException("utskott.inteUtskottets", delegat.get().textnyckel()));
            }
            if (sammantrade.isBefore(LocalDate.ofInstant(b.beslutad(), klocka.getZone()))) {
                return Nekande.av(DomainException.forField("sammantrade", "utskott.sammantradeForeForslag",
                        LocalDate.ofInstant(b.beslutad(), klocka.getZone()).toString()));
            }
            return null;
        }, b -> {
            boolean bifall = utfall == Utskottsbeslut.Utfall.ENLIGT_FORSLAG;
            BeslutStatus ny = bifall ? BeslutStatus.BESLUTAD : BeslutStatus.AVSLAGET_AV_UTSKOTT;
            repo.sattStatus(id, BeslutStatus.FORSLAG, ny);
            repo.registreraFattande(Beslutsfattande.avUtskott(id, u, aktor.id(), klocka.instant()));
            String protokoll = "socialutskottet " + sammantrade + " " + p + ": " + utfall;
            audit.registrera(NyAuditHandelse.av(aktor, "UTSKOTTSBESLUT_REGISTRERAT", "beslut", id, "FORSLAG",
                    ny.name() + "; " + protokoll));
            BeslutMedBerakning sparat = las(aktor, id);
            if (b.total().isPositive()) {
                if (bifall) {
                    fattat.forslagFattat(aktor, sparat);
                } else {
                    fattat.forslagAvslaget(aktor, sparat, protokoll);
                }
            }
            return sparat;
        });
    }

    /**
     * The decision for its letter: only once it is decided — never while it is a proposal (the
     * letter would name its maker as the decision-maker) nor after the utskott refused it.
     */
    public BeslutMedBerakning forBeslutsbrev(Aktor aktor, BeslutId id) {
        kravLasa(aktor);
        return tx.iTransaktion(() -> {
            BeslutMedBerakning b = las(aktor, id);
            if (b.beslutsfattare().isEmpty()) {
                throw new DomainException(b.arForslag() ? "beslut.brevForslag" : "beslut.brevAvslagetForslag", id);
            }
            return b;
        });
    }

    /**
     * Whether no one's delegation covers {@code b} (in the order in force today): a proposal only the
     * socialutskott decides, whose decision is registered ({@link #registreraUtskottsbeslut}).
     */
    public boolean tillUtskottet(Beslut b) {
        return tx.iTransaktion(() -> ordningIdag().lagstaBeslutsroll(b.delegationsdelar()).isEmpty());
    }

    private Beslut oppetForslag(BeslutId id) {
        Beslut b = repo.hitta(id).orElseThrow(() -> new DomainException("beslut.finnsInte", id));
        if (b.status() != BeslutStatus.FORSLAG) {
            throw new DomainException("beslut.inteForslag", id);
        }
        if (repo.ersattAv(id).isPresent()) {
            throw new DomainException("beslut.redanErsatt", id, repo.ersattAv(id).get());
        }
        return b;
    }

    /** Every part of {@code b} against {@code roll}'s delegation in the order in force today. */
    private Delegationsbedomning bedom(se.bistand.domain.behorighet.Roll roll, Beslut b) {
        return DelegationsKontroll.bedom(ordningIdag(), roll, b.delegationsdelar());
    }

    private Delegationsordning ordningIdag() {
        return DelegationsKontroll.ordning(delegation.alla(), LocalDate.ofInstant(klocka.instant(), klocka.getZone()));
    }

    /**
     * The decision in force that pays försörjningsstöd for the case and month, other than
     * {@code utom} (the decision being replaced): a month has at most one, and while it stands a
     * new decision trying the month's försörjningsstöd is refused — a change goes through
     * {@link #andra}. The database holds the same rule (V023: {@code beslut_manad_nyckel_uk}).
     */
    private Optional<Beslut> gallandeForsorjningsstod(ArendeId arende, YearMonth manad, Optional<BeslutId> utom) {
        List<Beslut> manadens = repo.forArende(arende).stream().filter(b -> b.manad().equals(manad)).toList();
        java.util.Set<BeslutId> ersatta = new java.util.HashSet<>();
        manadens.forEach(b -> b.ersatter().ifPresent(ersatta::add));
        return manadens.stream()
                .filter(b -> !ersatta.contains(b.id()) && !utom.equals(Optional.of(b.id())))
                .filter(b -> b.forsorjningsstod().isPositive())
                .findFirst();
    }

    /**
     * The case's decision in force that tried the försörjningsstöd for {@code manad}, if any: what
     * the calculator opens instead of a blank form (a change is made with {@link #andra}).
     */
    public Optional<BeslutMedBerakning> gallandeForManad(Aktor aktor, ArendeId arende, YearMonth manad) {
        return forArende(aktor, arende).stream()
                .filter(b -> b.arGallande() && b.beslut().provarForsorjningsstod() && b.beslut().manad().equals(manad))
                .findFirst();
    }

    /**
     * A saved decision with its calculation recomputed from the stored inputs and stored norm
     * table version; logged as a read of the case. Refuses ({@code beslut.berakningAvviker})
     * a decision whose recomputed numbers differ from the stored snapshot.
     */
    public BeslutMedBerakning hamta(Aktor aktor, BeslutId id) {
        kravLasa(aktor);
        return tx.iTransaktion(() -> las(aktor, id));
    }

    /** The case's decisions, newest first (each with its calculation, checked). */
    public List<BeslutMedBerakning> forArende(Aktor aktor, ArendeId arende) {
        kravLasa(aktor);
        return tx.iTransaktion(() -> {
            kravSynligt(aktor, arende);
            atkomstlogg.registrera(aktor, null, arende.varde(), "BESLUT_LISTA", forutsattningar.arTilldelad(aktor, arende), null);
            return repo.forArende(arende).stream().map(this::medBerakning).toList();
        });
    }

    /**
     * The latest decision in force that tried the försörjningsstöd for a month before {@code manad}
     * (the start of next month's calculation). A livsföring-only decision is skipped: its
     * calculation was never tried.
     */
    public Optional<BeslutMedBerakning> senasteFore(Aktor aktor, ArendeId arende, YearMonth manad) {
        return forArende(aktor, arende).stream()
                .filter(b -> b.arGallande() && b.beslut().provarForsorjningsstod() && b.beslut().manad().isBefore(manad))
                .max((a, b) -> a.beslut().manad().compareTo(b.beslut().manad()));
    }

    /**
     * Months with försörjningsstöd decided (in force, amount above zero): the payment history. A
     * livsföring-only decision ({@link Beslutsutfall#EJ_PROVAT}) never makes a month count.
     */
    public SortedSet<YearMonth> manaderMedForsorjningsstod(Aktor aktor, ArendeId arende) {
        SortedSet<YearMonth> manader = new TreeSet<>();
        forArende(aktor, arende).stream()
                .filter(b -> b.arGallande() && b.beslut().forsorjningsstod().isPositive())
                .forEach(b -> manader.add(b.beslut().manad()));
        return manader;
    }

    /** Jobbstimulans in {@code manad} from the case's payment history. */
    public JobbstimulansBedomning jobbstimulans(Aktor aktor, ArendeId arende, YearMonth manad) {
        return JobbstimulansRegel.bedom(manaderMedForsorjningsstod(aktor, arende), manad);
    }

    private BeslutMedBerakning las(Aktor aktor, BeslutId id) {
        Beslut b = repo.hitta(id).orElseThrow(() -> new DomainException("beslut.finnsInte", id));
        kravSynligt(aktor, b.arende());
        atkomstlogg.registrera(aktor, null, b.arende().varde(), "BESLUT_LASA", forutsattningar.arTilldelad(aktor, b.arende()),
                null);
        return medBerakning(b);
    }

    private BeslutMedBerakning medBerakning(Beslut b) {
        LagradBerakning s = b.berakning();
        BerakningsResultat r = berakning.beraknaMed(s.underlag(), s.normtabellId(), s.normtabellVersion());
        if (!s.stammerMed(r)) {
            throw new DomainException("beslut.berakningAvviker", b.id());
        }
        return new BeslutMedBerakning(b, r, repo.ersattAv(b.id()), repo.fattande(b.id()));
    }

    /**
     * Deciding on or reading the decisions of a case needs the same visibility as opening it:
     * a protected case only for its handläggare and the chefs ({@code arende.skyddadIdentitet}).
     */
    private void kravSynligt(Aktor aktor, ArendeId arende) {
        if (!forutsattningar.farSe(aktor, arende)) {
            throw new DomainException("arende.skyddadIdentitet");
        }
    }

    private static void kravLasa(Aktor aktor) {
        if (!aktor.har(Behorighet.ARENDE_LASA) && !aktor.har(Behorighet.BESLUT_ATTESTERA)
                && !aktor.har(Behorighet.UTBETALNING_EXPORTERA)) {
            aktor.krav(Behorighet.ARENDE_LASA);
        }
    }

    private static Money forsorjningsstod(Beslutsforslag f, BerakningsResultat r) {
        Money belopp = r.belopp();
        switch (f.utfall()) {
            case AVSLAG, EJ_PROVAT -> {
                return Money.ZERO;
            }
            case BIFALL -> {
                if (!belopp.isPositive()) {
                    throw DomainException.forField("utfall", "beslut.bifallUtanBelopp", r.normoverskott().format());
                }
                if (f.soktBelopp().isPresent() && f.soktBelopp().get().isGreaterThan(belopp)) {
                    throw DomainException.forField("utfall", "beslut.bifallMindreAnSokt",
                            f.soktBelopp().get().format(), belopp.format());
                }
                return belopp;
            }
            default -> {
                if (!belopp.isPositive() || f.soktBelopp().isEmpty() || !f.soktBelopp().get().isGreaterThan(belopp)) {
                    throw DomainException.forField("soktBelopp", "beslut.delvisKraverHogreSokt", belopp.format());
                }
                return belopp;
            }
        }
    }

    private static void kontrollera(Beslutsforslag f) {
        if (!f.utfall().provarForsorjningsstod()) {
            kontrolleraEndastLivsforing(f);
        } else if (f.motivering().isEmpty()) {
            throw DomainException.forField("motivering", "beslut.motiveringSaknas");
        }
        if (f.lagrum().isEmpty()) {
            throw DomainException.forField("lagrum", "beslut.lagrumSaknas");
        }
        boolean barn = f.underlag().medlemmar().stream().map(Hushallsmedlem::roll).anyMatch(r -> r == Roll.BARN);
        if (barn && f.barnkonsekvensanalys().isEmpty()) {
            throw DomainException.forField("barnkonsekvensanalys", "beslut.barnkonsekvensanalysSaknas");
        }
        if (f.soktBelopp().isPresent() && f.soktBelopp().get().isNegative()) {
            throw DomainException.forField("soktBelopp", "berakning.negativtBelopp", f.soktBelopp().get().toPlainString());
        }
        for (int i = 0; i < f.livsforing().size(); i++) {
            kontrollera(f.livsforing().get(i), "livsforing[" + i + "].");
        }
    }

    /**
     * A livsföring-only decision: at least one item, and no amount applied for as försörjningsstöd
     * (that would be an application left undecided). The overall motivering may be empty: every
     * item carries its own.
     */
    private static void kontrolleraEndastLivsforing(Beslutsforslag f) {
        if (f.livsforing().isEmpty()) {
            throw DomainException.forField("livsforing", "beslut.endastLivsforingUtanPost");
        }
        if (f.soktBelopp().isPresent()) {
            throw DomainException.forField("soktBelopp", "beslut.endastLivsforingMedSoktBelopp",
                    f.soktBelopp().get().format());
        }
    }

    private static void kontrollera(LivsforingPost p, String falt) {
        if (p.soktBelopp().isNegative() || p.beviljatBelopp().isNegative()) {
            throw DomainException.forField(falt + "belopp", "berakning.negativtBelopp",
                    Money.min(p.soktBelopp(), p.beviljatBelopp()).toPlainString());
        }
        if (p.motivering().isEmpty()) {
            throw DomainException.forField(falt + "motivering", "beslut.motiveringSaknas");
        }
        boolean ratt = switch (p.utfall()) {
            case BIFALL -> p.beviljatBelopp().equals(p.soktBelopp()) && p.soktBelopp().isPositive();
            case DELVIS_BIFALL -> p.beviljatBelopp().isPositive() && p.soktBelopp().isGreaterThan(p.beviljatBelopp());
            case AVSLAG -> p.beviljatBelopp().isZero();
            case EJ_PROVAT -> false;
        };
        if (!ratt) {
            throw DomainException.forField(falt + "beviljatBelopp", "beslut.livsforingBeloppPassarInte",
                    p.soktBelopp().format(), p.beviljatBelopp().format());
        }
    }
}
