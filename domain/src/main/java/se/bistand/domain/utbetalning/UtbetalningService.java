package se.bistand.domain.utbetalning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import se.bistand.domain.arende.Skyddsfilter;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.behorighet.InloggningService;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.BetalningsmottagareService.Riskunderlag;
import se.bistand.domain.betalning.Riskbedomning;
import se.bistand.domain.betalning.Riskflagga;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.installation.Installation;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.logg.Vagran.Nekande;
import se.bistand.domain.logg.Vagran;

/**
 * Attested decisions become payments on the day's list; the list is sampled, reviewed, signed
 * twice on screen and exported. Refusals of signing and export are audited and committed.
 */
public final class UtbetalningService {

    private final Transaktioner tx;
    private final UtbetalningRepository repo;
    private final Riskunderlag riskunderlag;
    private final Installation installation;
    private final InloggningService inloggning;
    private final AuditLogg audit;
    private final Atkomstlogg atkomst;
    private final Clock klocka;
    private final Random slump;
    private final Skyddsfilter skydd;
    private final Vagran vagran;
    private final SigneringsregelRepository signeringsregler;
    private final AnvandareRepository anvandare;

    public UtbetalningService(Transaktioner tx, UtbetalningRepository repo, SigneringsregelRepository signeringsregler,
                              AnvandareRepository anvandare, Riskunderlag riskunderlag,
                              Installation installation, InloggningService inloggning, AuditLogg audit,
                              Atkomstlogg atkomst, Clock klocka, Random slump, Skyddsfilter skydd) {
        this.tx = tx;
        this.repo = repo;
        this.signeringsregler = signeringsregler;
        this.anvandare = anvandare;
        this.riskunderlag = riskunderlag;
        this.installation = installation;
        this.inloggning = inloggning;
        this.audit = audit;
        this.atkomst = atkomst;
        this.klocka = klocka;
        this.slump = slump;
        this.skydd = skydd;
        this.vagran = new Vagran(tx, audit);
    }

    /**
     * A list with each line's flags and where its signing stands for the viewer (the rule, who
     * may still sign, whether anyone available can complete it, why the viewer cannot sign).
     */
    public record Listvy(Utbetalningslista lista, Map<Long, EnumSet<Riskflagga>> flaggor,
                         Signeringsregler.Signeringslage signering) {
        public EnumSet<Riskflagga> flaggor(Utbetalningsrad r) {
            return flaggor.getOrDefault(r.id(), EnumSet.noneOf(Riskflagga.class));
        }
    }

    /**
     * Puts an attested decision's payment on the open list of its payment date (created when
     * there is none). Called by the attest service inside its transaction. A line added after the
     * sample was drawn is always in the sample, and the list must be reviewed again.
     */
    public long laggTillAttesterad(Aktor aktor, long attestId, LocalDate betalningsdatum) {
        return tx.iTransaktion(() -> {
            long listaId = repo.oppenLista(betalningsdatum).orElseGet(() -> repo.skapaLista(betalningsdatum, klocka.instant()));
            Utbetalningslista lista = repo.hitta(listaId).orElseThrow();
            lista.kravOppen();
            long radId = repo.laggTillRad(listaId, attestId, lista.stickprovDraget());
            if (lista.status() == Utbetalningslista.Status.GRANSKAD) {
                repo.uppdateraStatus(listaId, Utbetalningslista.Status.UTKAST, Optional.empty(), lista.version());
            }
            audit.registrera(NyAuditHandelse.av(aktor, "UTBETALNING_TILLAGD", "utbetalningslista", listaId, null,
                    "rad=" + radId + "; attest=" + attestId));
            return radId;
        });
    }

    /**
     * Why an attested decision's payment cannot be taken off its list (the list is signed and so
     * frozen), or empty when it can (or when it is on no list). Read inside the caller's transaction.
     */
    public Optional<DomainException> hinderForAterkallande(long attestBeslutId) {
        return tx.iTransaktion(() -> repo.radForBeslut(attestBeslutId)
                .flatMap(r -> repo.hitta(r.listaId()))
                .filter(l -> l.status().last())
                .map(l -> new DomainException("utbetalning.aterkallaListanLast", l.betalningsdatum().toString(),
                        l.status().textnyckel())));
    }

