package se.bistand.app.beslut;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
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
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.Beslutsforslag;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.beslut.LivsforingTyp;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;

/**
 * The decision form under the calculator: outcome, applied amount, motivering, lagrum,
 * barnkonsekvensanalys and livsföring i övrigt items. {@link #fatta()} sends the calculator's
 * current inputs — never an amount — to {@code BeslutService.fatta} in the background; the
 * decision's amount is what the service calculates from them. Errors go to the field
 * ({@code motivering}, {@code livsforing[0].motivering} …) or the banner.
 */
public final class BeslutForm {

    /** One livsföring i övrigt line as typed. */
    public static final class LivsforingRad {
        public final ObjectProperty<LivsforingTyp> typ = new SimpleObjectProperty<>(LivsforingTyp.TANDVARD);
        public final StringProperty beskrivning = new SimpleStringProperty("");
        public final StringProperty sokt = new SimpleStringProperty("");
        public final ObjectProperty<Beslutsutfall> utfall = new SimpleObjectProperty<>(Beslutsutfall.BIFALL);
        public final StringProperty beviljat = new SimpleStringProperty("");
        public final StringProperty motivering = new SimpleStringProperty("");
    }

    public static final String STANDARDLAGRUM = "4 kap. 1 § socialtjänstlagen (2001:453)";

    private final Session session;
    private final ArendeId arende;
    private final Supplier<Optional<BerakningsUnderlag>> underlag;
    private final Runnable efterSpara;

    public final ObjectProperty<Beslutsutfall> utfall = new SimpleObjectProperty<>(Beslutsutfall.BIFALL);
    public final StringProperty soktBelopp = new SimpleStringProperty("");
    public final StringProperty motivering = new SimpleStringProperty("");
    public final StringProperty lagrum = new SimpleStringProperty(STANDARDLAGRUM);
    public final StringProperty barnkonsekvensanalys = new SimpleStringProperty("");
    private final ObservableList<LivsforingRad> livsforing = FXCollections.observableArrayList(
            r -> new Observable[] {r.typ, r.sokt, r.utfall, r.beviljat, r.motivering});
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BeslutMedBerakning> sparat = new ReadOnlyObjectWrapper<>();

    public BeslutForm(Session session, ArendeId arende, Supplier<Optional<BerakningsUnderlag>> underlag,
            Runnable efterSpara) {
        this.session = session;
        this.arende = arende;
        this.underlag = underlag;
        this.efterSpara = efterSpara;
    }

    public LivsforingRad nyLivsforing() {
        LivsforingRad r = new LivsforingRad();
        livsforing.add(r);
        return r;
    }

    /** Saves the decision (background); on success {@link #sparatProperty()} holds it as stored. */
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
        Beslutsforslag forslag = new Beslutsforslag(arende, u.get(), utfall.get(), sokt, motivering.get(), lagrum.get(),
                barnkonsekvensanalys.get(), poster);
        session.runner().kor(() -> session.ctx().beslutService().fatta(session.aktor(), forslag), b -> {
            sparat.set(b);
            meddelande.set(Meddelanden.t("beslutsvy.sparat", b.beslut().id(), b.beslut().total().format()));
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

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BeslutMedBerakning> sparatProperty() {
        return sparat.getReadOnlyProperty();
    }
}
