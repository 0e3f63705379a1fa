package se.bistand.domain.attest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import se.bistand.domain.arende.Skyddsfilter;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.BetalningsmottagareRepository;
import se.bistand.domain.betalning.BetalningsmottagareService.Riskunderlag;
import se.bistand.domain.betalning.Riskbedomning;
import se.bistand.domain.betalning.Riskflagga;
import se.bistand.domain.delegation.Beslutsdel;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationsKontroll;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.delegation.DelegationsRepository;
import se.bistand.domain.delegation.Delegationsbedomning;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.logg.Vagran.Nekande;
import se.bistand.domain.logg.Vagran;
import se.bistand.domain.utbetalning.UtbetalningService;

/**
 * Attest of decisions (audit findings 2 and 4): a decision above the maker's delegation becomes
 * a proposal for someone with enough delegation; no one attests their own decision or one above
 * their attest right (the database refuses a self-attest too); refusals are audited and the
 * audit row is committed. An attested decision becomes a payment on the day's list.
 */
public final class AttestService {

    private final Transaktioner tx;
    private final AttestRepository repo;
    private final DelegationsRepository delegation;
    private final BetalningsmottagareRepository mottagare;
    private final AnvandareRepository anvandare;
    private final Riskunderlag riskunderlag;
    private final UtbetalningService utbetalningar;
    private final AuditLogg audit;
    private final Atkomstlogg atkomst;
    private final Clock klocka;
    private final Skyddsfilter skydd;
    private final Vagran vagran;

    public AttestService(Transaktioner tx, AttestRepository repo, DelegationsRepository delegation,
                         BetalningsmottagareRepository mottagare, AnvandareRepository anvandare,
                         Riskunderlag riskunderlag,
                         UtbetalningService utbetalningar, AuditLogg audit, Atkomstlogg atkomst, Clock klocka,
                         Skyddsfilter skydd) {
        this.tx = tx;
        this.repo = repo;
        this.delegation = delegation;
        this.mottagare = mottagare;
        this.anvandare = anvandare;
        this.riskunderlag = riskunderlag;
        this.utbetalningar = utbetalningar;
        this.audit = audit;
        this.atkomst = atkomst;
        this.klocka = klocka;
        this.skydd = skydd;
        this.vagran = new Vagran(tx, audit);
    }

    /**
     * A decision with its recipient and flags (the inbox row and the detail pane). The recipient
     * is as the reader may see it: a client with skyddad identitet masked ({@link Skyddsfilter});
     * the flags are computed on the stored recipient.
     */
    public record Post(AttestBeslut beslut, Betalningsmottagare mottagare, EnumSet<Riskflagga> flaggor,
                       Optional<Delegationsbedomning> delegation, String foreslagenAvNamn,
                       Optional<String> beslutadAvNamn) {
    }

    /** The result of handing a decision to attest: its id and the delegation assessment (why a proposal). */
    public record Inlamning(long id, Delegationsbedomning bedomning) {
    }

    /**
     * Hands a saved decision to attest. Within the maker's delegation it waits for attest; above
     * it, it becomes a proposal to the role with enough delegation (the result says why).
     */
    public Inlamning lamnaForAttest(Aktor aktor, NyttBeslutForAttest ny) {
        return lamnaForAttest(aktor, ny, false);
    }

