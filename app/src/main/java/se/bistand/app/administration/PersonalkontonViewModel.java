package se.bistand.app.administration;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
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
import se.bistand.domain.behorighet.AnvandarService;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Konton;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.betalning.Personalkonto;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * The Personalkonton tab (systemförvaltare): staff members' own salary accounts, listed and
 * registered. A payment recipient with one of these accounts is flagged "Personalens konto".
 */
public final class PersonalkontonViewModel {

    private final Session session;
    private final AnvandarService anvandarService;
    private final BetalningsmottagareService mottagarService;
    private final ObservableList<Personalkonto> konton = FXCollections.observableArrayList();
    private final ObservableList<Anvandare> anvandare = FXCollections.observableArrayList();
    /** Field name → Swedish error text ({@code anvandare}, {@code konto}). */
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private Map<AnvandareId, String> namn = Map.of();
    final ObjectProperty<Anvandare> valdAnvandare = new SimpleObjectProperty<>();
    final ObjectProperty<Konton.Slag> kontoslag = new SimpleObjectProperty<>(Konton.Slag.BANKKONTO);
    final StringProperty konto = new SimpleStringProperty("");

    public PersonalkontonViewModel(Session session, AnvandarService anvandarService,
                                   BetalningsmottagareService mottagarService) {
        this.session = session;
        this.anvandarService = anvandarService;
        this.mottagarService = mottagarService;
    }

    /** Loads users (for names and the choice) and the accounts, in the background. */
    public void ladda() {
        session.runner().kor(() -> new Lista(anvandarService.lista(session.aktor()),
                mottagarService.personalkonton(session.aktor())), l -> {
                    namn = l.anvandare().stream().collect(Collectors.toMap(Anvandare::id, Anvandare::namn));
                    anvandare.setAll(l.anvandare());
                    konton.setAll(l.konton());
                }, this::fel);
    }

    private record Lista(List<Anvandare> anvandare, List<Personalkonto> konton) {
    }

    public void registrera() {
        faltfel.clear();
        meddelande.set("");
        Anvandare vem = valdAnvandare.get();
        if (vem == null) {
            faltfel.put("anvandare", Meddelanden.t("personalkonto.anvandareSaknas"));
        }
        Kontouppgift k;
        try {
            k = Konton.tolka(kontoslag.get(), konto.get());
        } catch (DomainException e) {
            fel(e);
            return;
        }
        if (vem == null) {
            return;
        }
        session.runner().kor(() -> {
            mottagarService.registreraPersonalkonto(session.aktor(), vem.id(), k);
            return mottagarService.personalkonton(session.aktor());
        }, l -> {
            konton.setAll(l);
            meddelande.set(Meddelanden.t("personalkonto.registrerat", vem.namn()));
            konto.set("");
            valdAnvandare.set(null);
        }, this::fel);
    }

    private void fel(Throwable t) {
        Felvisning.visa(t, faltfel, meddelande::set);
    }

    public String namn(AnvandareId id) {
        return namn.getOrDefault(id, "#" + id.varde());
    }

    public ObservableList<Personalkonto> konton() {
        return konton;
    }

    public ObservableList<Anvandare> anvandare() {
        return anvandare;
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }
}
