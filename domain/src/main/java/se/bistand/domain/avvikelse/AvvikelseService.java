package se.bistand.domain.avvikelse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * Avvikelser: report (draft, submit), the recipients' inbox, the workflow steps, the analysis
 * and lex Sarah, and the half-year compilation. Every change is audited in its transaction; a
 * read of an avvikelse about a case is written to the access log.
 */
public final class AvvikelseService {

    static final String OBJEKT = "avvikelse";

    private final Transaktioner tx;
    private final AvvikelseRepository repo;
    private final SynpunktRepository synpunkter;
    private final AuditLogg audit;
    private final Atkomstlogg atkomstlogg;
    private final Clock klocka;

    public AvvikelseService(Transaktioner tx, AvvikelseRepository repo, SynpunktRepository synpunkter, AuditLogg audit,
                            Atkomstlogg atkomstlogg, Clock klocka) {
        this.tx = tx;
        this.repo = repo;
        this.synpunkter = synpunkter;
        this.audit = audit;
        this.atkomstlogg = atkomstlogg;
        this.klocka = klocka;
    }

    public Clock klocka() {
        return klocka;
    }

    public Routning routning(Aktor aktor) {
        aktor.krav(Behorighet.AVVIKELSE_RAPPORTERA);
        return tx.iTransaktion(repo::routning);
    }

    /**
     * Changes who receives a category (master data, audited). Open avvikelser follow the new
     * routing at once; every category keeps at least one recipient whose function some role fills.
     */
    public Routning andraRoutning(Aktor aktor, Kategori kategori, List<Routning.Mottagning> mottagningar) {
        aktor.krav(Behorighet.MASTERDATA_ADMINISTRERA);
        return tx.iTransaktion(() -> {
            Routning fore = repo.routning();
            if (mottagningar.isEmpty()
                    || mottagningar.stream().allMatch(m -> fore.roller(m.funktion()).isEmpty())) {
                throw DomainException.forField("mottagare", "avvikelse.routningUtanMottagare", kategori.name());
            }
            repo.ersattRoutning(kategori, mottagningar);
            Routning efter = repo.routning();
            audit.registrera(NyAuditHandelse.av(aktor, "AVVIKELSE_ROUTNING_ANDRAD", "avvikelse_routning",
                    kategori.name(), String.valueOf(fore.mottagningar(kategori)),
                    String.valueOf(efter.mottagningar(kategori))));
            return efter;
        });
    }

    /** Saves a draft: new when {@code id} is 0, otherwise the reporter's existing draft. */
    public Avvikelse sparaUtkast(Aktor aktor, long id, long version, AvvikelseUppgifter u) {
        return tx.iTransaktion(() -> {
            Avvikelse sparad = spara(aktor, id, version, u);
            audit.registrera(NyAuditHandelse.av(aktor, id == 0 ? "AVVIKELSE_UTKAST_SKAPAT" : "AVVIKELSE_UTKAST_ANDRAT",
                    OBJEKT, sparad.id(), null, sammanfattning(sparad)));
            return sparad;
        });
    }

    /** Submits: saves the content and sends it to the category's recipients in one transaction. */
    public Avvikelse skicka(Aktor aktor, long id, long version, AvvikelseUppgifter u) {
        aktor.krav(Behorighet.AVVIKELSE_RAPPORTERA);
        u.kontrollera(klocka, true);
        return tx.iTransaktion(() -> {
            Avvikelse utkast = spara(aktor, id, version, u);
            Avvikelse anmald = repo.uppdatera(utkast.skicka(aktor, klocka));
            audit.registrera(NyAuditHandelse.av(aktor, "AVVIKELSE_ANMALD", OBJEKT, anmald.id(),
                    sammanfattning(utkast), sammanfattning(anmald)));
            return anmald;
        });
    }

    private Avvikelse spara(Aktor aktor, long id, long version, AvvikelseUppgifter u) {
        if (id == 0) {
            return repo.skapa(Avvikelse.utkast(u, aktor, klocka));
        }
        return repo.uppdatera(last(id, version).medUppgifter(u, aktor, klocka));
    }

    /** The reporter's own avvikelser, drafts included, with the feedback once given. */
    public List<Avvikelse> mina(Aktor aktor) {
        aktor.krav(Behorighet.AVVIKELSE_RAPPORTERA);
        return tx.iTransaktion(() -> repo.avRapportor(aktor.id()));
    }

    /** Open avvikelser routed to the actor's role, the most urgent first. */
    public List<Avvikelse> inkorg(Aktor aktor) {
        aktor.krav(Behorighet.AVVIKELSE_HANTERA);
        return tx.iTransaktion(() -> {
            Routning r = repo.routning();
            LocalDateTime aldrig = LocalDateTime.MAX;
            return repo.oppna().stream().filter(a -> a.arMottagare(aktor, r))
                    .sorted(Comparator.comparing((Avvikelse a) -> a.narmasteFrist(r).orElse(aldrig))
                            .thenComparing(a -> a.anmald().orElseThrow()))
                    .toList();
        });
    }

