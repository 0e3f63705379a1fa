package se.bistand.app.arende;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.arende.Adress;
import se.bistand.domain.arende.ArendeService;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.Arendevy;
import se.bistand.domain.arende.Hushall;
import se.bistand.domain.arende.Hushallsdeltagare;
import se.bistand.domain.arende.Hushallsroll;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.arende.Kontrollpunkt;
import se.bistand.domain.arende.Kontrollstatus;
import se.bistand.domain.arende.NyPerson;
import se.bistand.domain.arende.PersonService;
import se.bistand.domain.arende.Uppfoljningstyp;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.OptimistiskLasningException;

/**
 * One open case: loads the workspace (asking for a reason when the user is not assigned), runs the
 * commands of its tabs and reloads after each. A conflict with someone else's save is shown with
 * a reload, never overwritten.
 */
public final class ArendeViewModel {

    private final Session session;
    private final ArendeService arendeService;
    private final PersonService personService;
    private final ArendeId arendeId;
    private final Runnable andrat;
    private final ReadOnlyObjectWrapper<Arendevy> vy = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper konflikt = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper skalKravs = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper arbetar = new ReadOnlyBooleanWrapper(false);
    private final ObservableMap<String, String> faltfel = FXCollections.observableHashMap();

    // inputs
    public final StringProperty skal = new SimpleStringProperty("");
    public final StringProperty journalText = new SimpleStringProperty("");
    public final StringProperty journalDatum = new SimpleStringProperty("");
    public final ObjectProperty<Long> journalRattar = new SimpleObjectProperty<>();
    public final ObjectProperty<Kanal> ansokanKanal = new SimpleObjectProperty<>(Kanal.DIGITAL);
    public final StringProperty ansokanManad = new SimpleStringProperty("");
    public final StringProperty ansokanInkommen = new SimpleStringProperty("");
    public final StringProperty undantagSkal = new SimpleStringProperty("");
    public final ObjectProperty<Uppfoljningstyp> uppfoljningTyp = new SimpleObjectProperty<>(Uppfoljningstyp.HANDLINGSPLAN);
    public final StringProperty uppfoljningDatum = new SimpleStringProperty("");
    public final StringProperty uppfoljningNasta = new SimpleStringProperty("");
    public final StringProperty uppfoljningText = new SimpleStringProperty("");
    public final StringProperty medlemPersonnummer = new SimpleStringProperty("");
    public final StringProperty medlemFornamn = new SimpleStringProperty("");
    public final StringProperty medlemEfternamn = new SimpleStringProperty("");
    public final ObjectProperty<Hushallsroll> medlemRoll = new SimpleObjectProperty<>(Hushallsroll.BARN);
    public final StringProperty medlemFran = new SimpleStringProperty("");
    public final StringProperty hushallManad = new SimpleStringProperty("");
    public final BooleanProperty kanHandlagga = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<List<Hushallsdeltagare>> hushallForManad = new ReadOnlyObjectWrapper<>(List.of());

    public ArendeViewModel(Session session, ArendeService arendeService, PersonService personService,
                           ArendeId arendeId, Runnable andrat) {
        this.session = session;
        this.arendeService = arendeService;
        this.personService = personService;
        this.arendeId = arendeId;
        this.andrat = andrat;
        kanHandlagga.set(session.aktor().har(Behorighet.ARENDE_HANDLAGGA));
        LocalDate idag = arendeService.idag();
        journalDatum.set(idag.toString());
        ansokanInkommen.set(idag.toString());
        ansokanManad.set(YearMonth.from(idag).plusMonths(1).toString());
        uppfoljningDatum.set(idag.toString());
        medlemFran.set(idag.toString());
        hushallManad.set(YearMonth.from(idag).toString());
    }

    public ArendeId arendeId() {
        return arendeId;
    }

    public Session session() {
        return session;
    }

    /** Opens the case (access-logged); with an empty reason when the user is assigned. */
    public void oppna() {
        Optional<String> s = skal.get().isBlank() ? Optional.empty() : Optional.of(skal.get());
        arbetar.set(true);
        session.runner().kor(() -> arendeService.oppna(session.aktor(), arendeId, s), v -> {
            arbetar.set(false);
            skalKravs.set(false);
            visa(v);
        }, t -> {
            arbetar.set(false);
            if (t instanceof DomainException de && "atkomst.skalKravs".equals(de.key())) {
                if (skalKravs.get()) {
                    faltfel.put("skal", Meddelanden.text(de));
                }
                skalKravs.set(true);
            } else {
                fel.set(Felvisning.text(t));
            }
        });
    }

    /** Reads the case again (after a conflict or someone else's change; access-logged with the reason given). */
    public void lasOm() {
        Optional<String> s = skal.get().isBlank() ? Optional.empty() : Optional.of(skal.get());
        session.runner().kor(() -> arendeService.lasOm(session.aktor(), arendeId, s), v -> {
            konflikt.set(false);
            fel.set("");
            visa(v);
        }, t -> fel.set(Felvisning.text(t)));
    }

    private void visa(Arendevy v) {
        v.senasteAnsokan().filter(a -> a.avserManad().toString().compareTo(ansokanManad.get()) >= 0)
                .ifPresent(a -> ansokanManad.set(a.avserManad().plusMonths(1).toString()));
        vy.set(v);
        visaHushallForManad();
    }

    public void visaHushallForManad() {
        Arendevy v = vy.get();
        if (v == null) {
            return;
        }
        try {
            hushallForManad.set(Hushall.forManad(v.hushallsperioder(), YearMonth.parse(hushallManad.get().strip())));
            faltfel.remove("hushallManad");
        } catch (DateTimeParseException e) {
            faltfel.put("hushallManad", Meddelanden.t("arende.felManad"));
        }
    }