    /**
     * Takes an attested decision's payment off its unsigned list (the attest is withdrawn; called
     * by the attest service inside its transaction). A list whose sample was reviewed stays
     * reviewed: the signatures' hash covers the content that remains.
     */
    public void taBortAterkallad(Aktor aktor, long attestBeslutId) {
        tx.kor(() -> repo.radForBeslut(attestBeslutId).ifPresent(r -> {
            Utbetalningslista lista = hamta(r.listaId());
            lista.kravOppen();
            repo.taBortRad(r.id());
            audit.registrera(NyAuditHandelse.av(aktor, "UTBETALNING_BORTTAGEN", "utbetalningslista", lista.id(),
                    "rad=" + r.id() + "; attest=" + r.attestId() + "; belopp=" + r.belopp().toPlainString(),
                    "attesten återkallad"));
        }));
    }

    /** Adds an attested payment to a given list: refused once the list is signed (frozen). */
    public long laggTillPaLista(Aktor aktor, long listaId, long attestId) {
        aktor.krav(Behorighet.UTBETALNINGSLISTA_SIGNERA);
        return tx.iTransaktion(() -> {
            Utbetalningslista lista = repo.hitta(listaId)
                    .orElseThrow(() -> new DomainException("utbetalning.listaFinnsInte", listaId));
            lista.kravOppen();
            long radId = repo.laggTillRad(listaId, attestId, lista.stickprovDraget());
            audit.registrera(NyAuditHandelse.av(aktor, "UTBETALNING_TILLAGD", "utbetalningslista", listaId, null,
                    "rad=" + radId + "; attest=" + attestId));
            return radId;
        });
    }

    public List<Utbetalningslista> listor(Aktor aktor) {
        kravLasratt(aktor);
        return tx.iTransaktion(repo::listor);
    }

    public Listvy lista(Aktor aktor, long id) {
        kravLasratt(aktor);
        return tx.iTransaktion(() -> vy(hamta(id), aktor));
    }

    /** Draws the review sample (signers and chefs). */
    public Listvy draStickprov(Aktor aktor, long id) {
        aktor.krav(Behorighet.UTBETALNINGSLISTA_SIGNERA);
        return tx.iTransaktion(() -> {
            Utbetalningslista l = hamta(id);
            l.kravOppen();
            if (l.stickprovDraget()) {
                throw new DomainException("utbetalning.stickprovRedanDraget");
            }
            Stickprovsregel regel = Stickprovsregel.fran(installation);
            Set<Long> valda = regel.dra(l.rader(), slump);
            repo.sattStickprov(id, valda);
            audit.registrera(NyAuditHandelse.av(aktor, "STICKPROV_DRAGET", "utbetalningslista", id, null,
                    regel.text() + "; rader=" + valda));
            return vy(hamta(id), aktor);
        });
    }

    /**
     * Opens one line for review (the case is read: logged in the access log) and records the
     * opening, so that the line can then be marked reviewed by this person; a protected recipient
     * masked for all but their handläggare and the chefs.
     */
    public Utbetalningsrad oppnaRad(Aktor aktor, long listaId, long radId) {
        kravLasratt(aktor);
        return tx.iTransaktion(() -> {
            Utbetalningsrad r = rad(hamta(listaId), radId);
            atkomst.registrera(aktor, null, r.beslut().arendeId().orElse(null), "UTBETALNING_GRANSKA", false,
                    "stickprov utbetalningslista " + listaId);
            if (!repo.harOppnat(radId, aktor.id())) {
                repo.registreraOppning(radId, aktor.id(), klocka.instant());
            }
            return r.medMottagare(skydd.visa(aktor, r.mottagare()));
        });
    }

