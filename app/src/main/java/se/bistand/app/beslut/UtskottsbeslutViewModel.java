package se.bistand.app.beslut;

import java.time.LocalDate;
import java.util.function.Consumer;
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
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.Utskottsbeslut;

/**
 * Registering the socialutskott's decision on a proposal above every delegation limit (decision
 * 0022): sammanträdesdag, paragraph and outcome; the domain checks them and its field errors are
 * shown at the fields.
 */
public final class UtskottsbeslutViewModel {

    private final Session session;
    private final Registrering registrering;
    final ObjectProperty<LocalDate> sammantrade = new SimpleObjectProperty<>();
    final StringProperty paragraf = new SimpleStringProperty("");
    final ObjectProperty<Utskottsbeslut.Utfall> utfall = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");

    /** Registers it in the domain ({@code BeslutService::registreraUtskottsbeslut}). */
    @FunctionalInterface
    public interface Registrering {
        BeslutMedBerakning registrera(se.bistand.domain.behorighet.Aktor aktor, BeslutId beslut, LocalDate sammantrade,
                                      String paragraf, Utskottsbeslut.Utfall utfall);
    }

    public UtskottsbeslutViewModel(Session session, Registrering registrering) {
        this.session = session;
        this.registrering = registrering;
    }

    /** Whether I may register the utskott's decisions (enhetschef, avdelningschef). */
    public boolean kanRegistrera() {
        return session.aktor().har(Behorighet.UTSKOTTSBESLUT_REGISTRERA);
    }

    /** Registers it (background); {@code klart} gets the decision as stored, on the FX thread. */
    public void registrera(BeslutId beslut, Consumer<BeslutMedBerakning> klart) {
        faltfel.clear();
        fel.set("");
        LocalDate dag = sammantrade.get();
        String p = paragraf.get();
        Utskottsbeslut.Utfall u = utfall.get();
        session.runner().kor(() -> registrering.registrera(session.aktor(), beslut, dag, p, u), b -> {
                    sammantrade.set(null);
                    paragraf.set("");
                    utfall.set(null);
                    klart.accept(b);
                }, t -> {
                    if (!Meddelanden.vidFalt(t, faltfel)) {
                        fel.set(Felvisning.text(t));
                    }
                });
    }

    public ObjectProperty<LocalDate> sammantradeProperty() {
        return sammantrade;
    }

    public StringProperty paragrafProperty() {
        return paragraf;
    }

    public ObjectProperty<Utskottsbeslut.Utfall> utfallProperty() {
        return utfall;
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }
}