    /**
     * As {@link #lamnaForAttest(Aktor, NyttBeslutForAttest)}; {@code forslag}: the decision model
     * already stored the decision as a proposal above the maker's delegation (its own assessment, on
     * the day of the decision, is the one that counts).
     */
    Inlamning lamnaForAttest(Aktor aktor, NyttBeslutForAttest ny, boolean forslag) {
        aktor.krav(Behorighet.BESLUT_FATTA);
        return tx.iTransaktion(() -> {
            Betalningsmottagare m = mottagare.hitta(ny.mottagareId())
                    .orElseThrow(() -> DomainException.forField("mottagare", "mottagare.finnsInte", ny.mottagareId()));
            List<Beslutsdel> delar = Beslutsdel.av(ny.typ(), ny.belopp(), ny.livsforing());
            Delegationsbedomning bedomd = DelegationsKontroll.bedom(ordning(ny.betalningsdatum()), aktor.roll(), delar);
            Delegationsbedomning b = forslag && bedomd.inom() ? new Delegationsbedomning(false, bedomd.typ(),
                    bedomd.belopp(), bedomd.roll(), bedomd.grans(), bedomd.garTill(), bedomd.del()) : bedomd;
            AttestBeslut.Status status = b.inom() ? AttestBeslut.Status.VANTAR_ATTEST : AttestBeslut.Status.FORSLAG;
            long id = repo.skapa(new AttestBeslut(0, ny.beslutId(), ny.arendeId(), ny.arendeText(), ny.hushallId(),
                    ny.typ(), ny.belopp(), ny.livsforing(), ny.berakning(), ny.betalningsdatum(), m.id(), aktor.id(),
                    b.inom() ? Optional.of(aktor.id()) : Optional.empty(), status, Optional.empty(), klocka.instant(), 0));
            audit.registrera(NyAuditHandelse.av(aktor, b.inom() ? "BESLUT_TILL_ATTEST" : "BESLUT_FORSLAG_OVER_DELEGATION",
                    "attestbeslut", id, null, "beslut=" + ny.beslutId() + "; typ=" + ny.typ() + "; belopp="
                            + ny.belopp().toPlainString() + (ny.livsforing().isPositive() ? "; varav livsföring="
                            + ny.livsforing().toPlainString() : "") + (b.inom() ? "" : "; går till " + b.garTill().map(Enum::name)
                            .orElse("SOCIALUTSKOTTET"))));
            return new Inlamning(id, b);
        });
    }

    /** Decisions waiting for my attest, oldest payment date first. Own decisions are never in it. */
    public List<Post> inkorg(Aktor aktor) {
        aktor.krav(Behorighet.BESLUT_ATTESTERA);
        return vantande(aktor, AttestBeslut.Status.VANTAR_ATTEST, Delegationsordning::maAttestera, "ATTEST_INKORG");
    }

    /**
     * Proposals above someone's delegation that I may decide, and — when I may register the
     * socialutskott's decisions — those above every limit (they go to the utskott: decision 0022).
     */
    public List<Post> forslag(Aktor aktor) {
        aktor.krav(Behorighet.BESLUT_FATTA);
        boolean utskott = aktor.har(Behorighet.UTSKOTTSBESLUT_REGISTRERA);
        return vantande(aktor, AttestBeslut.Status.FORSLAG, (o, roll, delar) -> o.maBesluta(roll, delar)
                || utskott && o.lagstaBeslutsroll(delar).isEmpty(), "ATTEST_FORSLAG");
    }

    /** A rule of the order: may this role do it for this type and amount. */
    private interface Ratt {
        boolean far(Delegationsordning o, se.bistand.domain.behorighet.Roll roll, List<Beslutsdel> delar);
    }

    /** The waiting decisions; {@code atgard} names the access-log row (null: only counted, no person shown). */
    private List<Post> vantande(Aktor aktor, AttestBeslut.Status status, Ratt ratt, String atgard) {
        return tx.iTransaktion(() -> {
            Uppslag u = uppslag(aktor);
            return loggad(aktor, atgard, u, repo.medStatus(status).stream()
                    .filter(b -> !b.arInblandad(aktor.id()))
                    .filter(b -> ratt.far(u.ordning(b.betalningsdatum()), aktor.roll(), b.delar()))
                    .sorted(Comparator.comparing(AttestBeslut::betalningsdatum).thenComparing(AttestBeslut::skapad))
                    .map(b -> post(b, u)).toList());
        });
    }

    /** A list shown (cases in brief, recipients): one access-log row naming the recipients' persons. */
    private List<Post> loggad(Aktor aktor, String atgard, Uppslag u, List<Post> poster) {
        if (atgard != null && !poster.isEmpty()) {
            List<Long> personer = skydd.visade(aktor, poster.stream()
                    .map(p -> u.mottagare().get(p.beslut().mottagareId())).toList()).personer();
            atkomst.registreraLista(aktor, atgard, personer.stream().distinct().toList(), false,
                    poster.size() + " beslut");
        }
        return poster;
    }

    /**
     * Decisions I attested whose payment is not yet on a signed list: the ones I can still
     * withdraw ({@link #aterkalla}).
     */
    public List<Post> attesteradeAvMig(Aktor aktor) {
        aktor.krav(Behorighet.BESLUT_ATTESTERA);
        return tx.iTransaktion(() -> {
            Uppslag u = uppslag(aktor);
            return loggad(aktor, "ATTEST_ATTESTERADE", u,
                    repo.attesteradePaOsigneradLista(aktor.id()).stream().map(b -> post(b, u)).toList());
        });
    }

    /** How far back "Mina beslut" shows decisions that are no longer waiting for anyone. */
    public static final java.time.Duration MINA_AVSLUTADE = java.time.Duration.ofDays(90);