    private long version() {
        return vy.get().arende().version();
    }

    /** Runs a change; on success clears the given inputs, reloads and tells the section. */
    private <T> void andra(Callable<T> arbete, String klarNyckel, Runnable efter) {
        faltfel.clear();
        fel.set("");
        meddelande.set("");
        arbetar.set(true);
        session.runner().kor(arbete, r -> {
            arbetar.set(false);
            meddelande.set(Meddelanden.t(klarNyckel));
            efter.run();
            lasOm();
            andrat.run();
        }, t -> {
            arbetar.set(false);
            if (t instanceof OptimistiskLasningException) {
                konflikt.set(true);
                fel.set(Felvisning.text(t));
            } else if (t instanceof DomainException de && de.falt().isPresent()) {
                faltfel.put(de.falt().get(), Meddelanden.text(de));
            } else {
                fel.set(Felvisning.text(t));
            }
        });
    }

    /** After a person's contact data was saved elsewhere in the workspace: confirm, reload, tell the section. */
    public void kontaktSparad() {
        fel.set("");
        meddelande.set(Meddelanden.t("kontakt.sparad"));
        lasOm();
        andrat.run();
    }

    public void andraStatus(ArendeStatus ny) {
        long v = version();
        andra(() -> {
            arendeService.andraStatus(session.aktor(), arendeId, v, ny);
            return true;
        }, "arende.statusAndrad", () -> { });
    }

    public void registreraAnsokan() {
        long v = version();
        Kanal kanal = ansokanKanal.get();
        YearMonth manad;
        LocalDate inkommen;
        try {
            manad = YearMonth.parse(ansokanManad.get().strip());
        } catch (DateTimeParseException e) {
            faltfel.put("manad", Meddelanden.t("ansokan.manadSaknas"));
            return;
        }
        inkommen = datum(ansokanInkommen.get(), "inkommen");
        if (inkommen == null) {
            return;
        }
        andra(() -> arendeService.registreraAnsokan(session.aktor(), arendeId, v, kanal, manad, inkommen),
                "arende.ansokanRegistrerad", () -> ansokanManad.set(manad.plusMonths(1).toString()));
    }

    /** Marks the given open checklist items; waiving needs {@link #undantagSkal}. */
    public void markera(List<Kontrollpunkt> punkter, Kontrollstatus status) {
        if (punkter.isEmpty()) {
            return;
        }
        long v = version();
        String skalText = undantagSkal.get();
        andra(() -> {
            long version = v;
            for (Kontrollpunkt p : punkter) {
                arendeService.markeraKontroll(session.aktor(), arendeId, version, p, status, skalText);
                version++;
            }
            return true;
        }, "arende.kontrollMarkerad", () -> undantagSkal.set(""));
    }

    public void skrivJournal() {
        LocalDate d = datum(journalDatum.get(), "datum");
        if (d == null) {
            return;
        }
        String text = journalText.get();
        Optional<Long> rattar = Optional.ofNullable(journalRattar.get());
        andra(() -> arendeService.skrivJournal(session.aktor(), arendeId, d, text, rattar),
                "arende.journalSparad", () -> {
                    journalText.set("");
                    journalRattar.set(null);
                });
    }

    public void registreraUppfoljning() {
        long v = version();
        LocalDate d = datum(uppfoljningDatum.get(), "datum");
        if (d == null) {
            return;
        }
        LocalDate nasta = null;
        if (!uppfoljningNasta.get().isBlank()) {
            nasta = datum(uppfoljningNasta.get(), "nasta");
            if (nasta == null) {
                return;
            }
        }
        LocalDate n = nasta;
        Uppfoljningstyp typ = uppfoljningTyp.get();
        String text = uppfoljningText.get();
        andra(() -> arendeService.registreraUppfoljning(session.aktor(), arendeId, v, typ, d, n, text),
                "arende.uppfoljningSparad", () -> {
                    uppfoljningText.set("");
                    uppfoljningNasta.set("");
                });
    }

    public void laggTillMedlem() {
        long v = version();
        LocalDate fran = datum(medlemFran.get(), "fran");
        if (fran == null) {
            return;
        }
        NyPerson ny = new NyPerson(medlemPersonnummer.get(), false, null, null, medlemFornamn.get(),
                medlemEfternamn.get(), Adress.TOM, "", "", false, false);
        Hushallsroll roll = medlemRoll.get();
        andra(() -> {
            var person = personService.hittaEllerSkapa(session.aktor(), ny);
            return arendeService.laggTillHushallsmedlem(session.aktor(), arendeId, v, person, roll, fran);
        }, "arende.medlemTillagd", () -> {
            medlemPersonnummer.set("");
            medlemFornamn.set("");
            medlemEfternamn.set("");
        });
    }

    public void avslutaMedlem(Hushallsdeltagare d, LocalDate till) {
        long v = version();
        andra(() -> {
            arendeService.avslutaHushallsmedlem(session.aktor(), arendeId, v, d.medlemskapId(), till);
            return true;
        }, "arende.medlemAvslutad", () -> { });
    }

    private LocalDate datum(String text, String falt) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            faltfel.put(falt, Meddelanden.t("arende.felDatum"));
            return null;
        }
    }

    public ReadOnlyObjectProperty<Arendevy> vyProperty() {
        return vy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Hushallsdeltagare>> hushallForManadProperty() {
        return hushallForManad.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty konfliktProperty() {
        return konflikt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty skalKravsProperty() {
        return skalKravs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty arbetarProperty() {
        return arbetar.getReadOnlyProperty();
    }

    public ObservableMap<String, String> faltfel() {
        return faltfel;
    }
}
