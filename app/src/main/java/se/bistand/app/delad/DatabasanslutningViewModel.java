package se.bistand.app.delad;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.bistand.app.AppKonfig;
import se.bistand.app.Meddelanden;

/**
 * The connection dialog ("Databasanslutning…"): local database, shared H2 server or PostgreSQL.
 * Saving writes {@code bistand.properties}; the password goes to its own owner-only file.
 */
public final class DatabasanslutningViewModel {

    public static final String LOKAL = "lokal";
    public static final String H2SERVER = "h2server";
    public static final String POSTGRESQL = "postgresql";
    public static final List<String> TYPER = List.of(LOKAL, H2SERVER, POSTGRESQL);
    private static final String TYP_NYCKEL = "delad.typ.";

    private final AppKonfig konfig;
    private final ObjectProperty<String> typ = new SimpleObjectProperty<>();
    private final StringProperty vard = new SimpleStringProperty();
    private final StringProperty port = new SimpleStringProperty();
    private final StringProperty namn = new SimpleStringProperty();
    private final StringProperty anvandare = new SimpleStringProperty();
    private final StringProperty losenord = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper felFalt = new ReadOnlyStringWrapper("");
    private final BooleanBinding delad;

    public DatabasanslutningViewModel(AppKonfig konfig) {
        this.konfig = konfig;
        String nuvarande = konfig.varde("databas.typ", LOKAL);
        typ.set(TYPER.contains(nuvarande) ? nuvarande : LOKAL);
        vard.set(konfig.varde("databas.vard", "127.0.0.1"));
        port.set(konfig.varde("databas.port", standardPort(typ.get())));
        namn.set(konfig.varde("databas.namn", "bistand"));
        anvandare.set(konfig.varde("databas.anvandare", "bistand"));
        delad = Bindings.createBooleanBinding(() -> !LOKAL.equals(typ.get()), typ);
        typ.addListener((o, forut, nu) -> {
            if (port.get().equals(standardPort(forut))) {
                port.set(standardPort(nu));
            }
        });
    }

    private static String standardPort(String typ) {
        return POSTGRESQL.equals(typ) ? "5432" : "9092";
    }

    /** The label of a choice in the type list. */
    public static String text(String typ) {
        return Meddelanden.t(TYP_NYCKEL + typ);
    }

    /**
     * Validates and stores the choice. Returns the new settings, or empty with a message at the
     * field ({@link #felProperty()}, {@link #felFaltProperty()}).
     */
    public Optional<AppKonfig> spara() {
        fel.set("");
        felFalt.set("");
        if (!delad.get()) {
            return Optional.of(konfig.medDatabas(LOKAL, "", 0, "", "", new char[0]));
        }
        if (vard.get() == null || vard.get().isBlank()) {
            return fel("vard", "delad.angeVard");
        }
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            return fel("port", "delad.ogiltigPort");
        }
        if (namn.get() == null || namn.get().isBlank()) {
            return fel("namn", "delad.angeNamn");
        }
        if (anvandare.get() == null || anvandare.get().isBlank()) {
            return fel("anvandare", "delad.angeAnvandare");
        }
        char[] pw = losenord.get() == null ? new char[0] : losenord.get().toCharArray();
        AppKonfig ny = konfig.medDatabas(typ.get(), vard.get().strip(), p, namn.get().strip(), anvandare.get().strip(), pw);
        losenord.set("");
        return Optional.of(ny);
    }

    private Optional<AppKonfig> fel(String falt, String nyckel) {
        felFalt.set(falt);
        fel.set(Meddelanden.t(nyckel));
        return Optional.empty();
    }

    /** Whether a password file is already stored (the field may then stay empty). */
    public boolean harSparatLosenord() {
        return !konfig.varde("databas.losenordsfil", "").isEmpty();
    }

    public ObjectProperty<String> typProperty() {
        return typ;
    }

    public StringProperty vardProperty() {
        return vard;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty namnProperty() {
        return namn;
    }

    public StringProperty anvandareProperty() {
        return anvandare;
    }

    public StringProperty losenordProperty() {
        return losenord;
    }

    public BooleanBinding deladProperty() {
        return delad;
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty felFaltProperty() {
        return felFalt.getReadOnlyProperty();
    }
}