    /**
     * Marks a sampled line reviewed; when every sampled line is, the list becomes Granskad. Only
     * someone who opened the line ({@link #oppnaRad}) may mark it: a refusal is audited and committed.
     */
    public Listvy markeraGranskad(Aktor aktor, long listaId, long radId) {
        aktor.krav(Behorighet.UTBETALNINGSLISTA_SIGNERA);
        return vagran.provaOchAndra(aktor, "STICKPROV_GRANSKNING_NEKAD", "utbetalning", radId, () -> {
            Utbetalningslista l = hamta(listaId);
            l.kravOppen();
            Utbetalningsrad r = rad(l, radId);
            if (!r.iStickprov()) {
                throw new DomainException("utbetalning.ejIStickprov");
            }
            return r;
        }, r -> r.granskadAv().isEmpty() && !repo.harOppnat(radId, aktor.id())
                ? Nekande.av(new DomainException("utbetalning.ejOppnad", r.beslut().arendeText()),
                        "raden är inte öppnad av granskaren") : null, r -> {
            if (r.granskadAv().isEmpty()) {
                repo.markeraGranskad(radId, aktor.id(), klocka.instant());
                atkomst.registrera(aktor, null, r.beslut().arendeId().orElse(null), "UTBETALNING_GRANSKAD", false,
                        "stickprov utbetalningslista " + listaId);
                audit.registrera(NyAuditHandelse.av(aktor, "STICKPROV_GRANSKAT", "utbetalning", radId, null, null));
            }
            Utbetalningslista efter = hamta(listaId);
            if (efter.allaStickprovGranskade() && efter.status() == Utbetalningslista.Status.UTKAST) {
                repo.uppdateraStatus(listaId, Utbetalningslista.Status.GRANSKAD, Optional.empty(), efter.version());
                audit.registrera(NyAuditHandelse.av(aktor, "UTBETALNINGSLISTA_GRANSKAD", "utbetalningslista", listaId,
                        "UTKAST", "GRANSKAD"));
            }
            return vy(hamta(listaId), aktor);
        });
    }

    /**
     * What attesting a decision paid on {@code betalningsdatum} would do to the signing of that
     * day's open list, told to a chef before they attest: they would be barred from signing it,
     * and whether someone else could still complete it. Empty for someone who does not sign lists.
     */
    public Optional<Signeringsregler.Signeringslage> signeringOmAttest(Aktor aktor, LocalDate betalningsdatum) {
        if (!aktor.har(Behorighet.UTBETALNINGSLISTA_SIGNERA)) {
            return Optional.empty();
        }
        return tx.iTransaktion(() -> {
            Utbetalningslista l = repo.oppenLista(betalningsdatum).flatMap(repo::hitta)
                    .orElseGet(() -> new Utbetalningslista(0, betalningsdatum, Utbetalningslista.Status.UTKAST, false,
                            Optional.empty(), List.of(), List.of(), List.of(), 0));
            return Optional.of(Signeringsregler.lage(l, regelFor(l), anvandare.alla(), aktor, Optional.of(aktor.id())));
        });
    }

    /**
     * Signs the list: the password again, then the rules — the right status, two different
     * people, neither of whom prepared, decided or attested any line, every recipient approved,
     * and the content hash equal to the one shown (and, for the second, to the first's).
     */
    public Listvy signera(Aktor aktor, long listaId, char[] losenord, String visadHash) {
        aktor.krav(Behorighet.UTBETALNINGSLISTA_SIGNERA);
        inloggning.bekraftaLosenord(aktor, losenord, "SIGNERING");
        return vagran.provaOchAndra(aktor, "UTBETALNINGSLISTA_SIGNERING_NEKAD", "utbetalningslista", listaId,
                () -> hamta(listaId), l -> Nekande.av(Signeringsregler.prova(l, aktor, regelFor(l), l.hash(), visadHash)),
                l -> {
                    String hash = l.hash();
                    int nummer = l.status() == Utbetalningslista.Status.GRANSKAD ? 1 : 2;
                    Signeringsregel regel = regelFor(l);
                    int plats = regel.ledigPlats(aktor.roll(), l.signaturer()).orElseThrow();
                    Granskningsankare ankare = audit.ankra("signatur " + nummer + " av utbetalningslista " + listaId);
                    repo.signera(listaId, nummer, aktor.id(), aktor.roll(), regel.id(), plats, klocka.instant(), hash);
                    repo.uppdateraStatus(listaId, nummer == 1 ? Utbetalningslista.Status.SIGNERAD_1
                            : Utbetalningslista.Status.SIGNERAD_2, Optional.of(hash), l.version());
                    audit.registrera(NyAuditHandelse.av(aktor, "UTBETALNINGSLISTA_SIGNERAD", "utbetalningslista",
                            listaId, l.status().name(), "signatur " + nummer + "/2; roll=" + aktor.roll().name()
                                    + "; regel=" + regel.id() + " " + regel.text() + "; sha256=" + hash + "; "
                                    + ankare.text()));
                    return vy(hamta(listaId), aktor);
                });
    }

