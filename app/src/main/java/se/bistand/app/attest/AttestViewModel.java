package se.bistand.app.attest;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.bistand.app.Meddelanden;
import se.bistand.app.beslut.Beslutstext;
import se.bistand.app.beslut.UtskottsbeslutViewModel;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Bakgrundsarbete;
import se.bistand.app.utbetalning.UtbetalningarViewModel;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.utbetalning.Signeringsregler;
import se.bistand.domain.beslut.BeslutMedBerakning;

/**
 * The attest inbox: decisions waiting for my attest, proposals I may decide, my own decisions.
 * The detail shows only the decision last selected: an older read that arrives late is dropped.
 */
public final class AttestViewModel {

    private static final String DETALJ = "detalj";

    private final Session session;
    private final AttestPort attest;
    private final Bakgrundsarbete arbete;
    private final ObservableList<AttestService.Post> inkorg = FXCollections.observableArrayList();
    private final ObservableList<AttestService.Post> forslag = FXCollections.observableArrayList();
    private final ObservableList<AttestService.Post> mina = FXCollections.observableArrayList();
    private final ObservableList<AttestService.Post> attesterade = FXCollections.observableArrayList();
    private final ObjectProperty<AttestService.Post> vald = new SimpleObjectProperty<>();
    private final ObjectProperty<BeslutMedBerakning> valtBeslut = new SimpleObjectProperty<>();
    final StringProperty kommentar = new SimpleStringProperty("");
    private final UtskottsbeslutViewModel utskott;

    public AttestViewModel(Session session, AttestPort attest) {
        this.session = session;
        this.attest = attest;
        this.arbete = new Bakgrundsarbete(session.runner());
        this.utskott = new UtskottsbeslutViewModel(session, attest::registreraUtskottsbeslut);
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
        arbete.meddela(Meddelanden.t("utskott.registrerat", Beslutstext.beslutsfattare(b)));
        arbete.glom(DETALJ);
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
        if (kanAttestera()) {
            arbete.hamta("inkorg", () -> attest.inkorg(session.aktor()), inkorg::setAll);
            arbete.hamta("attesterade", () -> attest.attesteradeAvMig(session.aktor()), attesterade::setAll);
        }
        if (kanBesluta()) {
            arbete.hamta("forslag", () -> attest.forslag(session.aktor()), forslag::setAll);
            arbete.hamta("mina", () -> attest.mina(session.aktor()), mina::setAll);
        }
    }

    /**
     * Opens a decision in the detail pane (recorded in the access log); {@code null} (nothing
     * selected) empties it. Only the latest selection is shown when its read arrives.
     */
    public void oppna(AttestService.Post p) {
        arbete.rensaFel();
        if (p == null) {
            arbete.glom(DETALJ);
            vald.set(null);
            return;
        }
        arbete.hamta(DETALJ, () -> new Detalj(attest.oppna(session.aktor(), p.beslut().id()),
                beslutOmSynligt(p), attest.signeringOmAttest(session.aktor(), p.beslut().betalningsdatum())), d -> {
                    valtBeslut.set(d.beslut());
                    signeringsvarning = d.signering().map(AttestViewModel::signeringsvarning).orElse("");
                    vald.set(d.post());
                });
    }

    /**
     * The stored decision, or null when it is about a person with skyddad identitet whom the user
     * may not see (the domain refuses: only the handläggare and the chefs read it).
     */
    private BeslutMedBerakning beslutOmSynligt(AttestService.Post p) {
        try {
            return attest.beslut(session.aktor(), new BeslutId(p.beslut().beslutId()));
        } catch (se.bistand.domain.gemensam.DomainException e) {
            if ("arende.skyddadIdentitet".equals(e.key())) {
                return null;
            }
            throw e;
        }
    }

    public void attestera() {
        AttestService.Post p = vald.get();
        if (p == null) {
            return;
        }
        utfor(() -> attest.attestera(session.aktor(), p.beslut().id()),
                Meddelanden.t("attest.attesterad", p.beslut().arendeText(), p.beslut().belopp().format()));
    }

    public void returnera() {
        AttestService.Post p = vald.get();
        if (p == null) {
            return;
        }
        String k = kommentar.get();
        utfor(() -> attest.returnera(session.aktor(), p.beslut().id(), k),
                Meddelanden.t("attest.returnerad", p.beslut().arendeText()));
    }

    /** Withdraws my attest while the payout list is unsigned (back to the handläggare with the comment). */
    public void aterkalla() {
        AttestService.Post p = vald.get();
        if (p == null) {
            return;
        }
        String k = kommentar.get();
        utfor(() -> attest.aterkalla(session.aktor(), p.beslut().id(), k),
                Meddelanden.t("attest.aterkallad", p.beslut().arendeText()));
    }

    public void fattaBeslut() {
        AttestService.Post p = vald.get();
        if (p == null) {
            return;
        }
        utfor(() -> attest.fattaForslag(session.aktor(), new BeslutId(p.beslut().beslutId())),
                Meddelanden.t("attest.beslutFattat", p.beslut().arendeText()));
    }

    private void utfor(Runnable andring, String klart) {
        arbete.utfor(() -> {
            andring.run();
            return true;
        }, ok -> {
            arbete.meddela(klart);
            kommentar.set("");
            arbete.glom(DETALJ);
            vald.set(null);
            ladda();
        });
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
    private record Detalj(AttestService.Post post, BeslutMedBerakning beslut,
                          java.util.Optional<Signeringsregler.Signeringslage> signering) {
    }

    /** For a chef who signs payout lists: what attesting the opened decision does to signing its list. */
    private String signeringsvarning = "";

    public String signeringsvarning() {
        return signeringsvarning;
    }

    /**
     * Attesting bars the chef from signing the payment day's list; said before they attest, with
     * who could still sign it or a warning that nobody available could complete it.
     */
    static String signeringsvarning(Signeringsregler.Signeringslage s) {
        String text = s.dittHinder().map(Meddelanden::text).orElse("");
        return text + " " + (s.kanFullbordas() ? UtbetalningarViewModel.kandidatText(s)
                : UtbetalningarViewModel.ejFullbordbarText(s));
    }

    /** The opened decision as stored (its amount card): set before {@link #valdProperty()}. */
    public ObjectProperty<BeslutMedBerakning> valtBeslutProperty() {
        return valtBeslut;
    }

    public ObjectProperty<AttestService.Post> valdProperty() {
        return vald;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return arbete.meddelandeProperty();
    }

    public ReadOnlyStringProperty felProperty() {
        return arbete.felProperty();
    }

    /** True while a read or a command runs. */
    public ReadOnlyBooleanProperty upptagenProperty() {
        return arbete.upptagenProperty();
    }
}
