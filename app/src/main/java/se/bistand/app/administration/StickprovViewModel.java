package se.bistand.app.administration;

import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.app.ui.Format;
import se.bistand.app.utbetalning.UtbetalningarViewModel;
import se.bistand.domain.behorighet.AnvandarService;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.utbetalning.StickprovService;
import se.bistand.domain.utbetalning.Stickprovsforslag;

/**
 * The Stickprov tab: the review sample rule in force, a proposed change (share and amount) and a
 * second person's confirmation or rejection. The domain ({@code StickprovService}) enforces the
 * permissions and the second person; this only shows the refusal.
 */
public final class StickprovViewModel {

    private final Session session;
    private final StickprovService stickprovService;
    private final AnvandarService anvandarService;
    private final ObjectProperty<StickprovService.Lage> lage = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper gallande = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper forslag = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    final StringProperty procent = new SimpleStringProperty("");
    final StringProperty grans = new SimpleStringProperty("");

    public StickprovViewModel(Session session, StickprovService stickprovService, AnvandarService anvandarService) {
        this.session = session;
        this.stickprovService = stickprovService;
        this.anvandarService = anvandarService;
    }

    private record Laddat(StickprovService.Lage lage, Map<AnvandareId, String> namn) {
    }

    /** Reads the rule and any proposal; the form starts from the rule in force. */
    public void ladda() {
        session.runner().kor(() -> new Laddat(stickprovService.lage(session.aktor()),
                anvandarService.visningsnamn()), l -> {
            lage.set(l.lage());
            gallande.set(Meddelanden.t("stickprov.gallande", UtbetalningarViewModel.stickprovsregel(l.lage().gallande())));
            forslag.set(l.lage().forslag().map(f -> Meddelanden.t("stickprov.forslag",
                    UtbetalningarViewModel.stickprovsregel(f.regel()),
                    l.namn().getOrDefault(f.foreslagenAv(), "#" + f.foreslagenAv()), Format.tid(f.foreslagen())))
                    .orElse(Meddelanden.t("stickprov.ingetVantande")));
            procent.set(Integer.toString(l.lage().gallande().procent()));
            grans.set(l.lage().gallande().grans().formatNumber());
        }, this::fel);
    }

    public boolean kanForesla() {
        return session.aktor().har(Behorighet.MASTERDATA_ADMINISTRERA);
    }

    public boolean kanBekrafta() {
        return session.aktor().har(Behorighet.STICKPROVSREGEL_BEKRAFTA);
    }

    public void foresla() {
        faltfel.clear();
        meddelande.set("");
        String p = procent.get();
        String g = grans.get();
        session.runner().kor(() -> stickprovService.foresla(session.aktor(), p, g), f -> {
            meddelande.set(Meddelanden.t("stickprov.foreslagen"));
            ladda();
        }, this::fel);
    }

    public void bekrafta() {
        avgor(true);
    }

    public void avvisa() {
        avgor(false);
    }

    private void avgor(boolean bekrafta) {
        Optional<Stickprovsforslag> sett = lage.get() == null ? Optional.empty() : lage.get().forslag();
        if (sett.isEmpty()) {
            return;
        }
        meddelande.set("");
        session.runner().kor(() -> {
            if (bekrafta) {
                stickprovService.bekrafta(session.aktor(), sett.get());
            } else {
                stickprovService.avvisa(session.aktor(), sett.get());
            }
            return sett.get();
        }, f -> {
            meddelande.set(bekrafta ? Meddelanden.t("stickprov.bekraftad", UtbetalningarViewModel.stickprovsregel(f.regel()))
                    : Meddelanden.t("stickprov.avvisad"));
            ladda();
        }, this::fel);
    }

    private void fel(Throwable t) {
        if (!Meddelanden.vidFalt(t, faltfel)) {
            meddelande.set(Felvisning.text(t));
        }
    }

    public ObjectProperty<StickprovService.Lage> lageProperty() {
        return lage;
    }

    public ReadOnlyStringProperty gallandeProperty() {
        return gallande.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty forslagProperty() {
        return forslag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }
}