    /**
     * Exports a list signed twice: pain.001 for the bank and CSV for ekonomi. Before a file is
     * written everything is checked again against the rows behind the list ({@link Exportregler}:
     * the content hash and both signatures, each line's amount against the stored decision, its
     * recipient and account against the attest and the approval, the attestant's role and attest
     * right); a mismatch is an audited refusal and no file. A second export is recorded as a copy.
     */
    public List<String> exportera(Aktor aktor, long listaId, Exportskrivare skrivare) {
        aktor.krav(Behorighet.UTBETALNING_EXPORTERA);
        return vagran.provaOchAndra(aktor, "UTBETALNINGSLISTA_EXPORT_NEKAD", "utbetalningslista", listaId,
                () -> hamta(listaId), l -> Nekande.av(Exportregler.prova(l, repo.exportunderlag(listaId))),
                l -> skrivExport(aktor, l, skrivare));
    }

    /**
     * Writes the files of a list that may be exported and records the export (inside its
     * transaction). A recipient with skyddad identitet is marked on its line: the bank's file
     * carries the name, the CSV copy does not (ADR 0011).
     */
    private List<String> skrivExport(Aktor aktor, Utbetalningslista l, Exportskrivare skrivare) {
        long listaId = l.id();
        boolean kopia = !l.exporter().isEmpty();
        String meddelandeId = "BISTAND-" + l.betalningsdatum().toString().replace("-", "") + "-" + listaId;
        List<Boolean> skyddade = skydd.skyddade(l.rader().stream().map(Utbetalningsrad::mottagare).toList());
        List<Exportskrivare.Rad> rader = new java.util.ArrayList<>();
        for (int i = 0; i < l.rader().size(); i++) {
            Utbetalningsrad r = l.rader().get(i);
            rader.add(new Exportskrivare.Rad("B" + r.beslut().beslutId() + "-U" + r.id(), r.mottagare().namn(),
                    r.mottagare().konto(), r.belopp(), "Ekonomiskt bistånd " + r.beslut().betalningsdatum(),
                    skyddade.get(i)));
        }
        Granskningsankare ankare = audit.ankra((kopia ? "exportkopia" : "export") + " av utbetalningslista " + listaId);
        List<String> filer = skrivare.skriv(new Exportskrivare.Order(listaId, meddelandeId, klocka.instant(),
                l.betalningsdatum(), kopia, rader, ankare));
        for (String fil : filer) {
            repo.registreraExport(listaId, fil, klocka.instant(), aktor.id(), kopia, l.hash());
        }
        if (l.status() != Utbetalningslista.Status.EXPORTERAD) {
            repo.uppdateraStatus(listaId, Utbetalningslista.Status.EXPORTERAD, l.innehallHash(), l.version());
        }
        audit.registrera(NyAuditHandelse.av(aktor, kopia ? "UTBETALNINGSLISTA_EXPORTERAD_KOPIA"
                : "UTBETALNINGSLISTA_EXPORTERAD", "utbetalningslista", listaId, null,
                "filer=" + filer + "; summa=" + l.summa().toPlainString() + "; " + ankare.text()));
        return filer;
    }

    /**
     * The chef's month review: every payment in the month with reasonableness flags (computed
     * on the stored recipients); a protected recipient masked for the revisor and anyone else
     * who may not see them. One access-log row names the persons shown.
     */
    public record Manadsgranskning(YearMonth manad, List<Utbetalningsrad> rader, Map<Long, EnumSet<Riskflagga>> flaggor,
                                   long utanAttesteratBeslut) {
        public se.bistand.domain.gemensam.Money summa() {
            return rader.stream().map(Utbetalningsrad::belopp).reduce(se.bistand.domain.gemensam.Money.ZERO,
                    se.bistand.domain.gemensam.Money::plus);
        }
    }

