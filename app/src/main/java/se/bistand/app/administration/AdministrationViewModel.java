package se.bistand.app.administration;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.domain.logg.AuditService;

/** Users, the audit trail and the access log, for systemförvaltare and log reviewers. */
public final class AdministrationViewModel {

    private final Session session;
    private final AnvandarService anvandarService;
    private final AuditService auditService;
    private final Clock klocka;
    private final ObservableList<Anvandare> anvandare = FXCollections.observableArrayList();
    private final ObservableList<AuditHandelse> handelser = FXCollections.observableArrayList();
    private final ObservableList<Atkomstlogg.Post> atkomster = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verifiering = new ReadOnlyStringWrapper("");
    /** Field name → Swedish error text for the new-user form. */
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();

    final StringProperty nyttAnvandarnamn = new SimpleStringProperty("");
    final StringProperty nyttNamn = new SimpleStringProperty("");
    final ObjectProperty<Roll> nyRoll = new SimpleObjectProperty<>(Roll.HANDLAGGARE);
    final StringProperty nyttPersonnummer = new SimpleStringProperty("");
    final StringProperty nyttLosenord = new SimpleStringProperty("");

    public AdministrationViewModel(Session session, AnvandarService anvandarService, AuditService auditService,
                                   Clock klocka) {
        this.session = session;
        this.anvandarService = anvandarService;
        this.auditService = auditService;
        this.klocka = klocka;
    }

    public boolean kanAdministreraAnvandare() {
        return session.aktor().har(Behorighet.ANVANDARE_ADMINISTRERA);
    }

    public boolean kanAdministreraMasterdata() {
        return session.aktor().har(Behorighet.MASTERDATA_ADMINISTRERA);
    }

    public boolean kanGranskaLogg() {
        return session.aktor().har(Behorighet.LOGG_GRANSKA);
    }

    public void ladda() {
        if (kanAdministreraAnvandare()) {
            session.runner().kor(() -> anvandarService.lista(session.aktor()),
                    anvandare::setAll, this::fel);
        }
        if (kanGranskaLogg()) {
            session.runner().kor(() -> auditService.senasteHandelser(session.aktor(), 500),
                    handelser::setAll, this::fel);
            session.runner().kor(() -> auditService.senasteAtkomster(session.aktor(), 500),
                    atkomster::setAll, this::fel);
        }
    }

    public void skapaAnvandare(Runnable klar) {
        faltfel.clear();
        meddelande.set("");
        Optional<Personnummer> pnr;
        try {
            pnr = nyttPersonnummer.get().isBlank() ? Optional.empty()
                    : Optional.of(Personnummer.parse(nyttPersonnummer.get(), java.time.LocalDate.now(klocka)));
        } catch (DomainException e) {
            faltfel.put("personnummer", Meddelanden.text(e));
            return;
        }
        char[] pw = nyttLosenord.get().toCharArray();
        String anv = nyttAnvandarnamn.get();
        String namn = nyttNamn.get();
        Roll roll = nyRoll.get();
        session.runner().kor(() -> anvandarService.skapa(session.aktor(), anv, namn, roll, pnr, pw),
                id -> {
                    Arrays.fill(pw, '\0');
                    meddelande.set(Meddelanden.t("admin.anvandareSkapad", anv.strip().toLowerCase()));
                    nyttAnvandarnamn.set("");
                    nyttNamn.set("");
                    nyttPersonnummer.set("");
                    nyttLosenord.set("");
                    ladda();
                    klar.run();
                }, this::fel);
    }

    public void lasUpp(Anvandare a) {
        session.runner().kor(() -> {
            anvandarService.lasUpp(session.aktor(), a.id());
            return true;
        }, ok -> {
            meddelande.set(Meddelanden.t("admin.upplast", a.anvandarnamn()));
            ladda();
        }, this::fel);
    }

    public void verifieraKedjan() {
        verifiering.set(Meddelanden.t("admin.verifierar"));
        session.runner().kor(() -> auditService.verifiera(session.aktor()), (AuditKedja.Resultat r) -> {
            verifiering.set(r.ok() ? Meddelanden.t("admin.kedjanHel", r.antalRader(), r.antalAnkare())
                    : Meddelanden.t("admin.kedjanBruten", r.forstaFelaktigaId(), r.orsak()));
            ladda();
        }, this::fel);
    }

    private void fel(Throwable t) {
        Felvisning.visa(t, faltfel, meddelande::set);
    }

    public ObservableList<Anvandare> anvandare() {
        return anvandare;
    }

    public ObservableList<AuditHandelse> handelser() {
        return handelser;
    }

    public ObservableList<Atkomstlogg.Post> atkomster() {
        return atkomster;
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifieringProperty() {
        return verifiering.getReadOnlyProperty();
    }

    static List<Roll> roller() {
        return List.of(Roll.values());
    }
}
