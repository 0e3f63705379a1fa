package se.bistand.app.avvikelse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.Halvar;
import se.bistand.domain.avvikelse.Sammanstallning;

/** The half-year compilation for the nämnd: choose a period, see it, export it as PDF or CSV. */
public final class SammanstallningViewModel {

    /** How many half-years the trend shows. */
    static final int TRENDPERIODER = 4;

    private final Session session;
    private final Clock klocka;
    private final AvvikelseService avvikelseService;
    private final List<Halvar> perioder = new ArrayList<>();
    final ObjectProperty<Halvar> period = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Sammanstallning> resultat = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");

    public SammanstallningViewModel(Session session, Clock klocka, AvvikelseService avvikelseService) {
        this.session = session;
        this.klocka = klocka;
        this.avvikelseService = avvikelseService;
        Halvar h = Halvar.av(LocalDate.now(klocka));
        for (int i = 0; i < TRENDPERIODER; i++) {
            perioder.add(h);
            h = h.foregaende();
        }
        period.set(perioder.get(0));
        period.addListener((o, a, b) -> ladda());
    }

    public List<Halvar> perioder() {
        return perioder;
    }

    public void ladda() {
        Halvar p = period.get();
        session.runner().kor(() -> avvikelseService.sammanstallning(session.aktor(), p, TRENDPERIODER),
                resultat::set, t -> meddelande.set(Felvisning.text(t)));
    }

    public void exporteraPdf(Path fil) {
        exportera(fil, SammanstallningExport::pdf);
    }

    public void exporteraCsv(Path fil) {
        exportera(fil, SammanstallningExport::csv);
    }

    private interface Format {
        void skriv(Sammanstallning s, boolean demo, OutputStream ut) throws IOException;
    }

    private void exportera(Path fil, Format format) {
        Sammanstallning s = resultat.get();
        if (s == null) {
            return;
        }
        boolean demo = session.demo();
        session.runner().kor(() -> {
            try (OutputStream ut = Files.newOutputStream(fil)) {
                format.skriv(s, demo, ut);
            }
            return fil;
        }, f -> meddelande.set(Meddelanden.t("sammanstallning.sparad", f.toString())),
                t -> meddelande.set(Felvisning.text(t)));
    }

    /** A file name for the period, e.g. {@code avvikelser-2026-H2.pdf}. */
    public String filnamn(String andelse) {
        Halvar p = period.get();
        return "avvikelser-" + p.ar() + "-H" + p.halva() + "." + andelse;
    }

    public ReadOnlyObjectProperty<Sammanstallning> resultatProperty() {
        return resultat.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }
}
