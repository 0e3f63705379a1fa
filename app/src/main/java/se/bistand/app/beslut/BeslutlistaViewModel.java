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
    private final UtskottsbeslutViewModel utskott;
    private final java.util.Set<se.bistand.domain.beslut.BeslutId> utskottsbundna = new java.util.HashSet<>();

    public BeslutlistaViewModel(Session session, BeslutService beslutService, ArendeId arende, String arendenummer,
                                String mottagare) {
        this.session = session;
        this.beslutService = beslutService;
        this.arende = arende;
        this.arendenummer = arendenummer;
        this.mottagare = mottagare;
        this.utskott = new UtskottsbeslutViewModel(session, beslutService::registreraUtskottsbeslut);
    }

    public void ladda() {
        session.runner().kor(() -> {
            var s = beslutService;
            var lista = s.forArende(session.aktor(), arende);
            var tillUtskott = lista.stream().filter(BeslutMedBerakning::arForslag)
                    .filter(b -> s.tillUtskottet(b.beslut())).map(b -> b.beslut().id()).toList();
            return new Laddat(lista, tillUtskott);
        }, l -> {
            utskottsbundna.clear();
            utskottsbundna.addAll(l.tillUtskott());
            beslut.setAll(l.beslut());
        }, t -> meddelande.set(Felvisning.text(t)));
    }

    /**
     * Writes the decision's letter to {@code fil} (background), read anew as the domain gives it for
     * a letter: refused while it is a proposal (it would name its maker as the decision-maker).
     */
    public void sparaBrev(BeslutMedBerakning b, Path fil) {
        session.runner().kor(() -> {
            BeslutMedBerakning beslut = beslutService.forBeslutsbrev(session.aktor(), b.beslut().id());
            try (OutputStream ut = Files.newOutputStream(fil)) {
                BeslutsbrevPdf.skriv(beslut, new BeslutsbrevPdf.Brevhuvud(Meddelanden.t("brev.namnd"), arendenummer,
                        mottagare), ut);
            }
            return fil;
        }, f -> meddelande.set(Meddelanden.t("beslutsvy.brevSparat", f.toString())), t -> meddelande.set(Felvisning.text(t)));
    }

    /** Whether I may decide proposals (the button shows for a proposal; the domain checks my delegation). */
    public boolean kanBesluta() {
        return session.aktor().har(se.bistand.domain.behorighet.Behorighet.BESLUT_FATTA);
    }

    /** Decides a proposal above its maker's delegation (a refusal has no attest item: it is decided here). */
    public void fattaForslag(BeslutMedBerakning b) {
        session.runner().kor(() -> beslutService.fattaForslag(session.aktor(), b.beslut().id()), f -> {
            ladda();
            meddelande.set(Meddelanden.t("beslutsvy.forslagFattat", f.beslut().id()));
        }, t -> meddelande.set(Felvisning.text(t)));
    }

    /** The utskott's decision was registered here: reload and say so. */
    public void utskottRegistrerat(BeslutMedBerakning b) {
        ladda();
        meddelande.set(Meddelanden.t("utskott.registrerat", Beslutstext.beslutsfattare(b)));
    }

    /** The form for the socialutskott's decision. */
    public UtskottsbeslutViewModel utskott() {
        return utskott;
    }

    /** The delegation assessment of a proposal for its maker: whether it goes to the utskott. */
    public boolean tillUtskottet(BeslutMedBerakning b) {
        return b.arForslag() && b.beslut().status() == se.bistand.domain.beslut.BeslutStatus.FORSLAG
                && utskottsbundna.contains(b.beslut().id());
    }

    public ObservableList<BeslutMedBerakning> beslut() {
        return beslut;
    }

    private record Laddat(java.util.List<BeslutMedBerakning> beslut, java.util.List<se.bistand.domain.beslut.BeslutId> tillUtskott) {
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }
}