    public Manadsgranskning manadsgranskning(Aktor aktor, YearMonth manad) {
        aktor.krav(Behorighet.MANADSGRANSKNING);
        return tx.iTransaktion(() -> {
            List<Utbetalningsrad> rader = repo.forManad(manad);
            Riskbedomning risk = riskunderlag.hamta();
            Map<String, Long> perKonto = rader.stream().filter(r -> r.mottagare().arPerson())
                    .collect(Collectors.groupingBy(r -> r.mottagare().konto().normaliserad(), Collectors.counting()));
            Map<Long, EnumSet<Riskflagga>> flaggor = new HashMap<>();
            for (Utbetalningsrad r : rader) {
                EnumSet<Riskflagga> f = flaggorFor(risk, r);
                if (r.mottagare().arPerson() && perKonto.getOrDefault(r.mottagare().konto().normaliserad(), 0L) > 1) {
                    f.add(Riskflagga.FLERA_BETALNINGAR_SAMMA_KONTO);
                }
                flaggor.put(r.id(), f);
            }
            long utan = repo.antalUtanAttesteratBeslut();
            Skyddsfilter.Visade<Betalningsmottagare> visade = skydd.visade(aktor,
                    rader.stream().map(Utbetalningsrad::mottagare).toList());
            atkomst.registreraLista(aktor, "MANADSGRANSKNING", visade.personer(), false, "utbetalningar " + manad);
            audit.registrera(NyAuditHandelse.av(aktor, "MANADSGRANSKNING", "utbetalning", manad, null,
                    "rader=" + rader.size() + "; utanAttest=" + utan));
            List<Utbetalningsrad> visadeRader = new java.util.ArrayList<>();
            for (int i = 0; i < rader.size(); i++) {
                visadeRader.add(rader.get(i).medMottagare(visade.poster().get(i)));
            }
            return new Manadsgranskning(manad, visadeRader, flaggor, utan);
        });
    }

    /** Lists that wait for this user: to review/sign (signers) or to export (ekonomi). */
    public int antalVantande(Aktor aktor) {
        return tx.iTransaktion(() -> (int) repo.listor().stream().filter(l -> {
            if (aktor.har(Behorighet.UTBETALNINGSLISTA_SIGNERA) && !l.status().last()) {
                return true;
            }
            if (aktor.har(Behorighet.UTBETALNINGSLISTA_SIGNERA) && l.status() == Utbetalningslista.Status.SIGNERAD_1) {
                return l.signaturAv(aktor.id()).isEmpty();
            }
            return aktor.har(Behorighet.UTBETALNING_EXPORTERA) && l.status() == Utbetalningslista.Status.SIGNERAD_2;
        }).count());
    }

    private Listvy vy(Utbetalningslista l, Aktor aktor) {
        Riskbedomning risk = riskunderlag.hamta();
        Map<Long, EnumSet<Riskflagga>> f = new HashMap<>();
        for (Utbetalningsrad r : l.rader()) {
            f.put(r.id(), flaggorFor(risk, r));
        }
        return new Listvy(l, f, Signeringsregler.lage(l, regelFor(l), anvandare.alla(), aktor));
    }

    /** The list's signing rule: that of its first signature, else the version in force now. */
    private Signeringsregel regelFor(Utbetalningslista l) {
        return l.signeringsregelId().flatMap(signeringsregler::hitta)
                .or(() -> Signeringsregel.gallande(signeringsregler.alla()))
                .orElseThrow(() -> new DomainException("utbetalning.ingenSigneringsregel"));
    }

    private static EnumSet<Riskflagga> flaggorFor(Riskbedomning risk, Utbetalningsrad r) {
        return r.beslut().flaggor(risk, r.mottagare());
    }

    private Utbetalningslista hamta(long id) {
        return repo.hitta(id).orElseThrow(() -> new DomainException("utbetalning.listaFinnsInte", id));
    }

    private static Utbetalningsrad rad(Utbetalningslista l, long radId) {
        return l.rader().stream().filter(r -> r.id() == radId).findFirst()
                .orElseThrow(() -> new DomainException("utbetalning.radFinnsInte", radId));
    }

    private static void kravLasratt(Aktor aktor) {
        if (!aktor.har(Behorighet.UTBETALNING_EXPORTERA) && !aktor.har(Behorighet.MANADSGRANSKNING)) {
            aktor.krav(Behorighet.UTBETALNINGSLISTA_SIGNERA);
        }
    }
}
