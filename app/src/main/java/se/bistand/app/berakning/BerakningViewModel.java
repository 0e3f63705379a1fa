package se.bistand.app.berakning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.berakning.BerakningsDiff;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Berakningsmotor;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Inkomst;
import se.bistand.domain.berakning.Inkomsttyp;
import se.bistand.domain.berakning.JobbstimulansBedomning;
import se.bistand.domain.berakning.Kostnad;
import se.bistand.domain.berakning.Kostnadstyp;
import se.bistand.domain.berakning.NormJustering;
import se.bistand.domain.berakning.Normtabell;
import se.bistand.domain.berakning.PrisbasbeloppTabell;
import se.bistand.domain.berakning.Roll;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;

/**
 * The calculator of one case and month (the Beräkning tab). The household comes from the case
 * for the month (ages in that month); norm lines are automatic; costs and incomes are lines the
 * handläggare types. Every change recalculates at once on the FX thread — the pure domain
 * calculator ({@link Berakningsmotor}), about 2 µs — while the norm table, the household, the
 * payment history (jobbstimulans), last month's decision and this month's decision in force are
 * loaded in the background. A month already decided opens with its decision (lines and form):
 * saving then changes that decision instead of making a second one for the month.
 * Bad input gets a Swedish message under its field (key = the exchange format's path, e.g.
 * {@code costs[0].amount}) and no result, so nothing can be saved.
 */
public final class BerakningViewModel {

    /** Where the household of a case and month comes from (the case workspace). */
    public interface Hushallskalla {
        Hushallsuppgift hamta(Aktor aktor, ArendeId arende, YearMonth manad);
    }

    /** The case's members for a month and how many live in the household in all. */
    public record Hushallsuppgift(List<Medlem> medlemmar, int personerIHushallet) {
    }

    /** A member of the case as the calculator needs it. */
    public record Medlem(String namn, Roll roll, LocalDate fodelsedatum) {
    }

    /** One member's line: the automatic norm plus the member's own inputs. */
    public static final class MedlemRad {
        private final Medlem medlem;
        public final BooleanProperty lunchBorta = new SimpleBooleanProperty(false);
        public final StringProperty arbetsinkomstTidigare = new SimpleStringProperty("");
        public final ObjectProperty<NormJustering.Riktning> justering = new SimpleObjectProperty<>();
        public final StringProperty justeringBelopp = new SimpleStringProperty("");
        public final StringProperty justeringSkal = new SimpleStringProperty("");

        MedlemRad(Medlem medlem) {
            this.medlem = medlem;
        }

        public Medlem medlem() {
            return medlem;
        }
    }

    /** A skälig kostnad line. */
    public static final class KostnadRad {
        public final ObjectProperty<Kostnadstyp> typ = new SimpleObjectProperty<>(Kostnadstyp.BOENDE);
        public final StringProperty belopp = new SimpleStringProperty("");
    }

    /** An income line of one member. */
    public static final class InkomstRad {
        public final SimpleIntegerProperty medlem = new SimpleIntegerProperty(0);
        public final ObjectProperty<Inkomsttyp> typ = new SimpleObjectProperty<>(Inkomsttyp.LON);
        public final StringProperty belopp = new SimpleStringProperty("");
    }

    private final Session session;
    private final Clock klocka;
    private final Berakningstjanst berakningstjanst;
    private final BeslutService beslutService;
    private final ArendeId arende;
    private final Hushallskalla hushallskalla;
    private final PrisbasbeloppTabell prisbasbelopp;

    private final ObjectProperty<YearMonth> manad;
    private final ObservableList<MedlemRad> medlemmar = FXCollections.observableArrayList(
            m -> new Observable[] {m.lunchBorta, m.arbetsinkomstTidigare, m.justering, m.justeringBelopp, m.justeringSkal});
    private final ObservableList<KostnadRad> kostnader = FXCollections.observableArrayList(
            k -> new Observable[] {k.typ, k.belopp});
    private final ObservableList<InkomstRad> inkomster = FXCollections.observableArrayList(
            i -> new Observable[] {i.medlem, i.typ, i.belopp});
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<BerakningsResultat> resultat = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper jobbstimulansText = new ReadOnlyStringWrapper("");
    private final ObservableList<Berakningsspecifikation.Rad> specifikation = FXCollections.observableArrayList();
    private final ObservableList<String> skillnader = FXCollections.observableArrayList();
    private final BooleanProperty laddar = new SimpleBooleanProperty(false);
    private final BeslutForm beslut;

