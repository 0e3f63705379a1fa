package se.bistand.app.avvikelse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import se.bistand.domain.avvikelse.Allvarlighet;
import se.bistand.domain.avvikelse.Avvikelse;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.AvvikelseUppgifter;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.Lank;
import se.bistand.domain.avvikelse.Routning;
import se.bistand.domain.gemensam.DomainException;

/**
 * The avvikelse form: category first (the routing is shown live), what happened, when it
 * happened and was discovered, the link, consequence, immediate action, severity. "Spara utkast"
 * or "Skicka"; every problem is shown at its field and nothing is saved until all are fixed.
 */
public final class AvvikelseFormularViewModel {

    private final Session session;
    private final Clock klocka;
    private final AvvikelseService avvikelseService;
    private final Optional<Lank> lank;
    private long id;
    private long version;
    private Routning routning;

    final ObjectProperty<Kategori> kategori = new SimpleObjectProperty<>();
    final StringProperty beskrivning = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> intraffade = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> upptacktesDag = new SimpleObjectProperty<>();
    final StringProperty upptacktesTid = new SimpleStringProperty("");
    final StringProperty konsekvens = new SimpleStringProperty("");
    final StringProperty omedelbarAtgard = new SimpleStringProperty("");
    final ObjectProperty<Allvarlighet> allvarlighet = new SimpleObjectProperty<>();

    private final ReadOnlyStringWrapper routningText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper upptagen = new ReadOnlyBooleanWrapper(false);
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();

    public AvvikelseFormularViewModel(Session session, Clock klocka, AvvikelseService avvikelseService,
                                      Optional<Lank> lank) {
        this.session = session;
        this.klocka = klocka;
        this.avvikelseService = avvikelseService;
        this.lank = lank;
        LocalDateTime nu = LocalDateTime.now(klocka);
        upptacktesDag.set(nu.toLocalDate());
        upptacktesTid.set(String.format("%02d:%02d", nu.getHour(), nu.getMinute()));
        kategori.addListener((o, a, b) -> uppdateraRoutning());
        uppdateraRoutning();
    }

    /** Opens the reporter's own draft for further editing. */
    public AvvikelseFormularViewModel(Session session, Clock klocka, AvvikelseService avvikelseService,
                                      Avvikelse utkast) {
        this(session, klocka, avvikelseService, utkast.uppgifter().lank());
        this.id = utkast.id();
        this.version = utkast.version();
        AvvikelseUppgifter u = utkast.uppgifter();
        kategori.set(u.kategori());
        beskrivning.set(text(u.beskrivning()));
        intraffade.set(u.intraffade());
        upptacktesDag.set(u.upptacktes() == null ? null : u.upptacktes().toLocalDate());
        upptacktesTid.set(u.upptacktes() == null ? "" : u.upptacktes().toLocalTime().toString());
        konsekvens.set(text(u.konsekvens()));
        omedelbarAtgard.set(text(u.omedelbarAtgard()));
        allvarlighet.set(u.allvarlighet());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Loads the routing table in the background. */
    public void ladda() {
        session.runner().kor(() -> avvikelseService.routning(session.aktor()), r -> {
            routning = r;
            uppdateraRoutning();
        }, t -> meddelande.set(Felvisning.text(t)));
    }

    private void uppdateraRoutning() {
        Kategori k = kategori.get();
        if (k == null) {
            routningText.set(Meddelanden.t("avvikelse.valjKategoriForst"));
        } else if (routning != null) {
            routningText.set(routningstext(routning, k));
        }
    }

    /** "Går till: enhetschef, förvaltningschef" (with the receipt deadline when the routing sets one). */
    static String routningstext(Routning r, Kategori k) {
        String vem = r.funktioner(k).stream().map(f -> Meddelanden.t(f.textnyckel()))
                .collect(Collectors.joining(", "));
        String text = Meddelanden.t("avvikelse.garTill", vem);
        Optional<Long> timmar = r.mottagningar(k).stream().flatMap(m -> m.frist().stream())
                .map(d -> d.toHours()).min(Long::compare);
        return timmar.map(t -> text + " " + Meddelanden.t("avvikelse.garTillFrist", t)).orElse(text);
    }

    public void sparaUtkast(Runnable klar) {
        spara(false, klar);
    }

    public void skicka(Runnable klar) {
        spara(true, klar);
    }

    private void spara(boolean skicka, Runnable klar) {
        faltfel.clear();
        meddelande.set("");
        Optional<AvvikelseUppgifter> u = uppgifter();
        if (u.isEmpty()) {
            return;
        }
        List<DomainException> fel = u.get().fel(klocka, skicka);
        if (!fel.isEmpty()) {
            fel.forEach(e -> faltfel.putIfAbsent(e.falt().orElseThrow(), Meddelanden.text(e)));
            meddelande.set(Meddelanden.t("avvikelse.rattaFalten"));
            return;
        }
        upptagen.set(true);
        var service = avvikelseService;
        session.runner().kor(() -> skicka ? service.skicka(session.aktor(), id, version, u.get())
                : service.sparaUtkast(session.aktor(), id, version, u.get()), a -> {
                    upptagen.set(false);
                    id = a.id();
                    version = a.version();
                    meddelande.set(Meddelanden.t(skicka ? "avvikelse.skickad" : "avvikelse.utkastSparat", a.id()));
                    klar.run();
                }, t -> {
                    upptagen.set(false);
                    Felvisning.visa(t, faltfel, meddelande::set);
                });
    }

    /** The form's content; empty (with the error at the field) when the time of discovery is unreadable. */
    Optional<AvvikelseUppgifter> uppgifter() {
        LocalDateTime upptacktes = null;
        if (upptacktesDag.get() != null) {
            String tid = upptacktesTid.get() == null ? "" : upptacktesTid.get().strip();
            try {
                LocalTime t = tid.isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(tid.length() == 4 ? "0" + tid : tid);
                upptacktes = upptacktesDag.get().atTime(t);
            } catch (DateTimeParseException e) {
                faltfel.put("upptacktes", Meddelanden.t("avvikelse.ogiltigTid", tid));
                return Optional.empty();
            }
        }
        return Optional.of(new AvvikelseUppgifter(kategori.get(), beskrivning.get(), intraffade.get(), upptacktes,
                konsekvens.get(), omedelbarAtgard.get(), allvarlighet.get(), lank));
    }

    public Optional<Lank> lank() {
        return lank;
    }

    public long id() {
        return id;
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty routningTextProperty() {
        return routningText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty upptagenProperty() {
        return upptagen.getReadOnlyProperty();
    }
}
