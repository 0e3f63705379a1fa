package se.bistand.app.inloggning;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.bistand.app.demo.DemoData;
import se.bistand.app.ui.BackgroundRunner;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.InloggningService;
import se.bistand.domain.gemensam.DomainException;

/** Sign-in: user name and password in, an {@link Aktor} out, failures as Swedish text at the field. */
public final class InloggningViewModel {

    private final InloggningService inloggning;
    private final String databas;
    private final BackgroundRunner runner;
    private final boolean demo;
    private final StringProperty anvandarnamn = new SimpleStringProperty("");
    private final StringProperty losenord = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper felFalt = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper upptagen = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding kanLoggaIn;

    /** {@code databas} describes where the data is (shown under the form). */
    public InloggningViewModel(InloggningService inloggning, String databas, BackgroundRunner runner, boolean demo) {
        this.inloggning = inloggning;
        this.databas = databas;
        this.runner = runner;
        this.demo = demo;
        this.kanLoggaIn = Bindings.createBooleanBinding(() -> !upptagen.get() && !anvandarnamn.get().isBlank()
                && !losenord.get().isEmpty(), upptagen, anvandarnamn, losenord);
    }

    public void loggaIn(Consumer<Aktor> inloggad) {
        if (!kanLoggaIn.get()) {
            return;
        }
        upptagen.set(true);
        fel.set("");
        felFalt.set("");
        String namn = anvandarnamn.get();
        char[] pw = losenord.get().toCharArray();
        runner.kor(() -> inloggning.loggaIn(namn, pw), aktor -> {
            upptagen.set(false);
            losenord.set("");
            inloggad.accept(aktor);
        }, t -> {
            upptagen.set(false);
            losenord.set("");
            fel.set(Felvisning.text(t));
            felFalt.set(t instanceof DomainException de ? de.falt().orElse("") : "");
        });
    }

    /** Fills in a demo user's credentials (demo installations only). */
    public void valjDemoAnvandare(DemoData.DemoAnvandare d) {
        if (demo) {
            anvandarnamn.set(d.anvandarnamn());
            losenord.set(d.losenord());
        }
    }

    public List<DemoData.DemoAnvandare> demoAnvandare() {
        return demo ? DemoData.ANVANDARE : List.of();
    }

    public boolean demo() {
        return demo;
    }

    public String databas() {
        return databas;
    }

    public StringProperty anvandarnamnProperty() {
        return anvandarnamn;
    }

    public StringProperty losenordProperty() {
        return losenord;
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty felFaltProperty() {
        return felFalt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty upptagenProperty() {
        return upptagen.getReadOnlyProperty();
    }

    public BooleanBinding kanLoggaIn() {
        return kanLoggaIn;
    }
}