    /**
     * My own decisions and proposals with their status (returned ones carry the comment): every
     * one still waiting for someone, and the others from the last {@link #MINA_AVSLUTADE} — a
     * handläggare's whole history would grow without end.
     */
    public List<Post> mina(Aktor aktor) {
        aktor.krav(Behorighet.BESLUT_FATTA);
        return tx.iTransaktion(() -> {
            Uppslag u = uppslag(aktor);
            return loggad(aktor, "ATTEST_MINA", u, repo.inblandad(aktor.id(), klocka.instant().minus(MINA_AVSLUTADE))
                    .stream().map(b -> post(b, u)).toList());
        });
    }

    /** Opens a decision for attest (the case is read: recorded in the access log). */
    public Post oppna(Aktor aktor, long id) {
        if (!aktor.har(Behorighet.BESLUT_ATTESTERA)) {
            aktor.krav(Behorighet.BESLUT_FATTA);
        }
        return tx.iTransaktion(() -> {
            AttestBeslut b = hamta(id);
            atkomst.registrera(aktor, null, b.arendeId().orElse(null), "ATTEST_OPPNA", b.arInblandad(aktor.id()),
                    "attest av beslut " + b.beslutId());
            return post(b, uppslag(aktor));
        });
    }

    /**
     * The decision model decided a proposal ({@code BeslutService.fattaForslag} or the registered
     * socialutskott decision, each with its own rules and audit): the payment now waits for attest,
     * with {@code aktor} as the decision-maker no one may attest as. Only through {@link BeslutTillAttest}
     * in the decision's own transaction — deciding a proposal here alone would pay it while the decision
     * itself stays a proposal (finding 4).
     */
    void forslagetFattat(Aktor aktor, long beslutId) {
        AttestBeslut b = repo.hittaForBeslut(beslutId).orElseThrow(() -> new DomainException("attest.finnsInte", beslutId));
        if (b.status() != AttestBeslut.Status.FORSLAG) {
            throw new DomainException("attest.inteForslag");
        }
        repo.uppdatera(b.med(AttestBeslut.Status.VANTAR_ATTEST, Optional.of(aktor.id()), Optional.empty()));
        audit.registrera(NyAuditHandelse.av(aktor, "BESLUT_FATTAT", "attestbeslut", b.id(), "FORSLAG", "VANTAR_ATTEST"));
    }

    /** The socialutskott refused the proposal: it goes back to the handläggare and is never paid. */
    void forslagetAvslaget(Aktor aktor, long beslutId, String kommentar) {
        AttestBeslut b = repo.hittaForBeslut(beslutId).orElseThrow(() -> new DomainException("attest.finnsInte", beslutId));
        if (b.status() != AttestBeslut.Status.FORSLAG) {
            throw new DomainException("attest.inteForslag");
        }
        repo.uppdatera(b.med(AttestBeslut.Status.RETURNERAD, Optional.empty(), Optional.of(kommentar)));
        audit.registrera(NyAuditHandelse.av(aktor, "BESLUT_RETURNERAT", "attestbeslut", b.id(), "FORSLAG", kommentar));
    }

    /**
     * Attests a decision: refused (and the refusal audited, committed) for my own decision or
     * proposal, above my attest right, or with a recipient not yet approved by a second person.
     */
    public void attestera(Aktor aktor, long id) {
        aktor.krav(Behorighet.BESLUT_ATTESTERA);
        vagraOchGranska(aktor, id, "ATTEST_NEKAD", b -> {
            if (b.beslutadAv().map(aktor.id()::equals).orElse(false)) {
                return new DomainException("attest.egetBeslut");
            }
            if (b.foreslagenAv().equals(aktor.id())) {
                return new DomainException("attest.egetForslag");
            }
            if (b.status() != AttestBeslut.Status.VANTAR_ATTEST) {
                return new DomainException("attest.vantarInte", b.arendeText());
            }
            Delegationsordning o = ordning(b.betalningsdatum());
            for (Beslutsdel d : b.delar()) {
                if (!o.maAttestera(aktor.roll(), d.typ(), d.belopp())) {
                    return new DomainException(b.delar().size() == 1 ? "attest.overAttestratt" : "attest.overAttestrattDel",
                            d.belopp().format(), aktor.roll().textnyckel(), d.typ().textnyckel());
                }
            }
            Betalningsmottagare m = skydd.visa(aktor, mottagare.hitta(b.mottagareId()).orElseThrow());
            if (m.status() == Betalningsmottagare.Status.AVVISAD) {
                return new DomainException("attest.mottagareAvvisad", m.namn());
            }
            return m.arGodkand() ? null : new DomainException("attest.mottagareEjGodkand", m.namn());
        }, b -> {
            repo.uppdatera(b.med(AttestBeslut.Status.ATTESTERAD, b.beslutadAv(), Optional.empty()));
            long attestId = repo.attestera(b.id(), b.beslutadAv().orElseThrow(), aktor.id(), klocka.instant(),
                    attestratt(ordning(b.betalningsdatum()), aktor, b));
            audit.registrera(NyAuditHandelse.av(aktor, "BESLUT_ATTESTERAT", "attestbeslut", id, "VANTAR_ATTEST",
                    "attest=" + attestId + "; belopp=" + b.belopp().toPlainString()));
            utbetalningar.laggTillAttesterad(aktor, attestId, b.betalningsdatum());
        });
    }

