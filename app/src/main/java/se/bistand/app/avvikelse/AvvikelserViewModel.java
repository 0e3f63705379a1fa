package se.bistand.app.avvikelse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import se.bistand.domain.avvikelse.Analys;
import se.bistand.domain.avvikelse.Avvikelse;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.Routning;
import se.bistand.domain.avvikelse.Status;
import se.bistand.domain.avvikelse.Uppgift;
import se.bistand.domain.behorighet.Behorighet;

/**
 * The recipients' inbox (what is due, the workflow steps, analysis, lex Sarah) and the
 * reporter's "Mina anmälningar" with the feedback once given.
 */
public final class AvvikelserViewModel {

    private final Session session;
    private final AvvikelseService avvikelseService;
    private final Clock klocka;
    private final AvvikelseService service;
    private final Runnable efterAndring;
    private final ObservableList<Avvikelse> inkorg = FXCollections.observableArrayList();
    private final ObservableList<Avvikelse> mina = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Avvikelse> vald = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Routning> routning = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();

    final StringProperty stegtext = new SimpleStringProperty("");
    final StringProperty orsak = new SimpleStringProperty("");
    final StringProperty atgarder = new SimpleStringProperty("");
    final StringProperty lardom = new SimpleStringProperty("");
    final ObjectProperty<Boolean> allvarligt = new SimpleObjectProperty<>();
    final StringProperty motivering = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> ivoDag = new SimpleObjectProperty<>();
    final StringProperty ivoDiarienummer = new SimpleStringProperty("");

    public AvvikelserViewModel(Session session, AvvikelseService avvikelseService, Clock klocka,
                               Runnable efterAndring) {
        this.session = session;
        this.avvikelseService = avvikelseService;
        this.klocka = klocka;
        this.service = avvikelseService;
        this.efterAndring = efterAndring;
    }

    public boolean kanHantera() {
        return session.aktor().har(Behorighet.AVVIKELSE_HANTERA);
    }

    public boolean kanSeSammanstallning() {
        return kanHantera() || session.aktor().har(Behorighet.UPPFOLJNING_LASA);
    }

    public void ladda() {
        session.runner().kor(() -> service.routning(session.aktor()), routning::set, this::fel);
        if (kanHantera()) {
            session.runner().kor(() -> service.inkorg(session.aktor()), lista -> {
                inkorg.setAll(lista);
                Avvikelse v = vald.get();
                if (v != null && lista.stream().noneMatch(a -> a.id() == v.id())) {
                    vald.set(null);
                }
            }, this::fel);
        }
        session.runner().kor(() -> service.mina(session.aktor()), mina::setAll, this::fel);
    }

    /** Opens one from the inbox (the read is access-logged when it concerns a case). */
    public void valj(Avvikelse a) {
        faltfel.clear();
        meddelande.set("");
        if (a == null) {
            vald.set(null);
            return;
        }
        session.runner().kor(() -> service.hamta(session.aktor(), a.id()), this::visa, this::fel);
    }

    private void visa(Avvikelse a) {
        stegtext.set("");
        orsak.set(text(a.analys().orsak()));
        atgarder.set(text(a.analys().atgarder()));
        lardom.set(text(a.analys().lardom()));
        allvarligt.set(a.lexSarah().map(b -> b.allvarligt()).orElse(null));
        motivering.set(a.lexSarah().map(b -> b.motivering()).orElse(""));
        ivoDag.set(null);
        ivoDiarienummer.set("");
        vald.set(a);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public Optional<Status> nastaStatus() {
        return Optional.ofNullable(vald.get()).flatMap(a -> a.status().nasta());
    }

    public void nastaSteg() {
        Status till = nastaStatus().orElseThrow();
        String text = stegtext.get();
        andra(a -> service.tillNasta(session.aktor(), a.id(), a.version(), till, text),
                "avvikelse.stegKlart." + till.name());
    }

    public void sparaAnalys() {
        Analys analys = new Analys(orsak.get(), atgarder.get(), lardom.get());
        andra(a -> service.sparaAnalys(session.aktor(), a.id(), a.version(), analys), "avvikelse.analysSparad");
    }

    public void bedomLexSarah() {
        if (allvarligt.get() == null) {
            faltfel.clear();
            faltfel.put("allvarligt", Meddelanden.t("avvikelse.valjAllvarligt"));
            return;
        }
        boolean ja = allvarligt.get();
        String mot = motivering.get();
        andra(a -> service.bedomLexSarah(session.aktor(), a.id(), a.version(), ja, mot), "avvikelse.bedomningSparad");
    }

    public void registreraIvo() {
        LocalDate dag = ivoDag.get();
        String dnr = ivoDiarienummer.get();
        andra(a -> service.registreraIvoAnmalan(session.aktor(), a.id(), a.version(), dag, dnr),
                "avvikelse.ivoRegistrerad");
    }

    private interface Andring {
        Avvikelse pa(Avvikelse a) throws Exception;
    }

    private void andra(Andring andring, String klarNyckel) {
        Avvikelse a = vald.get();
        if (a == null) {
            return;
        }
        faltfel.clear();
        meddelande.set("");
        Callable<Avvikelse> arbete = () -> andring.pa(a);
        session.runner().kor(arbete, ny -> {
            visa(ny);
            meddelande.set(Meddelanden.t(klarNyckel, ny.id()));
            ladda();
            efterAndring.run();
        }, this::fel);
    }

    private void fel(Throwable t) {
        Felvisning.visa(t, faltfel, meddelande::set);
    }

    /** The most urgent thing due on an avvikelse, as shown in the inbox. */
    String attGoraText(Avvikelse a) {
        Routning r = routning.get();
        if (r == null) {
            return "";
        }
        return a.attGora(r).stream().map(u -> Meddelanden.t(u.textnyckel())).reduce((x, y) -> x + " · " + y)
                .orElse("");
    }

    Optional<LocalDateTime> frist(Avvikelse a) {
        return Optional.ofNullable(routning.get()).flatMap(a::narmasteFrist);
    }

    boolean arForsenad(Avvikelse a) {
        LocalDateTime nu = LocalDateTime.now(klocka);
        return Optional.ofNullable(routning.get()).map(r -> a.attGora(r).stream().anyMatch(u -> u.arForsenad(nu)))
                .orElse(false);
    }

    java.util.List<Uppgift> attGora(Avvikelse a) {
        return Optional.ofNullable(routning.get()).map(a::attGora).orElse(java.util.List.of());
    }

    public Session session() {
        return session;
    }

    public ObservableList<Avvikelse> inkorg() {
        return inkorg;
    }

    public ObservableList<Avvikelse> mina() {
        return mina;
    }

    public ReadOnlyObjectProperty<Avvikelse> valdProperty() {
        return vald.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Routning> routningProperty() {
        return routning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }
}