    private int personerIHushallet;
    private Optional<Normtabell> normtabell = Optional.empty();
    private Optional<JobbstimulansBedomning> jobbstimulans = Optional.empty();
    private Optional<BeslutMedBerakning> forraManaden = Optional.empty();
    private long laddning;

    public BerakningViewModel(Session session, Berakningstjanst berakningstjanst,
                              BeslutForm.Beslutstjanster beslutstjanster, ArendeId arende, Hushallskalla hushallskalla,
                              PrisbasbeloppTabell prisbasbelopp) {
        this.session = session;
        this.klocka = beslutstjanster.klocka();
        this.berakningstjanst = berakningstjanst;
        this.beslutService = beslutstjanster.beslut();
        this.arende = arende;
        this.hushallskalla = hushallskalla;
        this.prisbasbelopp = prisbasbelopp;
        this.manad = new SimpleObjectProperty<>(YearMonth.now(klocka));
        this.beslut = new BeslutForm(session, beslutstjanster, arende, this::underlag, this::ladda);
        medlemmar.addListener((javafx.collections.ListChangeListener<MedlemRad>) c -> berakna());
        kostnader.addListener((javafx.collections.ListChangeListener<KostnadRad>) c -> berakna());
        inkomster.addListener((javafx.collections.ListChangeListener<InkomstRad>) c -> berakna());
        manad.addListener((o, a, b) -> ladda());
    }

    /** Loads (in the background) the household, norm table, payment history and last month's decision. */
    public void ladda() {
        YearMonth m = manad.get();
        Aktor aktor = session.aktor();
        long denna = ++laddning;
        laddar.set(true);
        beslut.laddaMottagare(m);
        session.runner().kor(() -> new Laddat(hushallskalla.hamta(aktor, arende, m),
                berakningstjanst.gallandeNormtabell(m.getYear()),
                beslutService.jobbstimulans(aktor, arende, m),
                beslutService.senasteFore(aktor, arende, m),
                beslutService.gallandeForManad(aktor, arende, m)), l -> {
                    if (denna != laddning) {
                        return;
                    }
                    laddar.set(false);
                    tillampa(m, l);
                }, t -> {
                    laddar.set(false);
                    meddelande.set(Felvisning.text(t));
                });
    }

    private record Laddat(Hushallsuppgift hushall, Optional<Normtabell> tabell, JobbstimulansBedomning jobbstimulans,
                          Optional<BeslutMedBerakning> forra, Optional<BeslutMedBerakning> manadens) {
    }

    private void tillampa(YearMonth m, Laddat l) {
        normtabell = l.tabell();
        jobbstimulans = Optional.of(l.jobbstimulans());
        forraManaden = l.forra();
        personerIHushallet = l.hushall().personerIHushallet();
        jobbstimulansText.set(l.jobbstimulans().berattigad()
                ? Berakningsspecifikation.jobbstimulanstext(l.jobbstimulans().gallerTom())
                : Meddelanden.t("berakningsvy.jobbstimulansEj", l.jobbstimulans().manaderIFoljd()));
        List<MedlemRad> rader = new ArrayList<>();
        for (Medlem medlem : l.hushall().medlemmar()) {
            MedlemRad ny = new MedlemRad(medlem);
            medlemmar.stream().filter(g -> g.medlem().equals(medlem)).findFirst().ifPresent(g -> {
                ny.lunchBorta.set(g.lunchBorta.get());
                ny.arbetsinkomstTidigare.set(g.arbetsinkomstTidigare.get());
                ny.justering.set(g.justering.get());
                ny.justeringBelopp.set(g.justeringBelopp.get());
                ny.justeringSkal.set(g.justeringSkal.get());
            });
            rader.add(ny);
        }
        medlemmar.setAll(rader);
        if (l.manadens().isPresent()) {
            fyllFran(l.manadens().get().beslut().berakning().underlag());
        }
        beslut.oppna(l.manadens());
        berakna();
    }

    /** Starts from last month's decision: its costs, incomes and member inputs, for this month. */
    public void kopieraForraManaden() {
        if (forraManaden.isEmpty()) {
            meddelande.set(Meddelanden.t("berakningsvy.ingenForraManad"));
            return;
        }
        fyllFran(forraManaden.get().beslut().berakning().underlag());
        meddelande.set(Meddelanden.t("berakningsvy.kopierad", forraManaden.get().beslut().manad().toString()));
    }

