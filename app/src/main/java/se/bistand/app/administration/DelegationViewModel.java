package se.bistand.app.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationService;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

/**
 * The Delegation tab: every version of the delegationsordning with its date of effect and
 * status, the rules of the selected version, a proposed change of one rule (a new version from
 * a date, based on the version in force) and a second person's confirmation or rejection. The
 * domain ({@code DelegationService}) enforces the second person; this only shows the refusal.
 */
public final class DelegationViewModel {

    private final Session session;
    private final Clock klocka;
    private final DelegationService delegationService;
    private final ObservableList<Delegationsordning> versioner = FXCollections.observableArrayList();
    private final ObjectProperty<Delegationsordning> vald = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    final ObjectProperty<Beslutstyp> typ = new SimpleObjectProperty<>(Beslutstyp.LIVSFORING_I_OVRIGT);
    final ObjectProperty<Roll> roll = new SimpleObjectProperty<>(Roll.HANDLAGGARE);
    final StringProperty beslutMax = new SimpleStringProperty("");
    final StringProperty attestMax = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> giltigFran = new SimpleObjectProperty<>();
    final StringProperty beskrivning = new SimpleStringProperty("");

    public DelegationViewModel(Session session, Clock klocka, DelegationService delegationService) {
        this.session = session;
        this.klocka = klocka;
        this.delegationService = delegationService;
        giltigFran.set(LocalDate.now(klocka).plusDays(1));
    }

    public void ladda() {
        session.runner().kor(() -> delegationService.versioner(session.aktor()), versioner::setAll,
                this::fel);
    }

    public boolean kanForesla() {
        return session.aktor().har(Behorighet.MASTERDATA_ADMINISTRERA);
    }

    public boolean kanBekrafta() {
        return session.aktor().har(Behorighet.DELEGATION_BEKRAFTA);
    }

    /**
     * Proposes a new version from {@link #giltigFran}: the version in force that day with the
     * chosen role's rule for the chosen type changed (an empty limit: no limit).
     */
    public void foresla() {
        faltfel.clear();
        meddelande.set("");
        Optional<Money> nyBeslutMax = grans(beslutMax.get(), "beslutMax");
        Optional<Money> nyAttestMax = grans(attestMax.get(), "attestMax");
        if (!faltfel.isEmpty()) {
            return;
        }
        LocalDate fran = giltigFran.get();
        Beslutstyp t = typ.get();
        Roll r = roll.get();
        String text = beskrivning.get();
        session.runner().kor(() -> {
            var tjanst = delegationService;
            Delegationsordning bas = tjanst.gallande(fran == null ? LocalDate.now(klocka) : fran);
            List<DelegationsRegel> regler = new ArrayList<>(bas.regler());
            Optional<DelegationsRegel> gammal = bas.regel(t, r);
            DelegationsRegel ny = new DelegationsRegel(t, r, true, nyBeslutMax,
                    gammal.map(DelegationsRegel::farAttestera).orElse(false) || nyAttestMax.isPresent(),
                    nyAttestMax);
            gammal.ifPresent(regler::remove);
            regler.add(ny);
            return tjanst.foresla(session.aktor(), fran, text, regler);
        }, id -> {
            meddelande.set(Meddelanden.t("delegation.foreslagen", fran));
            ladda();
        }, this::fel);
    }

    public void bekrafta() {
        avgor(true);
    }

    public void avvisa() {
        avgor(false);
    }

    private void avgor(boolean bekrafta) {
        Delegationsordning o = vald.get();
        if (o == null) {
            return;
        }
        meddelande.set("");
        session.runner().kor(() -> {
            if (bekrafta) {
                delegationService.bekrafta(session.aktor(), o.id());
            } else {
                delegationService.avvisa(session.aktor(), o.id());
            }
            return o.id();
        }, id -> {
            meddelande.set(Meddelanden.t(bekrafta ? "delegation.bekraftad" : "delegation.avvisad", o.giltigFran()));
            ladda();
        }, this::fel);
    }

    private Optional<Money> grans(String text, String falt) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.parseNonNegative(text));
        } catch (DomainException e) {
            faltfel.put(falt, Meddelanden.text(e));
            return Optional.empty();
        }
    }

    private void fel(Throwable t) {
        if (t instanceof DomainException de && de.falt().isPresent()) {
            faltfel.put(de.falt().get(), Meddelanden.text(de));
        } else {
            meddelande.set(Felvisning.text(t));
        }
    }

    public ObservableList<Delegationsordning> versioner() {
        return versioner;
    }

    public ObjectProperty<Delegationsordning> valdProperty() {
        return vald;
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }
}
