package se.bistand.app.beslut;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.gemensam.Id.ArendeId;

/** The case's decisions (the Beslut tab), each with its stored calculation; the letter as PDF. */
public final class BeslutlistaViewModel {

    private final Session session;
    private final BeslutService beslutService;
    private final ArendeId arende;
    private final String arendenummer;
    private final String mottagare;
    private final ObservableList<BeslutMedBerakning> beslut = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");

    public BeslutlistaViewModel(Session session, BeslutService beslutService, ArendeId arende, String arendenummer,
                                String mottagare) {
        this.session = session;
        this.beslutService = beslutService;
        this.arende = arende;
        this.arendenummer = arendenummer;
        this.mottagare = mottagare;
    }

    public void ladda() {
        session.runner().kor(() -> beslutService.forArende(session.aktor(), arende), beslut::setAll,
                t -> meddelande.set(Felvisning.text(t)));
    }

    /** Writes the decision's letter to {@code fil} (background). */
    public void sparaBrev(BeslutMedBerakning b, Path fil) {
        session.runner().kor(() -> {
            try (OutputStream ut = Files.newOutputStream(fil)) {
                BeslutsbrevPdf.skriv(b, new BeslutsbrevPdf.Brevhuvud(Meddelanden.t("brev.namnd"), arendenummer, mottagare), ut);
            }
            return fil;
        }, f -> meddelande.set(Meddelanden.t("beslutsvy.brevSparat", f.toString())), t -> meddelande.set(Felvisning.text(t)));
    }

    public ObservableList<BeslutMedBerakning> beslut() {
        return beslut;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }
}
