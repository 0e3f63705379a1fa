package se.bistand.app.arende;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import se.bistand.domain.arende.Kontaktandring;
import se.bistand.domain.arende.Person;
import se.bistand.domain.arende.PersonService;
import se.bistand.domain.arende.SkyddadIdentitet;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.OptimistiskLasningException;

/**
 * "Ändra kontaktuppgifter" for a person of a case: loads the person (with their version) through
 * {@code PersonService.forAndring}, saves through {@code PersonService.uppdateraKontakt}. Bad input
 * and refusals come back at their field; a conflict with someone else's save offers a reload.
 */
public final class KontaktViewModel {

    private final Session session;
    private final PersonService personService;
    private final ArendeId arendeId;
    private final Runnable sparad;
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper oppen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper arbetar = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper konflikt = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper rubrik = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper foreSkyddad = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper foreHot = new ReadOnlyBooleanWrapper(false);
    private PersonId personId;
    private long version;

    public final StringProperty gatuadress = new SimpleStringProperty("");
    public final StringProperty postnummer = new SimpleStringProperty("");
    public final StringProperty ort = new SimpleStringProperty("");
    public final StringProperty telefon = new SimpleStringProperty("");
    public final StringProperty epost = new SimpleStringProperty("");
    public final BooleanProperty skyddadIdentitet = new SimpleBooleanProperty(false);
    public final BooleanProperty hotOchVald = new SimpleBooleanProperty(false);
    public final StringProperty skal = new SimpleStringProperty("");

    /** A marker the person has is being removed: the reason field is shown and required. */
    private final BooleanBinding tarBortMarkering = foreSkyddad.and(skyddadIdentitet.not())
            .or(foreHot.and(hotOchVald.not()));

    /** @param sparad runs on the FX thread after a save (reload the case, tell the section) */
    public KontaktViewModel(Session session, PersonService personService, ArendeId arendeId, Runnable sparad) {
        this.session = session;
        this.personService = personService;
        this.arendeId = arendeId;
        this.sparad = sparad;
    }

    /** May this user use the form at all (handläggare for contact data, chefs for markers)? */
    public boolean kanAndra() {
        return session.aktor().har(Behorighet.ARENDE_HANDLAGGA) || SkyddadIdentitet.arChef(session.aktor());
    }

    /** May this user change address, telephone and e-mail (chefs only change markers)? */
    public boolean kanAndraKontakt() {
        return session.aktor().har(Behorighet.ARENDE_HANDLAGGA);
    }

    /** Loads the person into the form and opens it (access-logged by the domain). */
    public void oppna(PersonId id) {
        faltfel.clear();
        fel.set("");
        konflikt.set(false);
        arbetar.set(true);
        session.runner().kor(() -> personService.forAndring(session.aktor(), id, Optional.of(arendeId)),
                this::visa, t -> {
                    arbetar.set(false);
                    fel.set(Felvisning.text(t));
                });
    }

    private void visa(Person p) {
        arbetar.set(false);
        personId = p.id();
        version = p.version();
        rubrik.set(Meddelanden.t("kontakt.rubrik", p.namn()));
        gatuadress.set(p.adress().gatuadress());
        postnummer.set(p.adress().postnummer());
        ort.set(p.adress().ort());
        telefon.set(p.telefon());
        epost.set(p.epost());
        foreSkyddad.set(p.skyddadIdentitet());
        foreHot.set(p.hotOchVald());
        skyddadIdentitet.set(p.skyddadIdentitet());
        hotOchVald.set(p.hotOchVald());
        skal.set("");
        oppen.set(true);
    }

    /** Saves through the domain; nothing is saved on bad input (the message is at the field). */
    public void spara() {
        if (personId == null) {
            return;
        }
        faltfel.clear();
        fel.set("");
        Kontaktandring andring = new Kontaktandring(new Adress(gatuadress.get(), postnummer.get(), ort.get()),
                telefon.get(), epost.get(), skyddadIdentitet.get(), hotOchVald.get(), skal.get());
        PersonId id = personId;
        long v = version;
        arbetar.set(true);
        session.runner().kor(() -> personService.uppdateraKontakt(session.aktor(), id, v, andring),
                p -> {
                    arbetar.set(false);
                    oppen.set(false);
                    sparad.run();
                }, t -> {
                    arbetar.set(false);
                    if (t instanceof OptimistiskLasningException) {
                        konflikt.set(true);
                        fel.set(Felvisning.text(t));
                    } else {
                        Felvisning.visa(t, faltfel, fel::set);
                    }
                });
    }

    /** After a conflict: reads the person again (the form shows the stored values). */
    public void laddaOm() {
        if (personId != null) {
            oppna(personId);
        }
    }

    public void avbryt() {
        faltfel.clear();
        fel.set("");
        konflikt.set(false);
        oppen.set(false);
    }

    public ReadOnlyBooleanProperty oppenProperty() {
        return oppen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty arbetarProperty() {
        return arbetar.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty konfliktProperty() {
        return konflikt.getReadOnlyProperty();
    }

    /** Is the person's address hidden (skyddad identitet)? The form then leaves it empty. */
    public ReadOnlyBooleanProperty adressDoldProperty() {
        return foreSkyddad.getReadOnlyProperty();
    }

    public BooleanBinding tarBortMarkeringProperty() {
        return tarBortMarkering;
    }

    public ReadOnlyStringProperty rubrikProperty() {
        return rubrik.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }
}
