package se.bistand.app.berakning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.attest.BeslutTillAttest;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.beslut.Beslutsforslag;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.Lagrum;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.beslut.LivsforingTyp;
import se.bistand.domain.beslut.Utbetalningsuppgift;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.utbetalning.Bankdagar;

/**
 * The decision form under the calculator: outcome, applied amount, motivering, lagrum,
 * barnkonsekvensanalys, livsföring i övrigt items (alone, when the outcome is "endast livsföring i
 * övrigt"), and for a decision that pays the recipient
 * (one of the case's approved recipients) and the payment date (the next bank day by default). {@link #fatta()} sends the calculator's
 * current inputs — never an amount — to {@code BeslutService.fatta} in the background; the
 * decision's amount is what the service calculates from them, and a paying decision goes to
 * attest (or, above the maker's delegation, becomes a proposal) in the same transaction. Errors go to the field
 * ({@code motivering}, {@code livsforing[0].motivering} …) or the banner.
 */
public final class BeslutForm {

    /** One livsföring i övrigt line as typed. */
    public static final class LivsforingRad {
        public final ObjectProperty<LivsforingTyp> typ = new SimpleObjectProperty<>(LivsforingTyp.TANDVARD);
        public final StringProperty beskrivning = new SimpleStringProperty("");
        public final StringProperty sokt = new SimpleStringProperty("");
        /**
     * The outcome of the monthly försörjningsstöd, or {@link Beslutsutfall#EJ_PROVAT} for a decision
     * on livsföring i övrigt alone (then the applied amount is cleared and cannot be typed).
     */
    public final ObjectProperty<Beslutsutfall> utfall = new SimpleObjectProperty<>(Beslutsutfall.BIFALL);
    private final BooleanBinding provarForsorjningsstod = Bindings.createBooleanBinding(
            () -> utfall.get() == null || utfall.get().provarForsorjningsstod(), utfall);
        public final StringProperty beviljat = new SimpleStringProperty("");
        public final StringProperty motivering = new SimpleStringProperty("");
    }

    public static final String STANDARDLAGRUM = Lagrum.FORSORJNINGSSTOD;

    /** The services the form uses: deciding, the case's recipients, and the attest it hands to. */
    public record Beslutstjanster(Clock klocka, BeslutService beslut, AttestService attest,
                                  BeslutTillAttest tillAttest) {
    }

    private final Session session;
    private final Beslutstjanster tjanster;
    private final ArendeId arende;
    private final Supplier<Optional<BerakningsUnderlag>> underlag;
    private final Runnable efterSpara;

    /**
     * The outcome of the monthly försörjningsstöd, or {@link Beslutsutfall#EJ_PROVAT} for a decision
     * on livsföring i övrigt alone (then the applied amount is cleared and cannot be typed).
     */
    public final ObjectProperty<Beslutsutfall> utfall = new SimpleObjectProperty<>(Beslutsutfall.BIFALL);
    private final BooleanBinding provarForsorjningsstod = Bindings.createBooleanBinding(
            () -> utfall.get() == null || utfall.get().provarForsorjningsstod(), utfall);
    public final StringProperty soktBelopp = new SimpleStringProperty("");
    public final StringProperty motivering = new SimpleStringProperty("");
    public final StringProperty lagrum = new SimpleStringProperty(STANDARDLAGRUM);
    public final StringProperty barnkonsekvensanalys = new SimpleStringProperty("");
    /** The approved recipient the amount is paid to (one of {@link #mottagarval()}). */
    public final ObjectProperty<Betalningsmottagare> mottagare = new SimpleObjectProperty<>();
    /** The payment date: the next bank day unless changed. */
    public final ObjectProperty<LocalDate> betalningsdatum = new SimpleObjectProperty<>();
    private final ObservableList<Betalningsmottagare> mottagarval = FXCollections.observableArrayList();
    private final ObservableList<LivsforingRad> livsforing = FXCollections.observableArrayList(
            r -> new Observable[] {r.typ, r.sokt, r.utfall, r.beviljat, r.motivering});
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BeslutMedBerakning> sparat = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BeslutMedBerakning> gallande = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper gallandeText = new ReadOnlyStringWrapper("");