    /**
     * Fills the lines from a stored decision's calculation: its costs, incomes and member inputs
     * (members matched by role and birth date; an income of a member no longer in the household
     * is left out).
     */
    private void fyllFran(BerakningsUnderlag u) {
        List<Integer> index = new ArrayList<>();
        for (Hushallsmedlem tidigare : u.medlemmar()) {
            int i = -1;
            for (int j = 0; j < medlemmar.size(); j++) {
                Medlem m = medlemmar.get(j).medlem();
                if (m.roll() == tidigare.roll() && m.fodelsedatum().equals(tidigare.fodelsedatum())) {
                    i = j;
                }
            }
            index.add(i);
            if (i >= 0) {
                MedlemRad rad = medlemmar.get(i);
                rad.lunchBorta.set(tidigare.lunchBorta());
                rad.arbetsinkomstTidigare.set(tidigare.arbetsinkomstTidigareIAr().isZero() ? ""
                        : tidigare.arbetsinkomstTidigareIAr().formatNumber());
                rad.justering.set(tidigare.normJustering().map(NormJustering::riktning).orElse(null));
                rad.justeringBelopp.set(tidigare.normJustering().map(j -> j.belopp().formatNumber()).orElse(""));
                rad.justeringSkal.set(tidigare.normJustering().map(NormJustering::skal).orElse(""));
            }
        }
        List<KostnadRad> nyaKostnader = new ArrayList<>();
        for (Kostnad k : u.kostnader()) {
            KostnadRad r = new KostnadRad();
            r.typ.set(k.typ());
            r.belopp.set(k.belopp().formatNumber());
            nyaKostnader.add(r);
        }
        List<InkomstRad> nyaInkomster = new ArrayList<>();
        for (Inkomst i : u.inkomster()) {
            if (index.get(i.medlem()) >= 0) {
                InkomstRad r = new InkomstRad();
                r.medlem.set(index.get(i.medlem()));
                r.typ.set(i.typ());
                r.belopp.set(i.belopp().formatNumber());
                nyaInkomster.add(r);
            }
        }
        kostnader.setAll(nyaKostnader);
        inkomster.setAll(nyaInkomster);
    }

    public KostnadRad nyKostnad() {
        KostnadRad r = new KostnadRad();
        kostnader.add(r);
        return r;
    }

    public InkomstRad nyInkomst() {
        InkomstRad r = new InkomstRad();
        inkomster.add(r);
        return r;
    }

    /** Recalculates from the lines as they are now (pure, on the calling thread). */
    public void berakna() {
        faltfel.clear();
        Optional<BerakningsUnderlag> u = lasUnderlag();
        if (u.isEmpty()) {
            visa(null);
            return;
        }
        if (normtabell.isEmpty()) {
            meddelande.set(Meddelanden.t("berakning.normtabellSaknas", manad.get().getYear()));
            visa(null);
            return;
        }
        try {
            BerakningsResultat r = Berakningsmotor.berakna(u.get(), normtabell.get(), prisbasbelopp);
            meddelande.set("");
            visa(r);
        } catch (DomainException e) {
            if (e.falt().isPresent() && !e.falt().get().equals("month") && !e.falt().get().equals("members")) {
                faltfel.put(e.falt().get(), Meddelanden.text(e));
            } else {
                meddelande.set(Meddelanden.text(e));
            }
            visa(null);
        }
    }

    private void visa(BerakningsResultat r) {
        resultat.set(r);
        if (r == null) {
            specifikation.clear();
            skillnader.clear();
            return;
        }
        List<Roll> roller = medlemmar.stream().map(m -> m.medlem().roll()).toList();
        specifikation.setAll(Berakningsspecifikation.rader(r, roller,
                jobbstimulans.filter(JobbstimulansBedomning::berattigad).flatMap(JobbstimulansBedomning::gallerTom)));
        skillnader.setAll(forraManaden.map(f -> BerakningsDiff.skillnader(f.berakning(), r).stream()
                .map(s -> Meddelanden.t("berakningsvy.skillnad", posttext(s.post(), roller), s.fore().format(),
                        s.efter().format(), (s.andring().isNegative() ? "" : "+") + s.andring().format()))
                .toList()).orElse(List.of()));
    }

    /** The current, valid underlag (empty while any field is in error or nothing is loaded). */
    public Optional<BerakningsUnderlag> underlag() {
        return resultat.get() == null ? Optional.empty() : lasUnderlag();
    }

