package se.bistand.app.arende;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Bakgrundsarbete;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.arende.Arbetsbelastning;
import se.bistand.domain.arende.Arbetsrad;
import se.bistand.domain.arende.ArendeService;
import se.bistand.domain.arende.Listarende;
import se.bistand.domain.arende.Bevakning;
import se.bistand.domain.arende.PersonService;
import se.bistand.domain.arende.Soktraff;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;

/** The Ärenden section: search, the user's work list, and fördelning for those who distribute cases. */
public final class ArendenViewModel {

    /** Work-list filters. */
    public enum Filter {
        ALLA, FORFALLNA, INOM_14_DAGAR;

        public String textnyckel() {
            return "arbetslista.filter." + name();
        }
    }

    private final Session session;
    private final ArendeService arendeService;
    private final PersonService personService;
    private final Bakgrundsarbete arbete;
    private final ObservableList<Soktraff> traffar = FXCollections.observableArrayList();
    private final ObservableList<Arbetsrad> arbetslista = FXCollections.observableArrayList();
    private final FilteredList<Arbetsrad> filtrerad = new FilteredList<>(arbetslista);
    private final ObservableList<Arbetsrad> otilldelade = FXCollections.observableArrayList();
    private final ObservableList<Arbetsbelastning> belastning = FXCollections.observableArrayList();
    private final ObservableList<Anvandare> handlaggare = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sokFel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sokStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fordelningStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper antalForfallna = new ReadOnlyIntegerWrapper();

    public final StringProperty sokText = new SimpleStringProperty("");
    public final StringProperty filterText = new SimpleStringProperty("");
    public final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALLA);
    public final ObjectProperty<Anvandare> tilldelaTill = new SimpleObjectProperty<>();

    public ArendenViewModel(Session session, ArendeService arendeService, PersonService personService) {
        this.session = session;
        this.arendeService = arendeService;
        this.personService = personService;
        this.arbete = new Bakgrundsarbete(session.runner());
        filterText.addListener((o, a, b) -> uppdateraFilter());
        filter.addListener((o, a, b) -> uppdateraFilter());
    }

    public Session session() {
        return session;
    }

    public boolean harArbetslista() {
        return session.aktor().har(Behorighet.ARENDE_HANDLAGGA);
    }

    public boolean kanFordela() {
        return session.aktor().har(Behorighet.ARENDE_FORDELA);
    }

    public boolean kanSkapa() {
        return session.aktor().har(Behorighet.ARENDE_HANDLAGGA);
    }

    public void ladda() {
        if (harArbetslista()) {
            laddaArbetslista();
        }
        if (kanFordela()) {
            laddaFordelning();
        }
    }

    public void laddaArbetslista() {
        arbete.hamta("arbetslista", () -> arendeService.arbetslista(session.aktor()), rader -> {
            arbetslista.setAll(rader);
            antalForfallna.set((int) rader.stream().mapToLong(Arbetsrad::antalForfallna).sum());
        }, t -> meddelande.set(Felvisning.text(t)));
    }

    public void laddaFordelning() {
        fordelningStatus.set(Meddelanden.t("fordelning.laddar"));
        arbete.hamta("fordelning", () -> arendeService.fordelning(session.aktor()), lage -> {
            otilldelade.setAll(lage.otilldelade());
            belastning.setAll(lage.belastning());
            fordelningStatus.set(Meddelanden.t("fordelning.antal", lage.antalOtilldelade(), lage.otilldelade().size()));
        }, t -> fordelningStatus.set(Felvisning.text(t)));
        arbete.hamta("handlaggare", () -> arendeService.handlaggare(session.aktor()), handlaggare::setAll,
                t -> fordelningStatus.set(Felvisning.text(t)));
    }

    /**
     * Searches; {@code klar} runs with the hits when the search succeeded. A search overtaken by
     * a newer one shows nothing when it arrives.
     */
    public void sok(Runnable klar) {
        String q = sokText.get();
        sokFel.set("");
        sokStatus.set(Meddelanden.t("sok.soker"));
        arbete.hamta("sok", () -> personService.sok(session.aktor(), q), r -> {
            traffar.setAll(r);
            sokStatus.set(r.isEmpty() ? Meddelanden.t("sok.ingaTraffar", q.strip()) : Meddelanden.t("sok.antal", r.size()));
            klar.run();
        }, t -> {
            sokStatus.set("");
            sokFel.set(t instanceof DomainException de ? Meddelanden.text(de) : Felvisning.text(t));
        });
    }

    /** Aktualiserar a case for a person found by search. */
    public void aktualisera(se.bistand.domain.gemensam.Id.PersonId person,
                            java.util.function.Consumer<se.bistand.domain.gemensam.Id.ArendeId> klar) {
        sokFel.set("");
        arbete.utfor(() -> arendeService.aktualisera(session.aktor(), person), klar,
                t -> sokFel.set(Felvisning.text(t)));
    }

    public void tilldela(Arbetsrad vald) {
        Listarende rad = vald == null ? null : vald.rad();
        Anvandare till = tilldelaTill.get();
        if (rad == null || till == null) {
            fordelningStatus.set(Meddelanden.t("fordelning.valj"));
            return;
        }
        arbete.utfor(() -> {
            arendeService.tilldela(session.aktor(), rad.arende().id(), rad.arende().version(), till.id());
            return true;
        }, ok -> {
            meddelande.set(Meddelanden.t("fordelning.tilldelat", rad.arende().nummer(), till.namn()));
            ladda();
        }, t -> fordelningStatus.set(Felvisning.text(t)));
    }

    private void uppdateraFilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase();
        Filter f = filter.get();
        LocalDate grans = arendeService.idag().plusDays(14);
        filtrerad.setPredicate(r -> {
            boolean typ = switch (f) {
                case ALLA -> true;
                case FORFALLNA -> r.antalForfallna() > 0;
                case INOM_14_DAGAR -> r.nastaSenast().filter(d -> !d.isAfter(grans)).isPresent();
            };
            return typ && (text.isEmpty() || (r.rad().arende().nummer() + " " + r.sokande().namn() + " "
                    + r.sokande().identitet()).toLowerCase().contains(text));
        });
    }

    /** The deadlines of a row in words, the overdue first. */
    public static String bevakningstext(List<Bevakning> b) {
        return String.join(" · ", b.stream()
                .sorted((x, y) -> Boolean.compare(y.forfallen(), x.forfallen()))
                .map(x -> Meddelanden.t(x.textnyckel(), x.senast().toString())).toList());
    }

    public ObservableList<Soktraff> traffar() {
        return traffar;
    }

    public ObservableList<Arbetsrad> arbetslista() {
        return filtrerad;
    }

    public ObservableList<Arbetsrad> otilldelade() {
        return otilldelade;
    }

    public ObservableList<Arbetsbelastning> belastning() {
        return belastning;
    }

    public ObservableList<Anvandare> handlaggare() {
        return handlaggare;
    }

    public ReadOnlyStringProperty sokFelProperty() {
        return sokFel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sokStatusProperty() {
        return sokStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fordelningStatusProperty() {
        return fordelningStatus.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty antalForfallnaProperty() {
        return antalForfallna.getReadOnlyProperty();
    }
}