    public BeslutForm(Session session, Beslutstjanster tjanster, ArendeId arende,
                      Supplier<Optional<BerakningsUnderlag>> underlag, Runnable efterSpara) {
        this.session = session;
        this.tjanster = tjanster;
        this.arende = arende;
        this.underlag = underlag;
        this.efterSpara = efterSpara;
        this.betalningsdatum.set(Bankdagar.nasta(LocalDate.now(tjanster.klocka())));
        provarForsorjningsstod.addListener((o, fore, provar) -> {
            if (!provar) {
                soktBelopp.set("");
            }
        });
    }

    /** False while the outcome is "endast livsföring i övrigt": försörjningsstöd is not tried. */
    public BooleanBinding provarForsorjningsstodProperty() {
        return provarForsorjningsstod;
    }

    /**
     * Loads (in the background) the case's approved recipients for {@code manad} (household
     * members, then approved organisations such as the landlord) and selects the only household
     * member's recipient, or keeps the chosen one if it is still among them.
     */
    public void laddaMottagare(YearMonth manad) {
        session.runner().kor(() -> tjanster.tillAttest().mottagare(session.aktor(), arende, manad), lista -> {
            Betalningsmottagare vald = mottagare.get();
            mottagarval.setAll(lista);
            if (vald == null || lista.stream().noneMatch(m -> m.id() == vald.id())) {
                List<Betalningsmottagare> personer = lista.stream().filter(Betalningsmottagare::arPerson).toList();
                mottagare.set(personer.size() == 1 ? personer.get(0) : null);
            }
        }, t -> meddelande.set(Felvisning.text(t)));
    }

    public LivsforingRad nyLivsforing() {
        LivsforingRad r = new LivsforingRad();
        livsforing.add(r);
        faltfel.remove("livsforing"); // "at least one need" is answered
        return r;
    }

    /**
     * Opens the month's decision in force (the calculator found one for the month): the form shows
     * its outcome, texts and livsföring items, and saving makes a change of it
     * ({@code BeslutService.andra}) — never a second decision for the month. With none, a form that
     * showed another month's decision is cleared.
     */
    public void oppna(Optional<BeslutMedBerakning> manadens) {
        BeslutMedBerakning fore = gallande.get();
        gallande.set(manadens.orElse(null));
        faltfel.clear();
        if (manadens.isEmpty()) {
            gallandeText.set("");
            if (fore != null) {
                utfall.set(Beslutsutfall.BIFALL);
                soktBelopp.set("");
                motivering.set("");
                lagrum.set(STANDARDLAGRUM);
                barnkonsekvensanalys.set("");
                livsforing.clear();
            }
            return;
        }
        se.bistand.domain.beslut.Beslut b = manadens.get().beslut();
        utfall.set(b.utfall());
        soktBelopp.set(b.soktBelopp().map(Money::formatNumber).orElse(""));
        motivering.set(b.motivering());
        lagrum.set(b.lagrum());
        barnkonsekvensanalys.set(b.barnkonsekvensanalys());
        List<LivsforingRad> rader = new ArrayList<>();
        for (LivsforingPost p : b.livsforing()) {
            LivsforingRad r = new LivsforingRad();
            r.typ.set(p.typ());
            r.beskrivning.set(p.beskrivning());
            r.sokt.set(p.soktBelopp().formatNumber());
            r.utfall.set(p.utfall());
            r.beviljat.set(p.beviljatBelopp().formatNumber());
            r.motivering.set(p.motivering());
            rader.add(r);
        }
        livsforing.setAll(rader);
        gallandeText.set(Meddelanden.t("beslutsvy.gallandeBeslut", b.id(), b.manad().toString(),
                Meddelanden.tFor("beslut.utfall.", b.utfall().name()), b.total().format()));
    }

