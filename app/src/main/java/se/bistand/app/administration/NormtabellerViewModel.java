package se.bistand.app.administration;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.berakning.Normtabell;
import se.bistand.domain.berakning.NormtabellParser;
import se.bistand.domain.berakning.NormtabellPost;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.gemensam.DomainException;

/**
 * The Normtabeller tab (systemförvaltare): the stored tables with provenance; a new year's
 * table entered in a form (or filled from a CSV file) and saved as a draft; a draft confirmed
 * by a second person. The domain enforces the second person; this only shows the refusal.
 */
public final class NormtabellerViewModel {

    private final Session session;
    private final NormtabellService normtabellService;
    private final ObservableList<NormtabellPost> tabeller = FXCollections.observableArrayList();
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    final StringProperty ar = new SimpleStringProperty("");
    final StringProperty kalla = new SimpleStringProperty("");
    final Map<String, StringProperty> belopp = new LinkedHashMap<>();

    public NormtabellerViewModel(Session session, NormtabellService normtabellService) {
        this.session = session;
        this.normtabellService = normtabellService;
        NormtabellParser.beloppsnycklar().forEach(k -> belopp.put(k, new SimpleStringProperty("")));
    }

    public void ladda() {
        session.runner().kor(() -> normtabellService.lista(session.aktor()), tabeller::setAll, this::fel);
    }

    /** Fills the form with a table's amounts (a starting point for next year's entry). */
    public void fyllFran(Normtabell t) {
        belopp.values().forEach(p -> p.set(""));
        NormtabellParser.belopp(t).forEach((k, m) -> belopp.get(k).set(m.formatNumber()));
    }

    /** Reads a CSV file in the background (file I/O never on the FX thread), then fills the form from it. */
    public void importeraCsvFil(java.nio.file.Path fil) {
        faltfel.clear();
        session.runner().kor(() -> java.nio.file.Files.readString(fil, java.nio.charset.StandardCharsets.UTF_8),
                this::importeraCsv, t -> meddelande.set(Meddelanden.t("normtabeller.csvKundeInteLasas", fil.toString())));
    }

    /** Fills the form from CSV text ({@code key;amount} lines) for review before saving. */
    public void importeraCsv(String csv) {
        faltfel.clear();
        try {
            fyllFran(NormtabellParser.franCsv(arTal(), kalla.get().isBlank() ? "CSV" : kalla.get(), csv));
            meddelande.set(Meddelanden.t("normtabeller.csvInlast"));
        } catch (DomainException e) {
            fel(e);
        }
    }

    /** Saves the form as a draft for its year. */
    public void registrera() {
        faltfel.clear();
        meddelande.set("");
        Map<String, String> varden = new LinkedHashMap<>();
        belopp.forEach((k, p) -> varden.put(k, p.get()));
        Normtabell t;
        try {
            t = NormtabellParser.franBelopp(arTal(), kalla.get(), varden);
        } catch (DomainException e) {
            fel(e);
            return;
        }
        session.runner().kor(() -> normtabellService.registrera(session.aktor(), t), p -> {
            meddelande.set(Meddelanden.t("normtabeller.registrerad", p.tabell().ar(), p.tabell().version()));
            ladda();
        }, this::fel);
    }

    public void bekrafta(NormtabellPost post) {
        meddelande.set("");
        session.runner().kor(() -> normtabellService.bekrafta(session.aktor(), post.dbId()), p -> {
            meddelande.set(Meddelanden.t("normtabeller.bekraftad", p.tabell().ar(), p.tabell().version()));
            ladda();
        }, this::fel);
    }

    private int arTal() {
        String s = ar.get().strip();
        if (!s.matches("\\d{4}")) {
            throw DomainException.forField("ar", "normtabell.ogiltigtAr", "ar", s);
        }
        return Integer.parseInt(s);
    }

    private void fel(Throwable t) {
        if (t instanceof DomainException de && de.falt().isPresent()) {
            faltfel.put(de.falt().get(), Meddelanden.text(de));
        } else {
            meddelande.set(Felvisning.text(t));
        }
    }

    public ObservableList<NormtabellPost> tabeller() {
        return tabeller;
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }
}