    /** The rail badge: how many open avvikelser wait for the actor's role. */
    public int antalAttHantera(Aktor aktor) {
        if (!aktor.har(Behorighet.AVVIKELSE_HANTERA)) {
            return 0;
        }
        return inkorg(aktor).size();
    }

    /** One avvikelse, for its reporter, its recipients or a reviewer. */
    public Avvikelse hamta(Aktor aktor, long id) {
        aktor.krav(Behorighet.AVVIKELSE_RAPPORTERA);
        return tx.iTransaktion(() -> {
            Avvikelse a = repo.hitta(id).orElseThrow(() -> new DomainException("avvikelse.finnsInte", id));
            boolean far = a.rapportor().equals(aktor.id()) || aktor.har(Behorighet.UPPFOLJNING_LASA)
                    || (a.status() != Status.UTKAST && a.arMottagare(aktor, repo.routning()));
            if (!far) {
                throw new DomainException("avvikelse.ejAtkomst", id);
            }
            a.uppgifter().lank().filter(l -> l.typ() == Lank.Typ.ARENDE).ifPresent(l -> atkomstlogg.registrera(
                    aktor, null, l.id(), "AVVIKELSE_LAS", false, "avvikelse " + id));
            return a;
        });
    }

    public Avvikelse tillNasta(Aktor aktor, long id, long version, Status till, String text) {
        return andra(aktor, id, version, "AVVIKELSE_" + till.name(),
                (a, r) -> a.tillNasta(till, text, aktor, r, klocka));
    }

    public Avvikelse sparaAnalys(Aktor aktor, long id, long version, Analys analys) {
        return andra(aktor, id, version, "AVVIKELSE_ANALYS", (a, r) -> a.medAnalys(analys, aktor, r));
    }

    public Avvikelse bedomLexSarah(Aktor aktor, long id, long version, boolean allvarligt, String motivering) {
        return andra(aktor, id, version, "AVVIKELSE_LEX_SARAH_BEDOMD",
                (a, r) -> a.bedomLexSarah(allvarligt, motivering, aktor, r, klocka));
    }

    public Avvikelse registreraIvoAnmalan(Aktor aktor, long id, long version, LocalDate dag, String diarienummer) {
        return andra(aktor, id, version, "AVVIKELSE_IVO_ANMALD",
                (a, r) -> a.registreraIvoAnmalan(dag, diarienummer, aktor, r, klocka));
    }

    /** The half-year compilation for the nämnd, with the trend over {@code perioder} half-years. */
    public Sammanstallning sammanstallning(Aktor aktor, Halvar period, int perioder) {
        kravSammanstallning(aktor);
        return tx.iTransaktion(() -> Sammanstallning.berakna(repo.allaAnmalda(), synpunkter.alla(), period, perioder,
                klocka));
    }

    static void kravSammanstallning(Aktor aktor) {
        if (!aktor.har(Behorighet.AVVIKELSE_HANTERA)) {
            aktor.krav(Behorighet.UPPFOLJNING_LASA);
        }
    }

    private Avvikelse andra(Aktor aktor, long id, long version, String handelse,
                            BiFunction<Avvikelse, Routning, Avvikelse> andring) {
        aktor.krav(Behorighet.AVVIKELSE_HANTERA);
        return tx.iTransaktion(() -> {
            Avvikelse fore = last(id, version);
            Avvikelse efter = repo.uppdatera(andring.apply(fore, repo.routning()));
            audit.registrera(NyAuditHandelse.av(aktor, handelse, OBJEKT, id, sammanfattning(fore),
                    sammanfattning(efter)));
            return efter;
        });
    }

    private Avvikelse last(long id, long version) {
        Avvikelse a = repo.hitta(id).orElseThrow(() -> new DomainException("avvikelse.finnsInte", id));
        if (a.version() != version) {
            throw new OptimistiskLasningException(OBJEKT, id);
        }
        return a;
    }

    /** The audited state: codes and flags, never the free text (it may describe a client). */
    static String sammanfattning(Avvikelse a) {
        AvvikelseUppgifter u = a.uppgifter();
        return "status=" + a.status() + "; kategori=" + u.kategori() + "; allvarlighet=" + u.allvarlighet()
                + "; intraffade=" + u.intraffade() + "; upptacktes=" + u.upptacktes()
                + u.lank().map(l -> "; lank=" + l.typ() + ":" + l.id() + (l.skyddad() ? "(skyddad)" : "")).orElse("")
                + "; steg=" + a.steg().size() + "; analys=" + (a.analys().arKomplett() ? "komplett" : "ofullstandig")
                + a.lexSarah().map(b -> "; allvarligt=" + b.allvarligt()
                        + b.ivoAnmalan().map(i -> "; ivo=" + i.anmaldDag()).orElse("")).orElse("");
    }
}
