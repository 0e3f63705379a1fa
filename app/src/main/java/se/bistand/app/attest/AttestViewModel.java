package se.bistand.app.attest;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.bistand.app.Meddelanden;
import se.bistand.app.beslut.Beslutstext;
import se.bistand.app.beslut.UtskottsbeslutViewModel;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;

/** The attest inbox: decisions waiting for my attest, proposals I may decide, my own decisions. */
public final class AttestViewModel {

    private final Session session;
    private final AttestService attestService;
    private final BeslutService beslutService;
    private final ObservableList<AttestService.Post> inkorg = FXCollections.observableArrayList();
    private final ObservableList<AttestService.Post> forslag = FXCollections.observableArrayList();
    private final ObservableList<AttestService.Post> mina = FXCollections.observableArrayList();
    private final ObservableList<AttestService.Post> attesterade = FXCollections.observableArrayList();
    private final ObjectProperty<AttestService.Post> vald = new SimpleObjectProperty<>();
    private final ObjectProperty<BeslutMedBerakning> valtBeslut = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");
    final StringProperty kommentar = new SimpleStringProperty("");
    private final UtskottsbeslutViewModel utskott;

    public AttestViewModel(Session session, AttestService attestService, BeslutService beslutService) {
        this.session = session;
        this.attestService = attestService;
        this.beslutService = beslutService;
        this.utskott = new UtskottsbeslutViewModel(session, beslutService);
    }

    /** The form for the socialutskott's decision on a proposal above every limit. */
    public UtskottsbeslutViewModel utskott() {
        return utskott;
    }

    /** Whether the proposal goes to the socialutskott (no one's delegation covers it). */
    public static boolean tillUtskottet(AttestService.Post p) {
        return p.beslut().status() == se.bistand.domain.attest.AttestBeslut.Status.FORSLAG
                && p.delegation().map(d -> d.garTill().isEmpty()).orElse(false);
    }

    /** The utskott's decision was registered: say so, and reload the lists. */
    public void utskottRegistrerat(BeslutMedBerakning b) {
        meddelande.set(Meddelanden.t("utskott.registrerat", Beslutstext.beslutsfattare(b)));
        vald.set(null);
        ladda();
    }

    public boolean kanAttestera() {
        return session.aktor().har(Behorighet.BESLUT_ATTESTERA);
    }

    public boolean kanBesluta() {
        return session.aktor().har(Behorighet.BESLUT_FATTA);
    }

    public void ladda() {
        AttestService s = attestService;
        if (kanAttestera()) {
            session.runner().kor(() -> s.inkorg(session.aktor()), inkorg::setAll, this::visaFel);
            session.runner().kor(() -> s.attesteradeAvMig(session.aktor()), attesterade::setAll, this::visaFel);
        }
        if (kanBesluta()) {
            session.runner().kor(() -> s.forslag(session.aktor()), forslag::setAll, this::visaFel);
            session.runner().kor(() -> s.mina(session.aktor()), mina::setAll, this::visaFel);
        }
    }

    /** Opens a decision in the detail pane (recorded in the access log). */
    public void oppna(AttestService.Post p) {
        fel.set("");
        if (p == null) {
            vald.set(null);
            return;
        }
        session.runner().kor(() -> new Detalj(attestService.oppna(session.aktor(), p.beslut().id()),
                beslutService.hamta(session.aktor(), new BeslutId(p.beslut().beslutId()))), d -> {
                    valtBeslut.set(d.beslut());
                    vald.set(d.post());
                }, this::visaFel);
    }

    public void attestera() {
        AttestService.Post p = vald.get();
        if (p == null) {
            return;
        }
        utfor(() -> attestService.attestera(session.aktor(), p.beslut().id()),
                Meddelanden.t("attest.attesterad", p.beslut().arendeText(), p.beslut().belopp().format()));
    }

    public void returnera() {
        AttestService.Post p = vald.get();
        if (p == null) {
            return;
        }
        String k = kommentar.get();
        utfor(() -> attestService.returnera(session.aktor(), p.beslut().id(), k),
                Meddelanden.t("attest.returnerad", p.beslut().arendeText()));
    }

    /** Withdraws my attest while the payout list is unsigned (back to the handläggare with the comment). */
    public void aterkalla() {
        AttestService.Post p = vald.get();
        if (p == null) {
            return;
        }
        String k = kommentar.get();
        utfor(() -> attestService.aterkalla(session.aktor(), p.beslut().id(), k),
                Meddelanden.t("attest.aterkallad", p.beslut().arendeText()));
    }

    public void fattaBeslut() {
        AttestService.Post p = vald.get();
        if (p == null) {
            return;
        }
        utfor(() -> beslutService.fattaForslag(session.aktor(), new BeslutId(p.beslut().beslutId())),
                Meddelanden.t("attest.beslutFattat", p.beslut().arendeText()));
    }

    private void utfor(Runnable arbete, String klart) {
        fel.set("");
        session.runner().kor(() -> {
            arbete.run();
            return true;
        }, ok -> {
            meddelande.set(klart);
            kommentar.set("");
            vald.set(null);
            ladda();
        }, this::visaFel);
    }

    private void visaFel(Throwable t) {
        fel.set(Felvisning.text(t));
    }

    public ObservableList<AttestService.Post> inkorg() {
        return inkorg;
    }

    public ObservableList<AttestService.Post> forslag() {
        return forslag;
    }

    public ObservableList<AttestService.Post> mina() {
        return mina;
    }

    public ObservableList<AttestService.Post> attesterade() {
        return attesterade;
    }

    /** An opened decision: the attest row and the stored decision with its checked calculation. */
    private record Detalj(AttestService.Post post, BeslutMedBerakning beslut) {
    }

    /** The opened decision as stored (its amount card): set before {@link #valdProperty()}. */
    public ObjectProperty<BeslutMedBerakning> valtBeslutProperty() {
        return valtBeslut;
    }

    public ObjectProperty<AttestService.Post> valdProperty() {
        return vald;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }
}
