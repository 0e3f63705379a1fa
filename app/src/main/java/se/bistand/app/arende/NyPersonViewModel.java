package se.bistand.app.arende;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.arende.Adress;
import se.bistand.domain.arende.NyPerson;
import se.bistand.domain.arende.Nyregistrering;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;

/** Registers a new person and aktualiserar a case for them in one go. */
public final class NyPersonViewModel {

    private final Session session;
    private final Nyregistrering nyregistrering;
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");

    public final StringProperty personnummer = new SimpleStringProperty("");
    public final BooleanProperty reservnummer = new SimpleBooleanProperty(false);
    public final StringProperty reservSkal = new SimpleStringProperty("");
    public final StringProperty fodelsedatum = new SimpleStringProperty("");
    public final StringProperty fornamn = new SimpleStringProperty("");
    public final StringProperty efternamn = new SimpleStringProperty("");
    public final StringProperty gatuadress = new SimpleStringProperty("");
    public final StringProperty postnummer = new SimpleStringProperty("");
    public final StringProperty ort = new SimpleStringProperty("");
    public final StringProperty telefon = new SimpleStringProperty("");
    public final StringProperty epost = new SimpleStringProperty("");
    public final BooleanProperty skyddadIdentitet = new SimpleBooleanProperty(false);
    public final BooleanProperty hotOchVald = new SimpleBooleanProperty(false);

    public NyPersonViewModel(Session session, Nyregistrering nyregistrering) {
        this.session = session;
        this.nyregistrering = nyregistrering;
    }

    /** Creates the person and the case; {@code klar} gets the new case. */
    public void skapa(Consumer<ArendeId> klar) {
        faltfel.clear();
        fel.set("");
        LocalDate fodd = null;
        if (reservnummer.get()) {
            try {
                fodd = LocalDate.parse(fodelsedatum.get().strip());
            } catch (DateTimeParseException e) {
                faltfel.put("fodelsedatum", Meddelanden.t("person.fodelsedatumSaknas"));
                return;
            }
        }
        NyPerson ny = new NyPerson(personnummer.get(), reservnummer.get(), reservSkal.get(), fodd, fornamn.get(),
                efternamn.get(), new Adress(gatuadress.get(), postnummer.get(), ort.get()), telefon.get(), epost.get(),
                skyddadIdentitet.get(), hotOchVald.get());
        session.runner().kor(() -> nyregistrering.registrera(session.aktor(), ny), klar, t -> {
            if (t instanceof DomainException de && de.falt().isPresent()) {
                faltfel.put(de.falt().get(), Meddelanden.text(de));
            } else {
                fel.set(Felvisning.text(t));
            }
        });
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }
}