    private Optional<BerakningsUnderlag> lasUnderlag() {
        if (medlemmar.isEmpty()) {
            return Optional.empty();
        }
        boolean jobbstimulansGaller = jobbstimulans.map(JobbstimulansBedomning::berattigad).orElse(false);
        List<Hushallsmedlem> hm = new ArrayList<>();
        for (int i = 0; i < medlemmar.size(); i++) {
            MedlemRad m = medlemmar.get(i);
            String p = "members[" + i + "].";
            Money tidigare = belopp(m.arbetsinkomstTidigare.get(), p + "workIncomeEarlierThisYear", true);
            Optional<NormJustering> j = Optional.empty();
            if (m.justering.get() != null) {
                Money jb = belopp(m.justeringBelopp.get(), p + "normAdjustment.amount", false);
                if (m.justeringSkal.get() == null || m.justeringSkal.get().isBlank()) {
                    faltfel.put(p + "normAdjustment.reason", Meddelanden.t("berakning.justeringSkalSaknas"));
                }
                j = jb == null ? Optional.empty() : Optional.of(new NormJustering(m.justering.get(), jb, m.justeringSkal.get()));
            }
            hm.add(new Hushallsmedlem(m.medlem().roll(), m.medlem().fodelsedatum(),
                    m.lunchBorta.get() && m.medlem().roll() == Roll.BARN, tidigare == null ? Money.ZERO : tidigare, j));
        }
        List<Kostnad> k = new ArrayList<>();
        for (int i = 0; i < kostnader.size(); i++) {
            Money b = belopp(kostnader.get(i).belopp.get(), "costs[" + i + "].amount", false);
            if (b != null) {
                k.add(new Kostnad(kostnader.get(i).typ.get(), b));
            }
        }
        List<Inkomst> in = new ArrayList<>();
        for (int i = 0; i < inkomster.size(); i++) {
            InkomstRad r = inkomster.get(i);
            Money b = belopp(r.belopp.get(), "incomes[" + i + "].amount", false);
            if (b != null) {
                int medlem = r.medlem.get();
                boolean vuxen = medlem >= 0 && medlem < medlemmar.size() && medlemmar.get(medlem).medlem().roll() != Roll.BARN;
                in.add(new Inkomst(medlem, r.typ.get(), b, jobbstimulansGaller && vuxen && r.typ.get() == Inkomsttyp.LON));
            }
        }
        if (!faltfel.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt n = personerIHushallet > hm.size() ? OptionalInt.of(personerIHushallet) : OptionalInt.empty();
        return Optional.of(new BerakningsUnderlag(manad.get(), n, hm, k, in));
    }

    /** Parses an amount typed the Swedish way; records the error under {@code falt} and returns null. */
    private Money belopp(String text, String falt, boolean valfritt) {
        if (valfritt && (text == null || text.isBlank())) {
            return Money.ZERO;
        }
        try {
            return Money.parseNonNegative(text);
        } catch (DomainException e) {
            faltfel.put(falt, Meddelanden.text(e));
            return null;
        }
    }

    /** A BerakningsDiff key in Swedish ("Boende (hyra)", "Lön (netto), sökande", "Summa norm" …). */
    static String posttext(String post, List<Roll> roller) {
        if (post.startsWith("kostnad.")) {
            return Meddelanden.t("kostnadstyp." + post.substring("kostnad.".length()));
        }
        if (post.startsWith("inkomst[")) {
            int slut = post.indexOf(']');
            int medlem = Integer.parseInt(post.substring("inkomst[".length(), slut));
            return Meddelanden.t("spec.inkomst", Meddelanden.t("inkomsttyp." + post.substring(slut + 2)),
                    Berakningsspecifikation.medlem(medlem, roller));
        }
        if (post.startsWith("norm.")) {
            return Meddelanden.t("berakningsvy.diff.normrad", post.substring("norm.".length()));
        }
        return Meddelanden.tFor("berakningsvy.diff.", post);
    }

    public ObjectProperty<YearMonth> manadProperty() {
        return manad;
    }

    public ObservableList<MedlemRad> medlemmar() {
        return medlemmar;
    }

    public ObservableList<KostnadRad> kostnader() {
        return kostnader;
    }

    public ObservableList<InkomstRad> inkomster() {
        return inkomster;
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyObjectProperty<BerakningsResultat> resultatProperty() {
        return resultat.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jobbstimulansTextProperty() {
        return jobbstimulansText.getReadOnlyProperty();
    }

    public ObservableList<Berakningsspecifikation.Rad> specifikation() {
        return specifikation;
    }

    public ObservableList<String> skillnader() {
        return skillnader;
    }

    public BooleanProperty laddarProperty() {
        return laddar;
    }

    public boolean harForraManaden() {
        return forraManaden.isPresent();
    }

    public BeslutForm beslut() {
        return beslut;
    }

    public ArendeId arende() {
        return arende;
    }

    /** Age of a member in completed years on the month's first day. */
    public int alder(MedlemRad m) {
        return Berakningsmotor.alder(m.medlem().fodelsedatum(), manad.get().atDay(1));
    }
}