    /**
     * Saves the decision (background): a new one, or — when the month already has one in force
     * ({@link #gallandeProperty()}) — a change of it. On success {@link #sparatProperty()} holds it
     * as stored.
     */
    public void fatta() {
        faltfel.clear();
        meddelande.set("");
        Optional<BerakningsUnderlag> u = underlag.get();
        if (u.isEmpty()) {
            meddelande.set(Meddelanden.t("beslutsvy.raettaBerakningen"));
            return;
        }
        Optional<Money> sokt = Optional.empty();
        if (!soktBelopp.get().isBlank()) {
            sokt = Optional.ofNullable(belopp(soktBelopp.get(), "soktBelopp"));
        }
        List<LivsforingPost> poster = new ArrayList<>();
        for (int i = 0; i < livsforing.size(); i++) {
            LivsforingRad r = livsforing.get(i);
            Money s = belopp(r.sokt.get(), "livsforing[" + i + "].soktBelopp");
            Money b = r.utfall.get() == Beslutsutfall.AVSLAG && r.beviljat.get().isBlank() ? Money.ZERO
                    : belopp(r.beviljat.get(), "livsforing[" + i + "].beviljatBelopp");
            if (s != null && b != null) {
                poster.add(new LivsforingPost(r.typ.get(), r.beskrivning.get(), s, r.utfall.get(), b, r.motivering.get()));
            }
        }
        if (!faltfel.isEmpty()) {
            return;
        }
        Optional<Utbetalningsuppgift> utbetalning = Optional.empty();
        if (mottagare.get() != null && betalningsdatum.get() != null) {
            utbetalning = Optional.of(new Utbetalningsuppgift(mottagare.get().id(), betalningsdatum.get()));
        }
        Beslutsforslag forslag = new Beslutsforslag(arende, u.get(), utfall.get(), sokt, motivering.get(), lagrum.get(),
                barnkonsekvensanalys.get(), poster, utbetalning);
        Optional<BeslutMedBerakning> andras = Optional.ofNullable(gallande.get());
        session.runner().kor(() -> {
            BeslutMedBerakning b = andras.isPresent()
                    ? tjanster.beslut().andra(session.aktor(), andras.get().beslut().id(), forslag)
                    : tjanster.beslut().fatta(session.aktor(), forslag);
            return new Sparat(b, tjanster.attest().mina(session.aktor()).stream()
                    .filter(p -> p.beslut().beslutId() == b.beslut().id().varde()).findFirst());
        }, s -> {
            BeslutMedBerakning b = s.beslut();
            sparat.set(b);
            meddelande.set(Meddelanden.t("beslutsvy.sparat", b.beslut().id(), b.beslut().total().format())
                    + s.attest().map(BeslutForm::attesttext).orElse(""));
            motivering.set("");
            livsforing.clear();
            efterSpara.run();
        }, t -> {
            if (t instanceof DomainException de && de.falt().isPresent()) {
                faltfel.put(de.falt().get(), Meddelanden.text(de));
            } else {
                meddelande.set(Felvisning.text(t));
            }
        });
    }

    /** A saved decision and, when it pays, how it was handed to attest. */
    private record Sparat(BeslutMedBerakning beslut, Optional<AttestService.Post> attest) {
    }

    /** Where the saved decision went: to attest, or as a proposal with the delegation's reason. */
    private static String attesttext(AttestService.Post p) {
        AttestBeslut a = p.beslut();
        if (a.status() != AttestBeslut.Status.FORSLAG) {
            return " " + Meddelanden.t("beslutsvy.tillAttest", a.betalningsdatum().toString());
        }
        return " " + p.delegation().map(d -> Meddelanden.tOversatt(d.orsakNyckel(), d.orsakArgument()) + " "
                        + Meddelanden.t("beslutsvy.forslagBetalningsdag", a.betalningsdatum().toString()))
                .orElseGet(() -> Meddelanden.t("beslutsvy.tillForslag", a.betalningsdatum().toString()));
    }

    private Money belopp(String text, String falt) {
        try {
            return Money.parseNonNegative(text);
        } catch (DomainException e) {
            faltfel.put(falt, Meddelanden.text(e));
            return null;
        }
    }

    public ObservableList<LivsforingRad> livsforing() {
        return livsforing;
    }

    public ObservableList<Betalningsmottagare> mottagarval() {
        return mottagarval;
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BeslutMedBerakning> sparatProperty() {
        return sparat.getReadOnlyProperty();
    }

    /** The month's decision in force that saving changes; null when saving makes a new decision. */
    public ReadOnlyObjectProperty<BeslutMedBerakning> gallandeProperty() {
        return gallande.getReadOnlyProperty();
    }

    /** "Beslut nr 12 gäller redan för 2026-11 …" while a decision in force is open; empty otherwise. */
    public ReadOnlyStringProperty gallandeTextProperty() {
        return gallandeText.getReadOnlyProperty();
    }
}