    /** Returns a decision (or proposal) to the handläggare with a comment. */
    public void returnera(Aktor aktor, long id, String kommentar) {
        if (!aktor.har(Behorighet.BESLUT_ATTESTERA)) {
            aktor.krav(Behorighet.BESLUT_FATTA);
        }
        if (kommentar == null || kommentar.isBlank()) {
            throw DomainException.forField("kommentar", "attest.kommentarSaknas");
        }
        vagraOchGranska(aktor, id, "ATTEST_RETUR_NEKAD", b -> {
            if (b.arInblandad(aktor.id())) {
                return new DomainException("attest.egetBeslut");
            }
            return b.status() == AttestBeslut.Status.VANTAR_ATTEST || b.status() == AttestBeslut.Status.FORSLAG ? null
                    : new DomainException("attest.vantarInte", b.arendeText());
        }, b -> {
            repo.uppdatera(b.med(AttestBeslut.Status.RETURNERAD, b.beslutadAv(), Optional.of(kommentar.strip())));
            audit.registrera(NyAuditHandelse.av(aktor, "BESLUT_RETURNERAT", "attestbeslut", id, b.status().name(),
                    kommentar.strip()));
        });
    }

    /**
     * Withdraws an attest (to the handläggare, with a comment) while the payment's list is not yet
     * signed: the payment is taken off the list in the same transaction, so the decision can be
     * corrected or replaced and nothing is paid on it. Only someone who may attest it and did not
     * make or decide it; refused (and the refusal audited) once the list is signed.
     */
    public void aterkalla(Aktor aktor, long id, String kommentar) {
        aktor.krav(Behorighet.BESLUT_ATTESTERA);
        if (kommentar == null || kommentar.isBlank()) {
            throw DomainException.forField("kommentar", "attest.kommentarSaknas");
        }
        vagraOchGranska(aktor, id, "ATTEST_ATERKALLANDE_NEKAT", b -> {
            if (b.status() != AttestBeslut.Status.ATTESTERAD) {
                return new DomainException("attest.inteAttesterad", b.arendeText());
            }
            if (b.arInblandad(aktor.id())) {
                return new DomainException("attest.egetBeslut");
            }
            if (!ordning(b.betalningsdatum()).maAttestera(aktor.roll(), b.delar())) {
                return new DomainException("attest.overAttestratt", b.belopp().format(), aktor.roll().textnyckel());
            }
            return utbetalningar.hinderForAterkallande(b.id()).orElse(null);
        }, b -> {
            utbetalningar.taBortAterkallad(aktor, b.id());
            repo.uppdatera(b.med(AttestBeslut.Status.RETURNERAD, b.beslutadAv(), Optional.of(kommentar.strip())));
            audit.registrera(NyAuditHandelse.av(aktor, "ATTEST_ATERKALLAD", "attestbeslut", id, "ATTESTERAD",
                    kommentar.strip()));
        });
    }

    /** The attest item of a decision, if it was handed to attest (joins the caller's transaction). */
    public Optional<AttestBeslut> attestForBeslut(long beslutId) {
        return tx.iTransaktion(() -> repo.hittaForBeslut(beslutId));
    }

    /** Decisions waiting for me (attest, plus proposals I may decide): the rail badge. */
    public int antalVantande(Aktor aktor) {
        int n = aktor.har(Behorighet.BESLUT_ATTESTERA)
                ? vantande(aktor, AttestBeslut.Status.VANTAR_ATTEST, Delegationsordning::maAttestera, null).size() : 0;
        return n + (aktor.har(Behorighet.BESLUT_FATTA)
                ? vantande(aktor, AttestBeslut.Status.FORSLAG, Delegationsordning::maBesluta, null).size() : 0);
    }

