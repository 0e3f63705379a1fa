package se.bistand.app.avvikelse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import se.bistand.domain.avvikelse.Synpunkt;
import se.bistand.domain.avvikelse.SynpunktService;

/** Synpunkter och klagomål: register one, and (for the handlers) answer and close. */
public final class SynpunkterViewModel {

    private final Session session;
    private final SynpunktService synpunktService;
    private final Clock klocka;
    private final SynpunktService service;
    private final Runnable efterAndring;
    private final ObservableList<Synpunkt> synpunkter = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Synpunkt> vald = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper kanHantera = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();

    final ObjectProperty<Synpunkt.Typ> typ = new SimpleObjectProperty<>(Synpunkt.Typ.SYNPUNKT);
    final ObjectProperty<Synpunkt.Kanal> kanal = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> inkom = new SimpleObjectProperty<>();
    final StringProperty innehall = new SimpleStringProperty("");
    final StringProperty svar = new SimpleStringProperty("");

    public SynpunkterViewModel(Session session, SynpunktService synpunktService, Clock klocka, Runnable efterAndring) {
        this.session = session;
        this.synpunktService = synpunktService;
        this.klocka = klocka;
        this.service = synpunktService;
        this.efterAndring = efterAndring;
        inkom.set(LocalDate.now(klocka));
    }

    public void ladda() {
        session.runner().kor(() -> service.kanHantera(session.aktor()), kanHantera::set, this::fel);
        session.runner().kor(() -> service.lista(session.aktor()), lista -> {
            synpunkter.setAll(lista);
            Synpunkt v = vald.get();
            vald.set(v == null ? null : lista.stream().filter(s -> s.id() == v.id()).findFirst().orElse(null));
        }, this::fel);
    }

    public void valj(Synpunkt s) {
        faltfel.clear();
        vald.set(s);
        svar.set(s == null || s.svar() == null ? "" : s.svar());
    }

    public void registrera() {
        Synpunkt.Typ t = typ.get();
        Synpunkt.Kanal k = kanal.get();
        LocalDate d = inkom.get();
        String text = innehall.get();
        kor(() -> service.registrera(session.aktor(), t, k, d, text, Optional.empty()), s -> {
            innehall.set("");
            kanal.set(null);
            meddelande.set(Meddelanden.t("synpunkt.registrerad", s.id()));
        });
    }

    public void besvara() {
        Synpunkt s = vald.get();
        String text = svar.get();
        kor(() -> service.besvara(session.aktor(), s.id(), s.version(), text),
                ny -> meddelande.set(Meddelanden.t("synpunkt.besvarad", ny.id())));
    }

    public void avsluta() {
        Synpunkt s = vald.get();
        kor(() -> service.avsluta(session.aktor(), s.id(), s.version()),
                ny -> meddelande.set(Meddelanden.t("synpunkt.avslutad", ny.id())));
    }

    private void kor(Callable<Synpunkt> arbete, java.util.function.Consumer<Synpunkt> klar) {
        faltfel.clear();
        meddelande.set("");
        session.runner().kor(arbete, s -> {
            klar.accept(s);
            if (vald.get() != null && vald.get().id() == s.id()) {
                valj(s);
            }
            ladda();
            efterAndring.run();
        }, this::fel);
    }

    private void fel(Throwable t) {
        Felvisning.visa(t, faltfel, meddelande::set);
    }

    public ObservableList<Synpunkt> synpunkter() {
        return synpunkter;
    }

    public ReadOnlyObjectProperty<Synpunkt> valdProperty() {
        return vald.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty kanHanteraProperty() {
        return kanHantera.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }
}