    /** Checks the rules on the decision; a refusal is audited and committed, then thrown ({@link Vagran}). */
    private void vagraOchGranska(Aktor aktor, long id, String nekadHandelse,
                                 Function<AttestBeslut, DomainException> regler, Consumer<AttestBeslut> andring) {
        vagran.provaOchAndra(aktor, nekadHandelse, "attestbeslut", id, () -> hamta(id),
                b -> Nekande.av(regler.apply(b)), b -> {
                    andring.accept(b);
                    return null;
                });
    }

    /**
     * What the rows of one list need, read once per call instead of once per row: the risk basis,
     * the versions of the delegationsordning, the users and the recipients.
     */
    private record Uppslag(Riskbedomning risk, List<Delegationsordning> ordningar,
                           java.util.Map<se.bistand.domain.gemensam.Id.AnvandareId, Anvandare> anvandare,
                           java.util.Map<Long, Betalningsmottagare> mottagare,
                           java.util.Map<Long, Betalningsmottagare> visadeMottagare, java.util.Set<Long> uppdelade) {
        Delegationsordning ordning(LocalDate dag) {
            return DelegationsKontroll.ordning(ordningar, dag);
        }
    }

    /** The lookups for {@code aktor}: the recipients also as {@code aktor} may see them. */
    private Uppslag uppslag(Aktor aktor) {
        List<Betalningsmottagare> alla = mottagare.alla();
        List<Delegationsordning> ordningar = delegation.alla();
        java.util.Map<se.bistand.domain.gemensam.Id.AnvandareId, Anvandare> anvandarna = anvandare.alla().stream()
                .collect(java.util.stream.Collectors.toMap(Anvandare::id, a -> a));
        return new Uppslag(riskunderlag.hamta(), ordningar, anvandarna,
                alla.stream().collect(java.util.stream.Collectors.toMap(Betalningsmottagare::id, m -> m)),
                skydd.visa(aktor, alla).stream()
                        .collect(java.util.stream.Collectors.toMap(Betalningsmottagare::id, m -> m)),
                Uppdelning.flaggade(repo.livsforingsdelar(), dag -> DelegationsKontroll.ordning(ordningar, dag),
                        id -> Optional.ofNullable(anvandarna.get(id)).map(Anvandare::roll)));
    }

    private Post post(AttestBeslut b, Uppslag u) {
        Betalningsmottagare m = u.mottagare().get(b.mottagareId());
        Optional<Anvandare> forslagsstallare = Optional.ofNullable(u.anvandare().get(b.foreslagenAv()));
        Optional<Delegationsbedomning> d = Optional.empty();
        if (b.status() == AttestBeslut.Status.FORSLAG && forslagsstallare.isPresent()) {
            d = Optional.of(DelegationsKontroll.bedom(u.ordning(b.betalningsdatum()), forslagsstallare.get().roll(),
                    b.delar()));
        }
        EnumSet<Riskflagga> flaggor = b.flaggor(u.risk(), m);
        if (u.uppdelade().contains(b.id())) {
            flaggor.add(Riskflagga.UPPDELAD_LIVSFORING);
        }
        return new Post(b, u.visadeMottagare().get(b.mottagareId()), flaggor, d,
                forslagsstallare.map(Anvandare::namn).orElse(""),
                b.beslutadAv().map(u.anvandare()::get).map(Anvandare::namn));
    }

    /** The rule snapshot stored with an attest (the database checks it against the rule rows). */
    private static AttestRepository.Attestratt attestratt(Delegationsordning o, Aktor aktor, AttestBeslut b) {
        Optional<Money> livsGrans = b.livsforing().isPositive()
                ? o.regel(Beslutstyp.LIVSFORING_I_OVRIGT, aktor.roll()).flatMap(DelegationsRegel::attestMax)
                : Optional.empty();
        return new AttestRepository.Attestratt(aktor.roll(), o.id(), b.typ(), b.belopp(), b.livsforing(),
                o.regel(b.typ(), aktor.roll()).flatMap(DelegationsRegel::attestMax), livsGrans);
    }

    private Delegationsordning ordning(LocalDate dag) {
        return DelegationsKontroll.ordning(delegation.alla(), dag);
    }

    private AttestBeslut hamta(long id) {
        return repo.hitta(id).orElseThrow(() -> new DomainException("attest.finnsInte", id));
    }
}
