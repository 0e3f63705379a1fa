package se.bistand.app.arende;

import static se.bistand.app.arende.Formular.falt;
import static se.bistand.app.arende.Formular.knapp;
import static se.bistand.app.arende.Formular.kol;
import static se.bistand.app.arende.Formular.tabell;
import static se.bistand.app.arende.Formular.text;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.domain.arende.Ansokan;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.Arendevy;
import se.bistand.domain.arende.Checklistpost;
import se.bistand.domain.arende.Hushallsdeltagare;
import se.bistand.domain.arende.Hushallsroll;
import se.bistand.domain.arende.Journalanteckning;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.arende.Kontrollstatus;
import se.bistand.domain.arende.Personvisning;
import se.bistand.domain.arende.Uppfoljning;
import se.bistand.domain.arende.Uppfoljningstyp;

/** The case workspace's own tabs (registered in {@link ArendeFlikar}). */
final class ArendeFlikvyer {

    private ArendeFlikvyer() {
    }

    private static void vidVy(ArendeViewModel vm, Consumer<Arendevy> visa) {
        vm.vyProperty().addListener((o, a, v) -> {
            if (v != null) {
                visa.accept(v);
            }
        });
        if (vm.vyProperty().get() != null) {
            visa.accept(vm.vyProperty().get());
        }
    }

    private static VBox sida(Node... barn) {
        VBox v = new VBox(10, barn);
        v.setPadding(new Insets(12));
        return v;
    }

    private static String d(LocalDate d) {
        return d == null ? "–" : d.toString();
    }

    // ---- Översikt ---------------------------------------------------------------------------------

    static Node oversikt(ArendeViewModel vm) {
        GridPane person = new GridPane();
        person.setHgap(16);
        person.setVgap(4);
        person.setId("oversiktPerson");
        FlowPane statusknappar = new FlowPane(8, 6);
        statusknappar.setId("statusKnappar");
        VBox hinder = new VBox(4);
        hinder.setId("beslutHinder");
        vidVy(vm, v -> {
            Personvisning p = v.sokande();
            person.getChildren().clear();
            int r = 0;
            rad(person, r++, "arende.namn", p.namn());
            rad(person, r++, "arende.identitet", p.identitet()
                    + (p.reservSkal().isEmpty() ? "" : " (" + p.reservSkal() + ")"));
            rad(person, r++, "arende.adress", p.skyddadIdentitet() ? Meddelanden.t("arende.adressSkyddad")
                    : p.adress().arTom() ? "–" : p.adress().enRad());
            rad(person, r++, "arende.telefon", p.telefon().isEmpty() ? "–" : p.telefon());
            rad(person, r++, "arende.epost", p.epost().isEmpty() ? "–" : p.epost());
            rad(person, r++, "arende.handlaggare", v.handlaggareNamn().orElse(Meddelanden.t("arende.ejTilldelad")));
            rad(person, r++, "arende.aktualiserad", d(v.arende().aktualiserad()));
            rad(person, r, "arende.nybesok", d(v.arende().nybesok()));
            statusknappar.getChildren().clear();
            for (ArendeStatus s : v.arende().status().tillatnaNasta()) {
                if (s == ArendeStatus.ANSOKAN) {
                    continue;
                }
                Button b = new Button(Meddelanden.t("arende.tillStatus", Meddelanden.t(s.textnyckel()).toLowerCase()));
                b.setId("status-" + s.name());
                b.disableProperty().bind(vm.kanHandlagga.not().or(vm.arbetarProperty()));
                if (s == ArendeStatus.AVSLUTAD) {
                    b.getStyleClass().add(Styles.DANGER);
                }
                b.setOnAction(e -> vm.andraStatus(s));
                statusknappar.getChildren().add(b);
            }
            hinder.getChildren().clear();
            ArendeStatus st = v.arende().status();
            if (st != ArendeStatus.ANSOKAN && st != ArendeStatus.UTREDNING) {
                return;
            }
            Label rubrik = new Label(v.beslutskontroll().tillaten() ? Meddelanden.t("arende.kanBeslutas")
                    : Meddelanden.t("arende.kanInteBeslutas"),
                    new FontIcon(v.beslutskontroll().tillaten() ? Material2OutlinedAL.CHECK_CIRCLE : Material2OutlinedMZ.WARNING));
            rubrik.getStyleClass().add(v.beslutskontroll().tillaten() ? Styles.SUCCESS : Styles.WARNING);
            hinder.getChildren().add(rubrik);
            for (String h : v.beslutskontroll().hinder()) {
                Label l = new Label("• " + Meddelanden.t(h));
                l.setWrapText(true);
                hinder.getChildren().add(l);
            }
        });
        Label statusRubrik = new Label(Meddelanden.t("arende.flyttaStatus"));
        statusRubrik.getStyleClass().add(Styles.TITLE_4);
        Label personRubrik = new Label(Meddelanden.t("arende.sokande"));
        personRubrik.getStyleClass().add(Styles.TITLE_4);
        KontaktViewModel kontakt = new KontaktViewModel(vm.session(), vm.session().tjanster().personService(),
                vm.arendeId(), vm::kontaktSparad);
        Button andra = knapp("kontakt.andra", Material2OutlinedAL.EDIT, "andraKontaktKnapp");
        andra.setVisible(kontakt.kanAndra());
        andra.managedProperty().bind(andra.visibleProperty());
        andra.disableProperty().bind(kontakt.oppenProperty().or(kontakt.arbetarProperty()).or(vm.vyProperty().isNull()));
        andra.setOnAction(e -> kontakt.oppna(vm.vyProperty().get().sokande().id()));
        VBox personDel = new VBox(10, personRubrik, person, andra);
        personDel.setMinWidth(360);
        KontaktView kontaktVy = new KontaktView(kontakt, "kontakt", true);
        HBox.setHgrow(kontaktVy, Priority.ALWAYS);
        HBox overst = new HBox(24, personDel, kontaktVy);
        javafx.scene.control.ScrollPane rulle = new javafx.scene.control.ScrollPane(sida(overst, statusRubrik,
                statusknappar, hinder));
        rulle.setFitToWidth(true);
        rulle.setId("oversiktRulle");
        return rulle;
    }

    private static void rad(GridPane g, int r, String nyckel, String varde) {
        Label e = new Label(Meddelanden.t(nyckel));
        e.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(varde);
        v.setId("oversikt-" + nyckel.substring(nyckel.indexOf('.') + 1));
        g.addRow(r, e, v);
    }

    // ---- Ansökningar ------------------------------------------------------------------------------

    static Node ansokningar(ArendeViewModel vm) {
        TableView<Ansokan> t = tabell("ansokningarTabell");
        t.getColumns().add(kol("ansokan.kol.manad", a -> a.avserManad().toString()));
        t.getColumns().add(kol("ansokan.kol.typ", a -> Meddelanden.t(a.typ().textnyckel())));
        t.getColumns().add(kol("ansokan.kol.kanal", a -> Meddelanden.t(a.kanal().textnyckel())));
        t.getColumns().add(kol("ansokan.kol.inkommen", a -> a.inkommen().toString()));
        t.getColumns().add(kol("ansokan.kol.registreradAv", Ansokan::registreradAv));
        t.setPlaceholder(new Label(Meddelanden.t("ansokan.inga")));
        vidVy(vm, v -> t.getItems().setAll(omvand(v.ansokningar())));
        ComboBox<Kanal> kanal = Formular.val("ansokanKanal", List.of(Kanal.values()), Kanal::textnyckel);
        kanal.valueProperty().bindBidirectional(vm.ansokanKanal);
        Button registrera = knapp("ansokan.registrera", Material2OutlinedAL.ADD_TASK, "registreraAnsokanKnapp");
        registrera.getStyleClass().add(Styles.ACCENT);
        registrera.disableProperty().bind(vm.kanHandlagga.not().or(vm.arbetarProperty()));
        registrera.setOnAction(e -> vm.registreraAnsokan());
        HBox form = new HBox(10,
                falt("ansokan.kanal", kanal, "kanal", vm.faltfel()),
                falt("ansokan.manad", text("ansokanManad", vm.ansokanManad, "ÅÅÅÅ-MM"), "manad", vm.faltfel()),
                falt("ansokan.inkommen", text("ansokanInkommen", vm.ansokanInkommen, "ÅÅÅÅ-MM-DD"), "inkommen",
                        vm.faltfel()),
                registrera);
        form.setAlignment(Pos.BOTTOM_LEFT);
        form.getStyleClass().add("formular-rad");
        VBox.setVgrow(t, Priority.ALWAYS);
        return sida(form, t);
    }

    // ---- Journal ------------------------------------------------------------------------------------

    static Node journal(ArendeViewModel vm) {
        TableView<Journalanteckning> t = tabell("journalTabell");
        t.getColumns().add(kol("journal.kol.datum", j -> j.datum().toString()));
        t.getColumns().add(kol("journal.kol.nr", j -> "#" + j.id()));
        t.getColumns().add(kol("journal.kol.forfattare", Journalanteckning::forfattare));
        t.getColumns().add(kol("journal.kol.text", j -> (j.rattar() == null ? "" : Meddelanden.t("journal.rattar", j.rattar()) + " ")
                + j.text()));
        t.getColumns().get(0).setMaxWidth(110);
        t.getColumns().get(1).setMaxWidth(60);
        t.getColumns().get(2).setMaxWidth(160);
        t.setPlaceholder(new Label(Meddelanden.t("journal.inga")));
        vidVy(vm, v -> t.getItems().setAll(omvand(v.journal())));
        TextArea text = new TextArea();
        text.setId("journalText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.setPromptText(Meddelanden.t("journal.prompt"));
        text.textProperty().bindBidirectional(vm.journalText);
        CheckBox rattelse = new CheckBox(Meddelanden.t("journal.rattelse"));
        rattelse.setId("journalRattelse");
        rattelse.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        rattelse.selectedProperty().addListener((o, a, b) -> vm.journalRattar.set(
                b && t.getSelectionModel().getSelectedItem() != null ? t.getSelectionModel().getSelectedItem().id() : null));
        vm.journalRattar.addListener((o, a, b) -> {
            if (b == null) {
                rattelse.setSelected(false);
            }
        });
        Button spara = knapp("journal.spara", Material2OutlinedMZ.SAVE, "sparaJournalKnapp");
        spara.getStyleClass().add(Styles.ACCENT);
        spara.disableProperty().bind(vm.kanHandlagga.not().or(vm.arbetarProperty()));
        spara.setOnAction(e -> vm.skrivJournal());
        HBox rad = new HBox(10, falt("journal.datum", text("journalDatum", vm.journalDatum, "ÅÅÅÅ-MM-DD"), "datum",
                vm.faltfel()), rattelse, spara);
        rad.setAlignment(Pos.CENTER_LEFT);
        Label hjalp = new Label(Meddelanden.t("journal.hjalp"));
        hjalp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox.setVgrow(t, Priority.ALWAYS);
        return sida(falt("journal.ny", text, "text", vm.faltfel()), rad, hjalp, t);
    }

    // ---- Utredning ----------------------------------------------------------------------------------

    static Node utredning(ArendeViewModel vm) {
        TableView<Checklistpost> t = tabell("checklistaTabell");
        t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        t.getColumns().add(kol("kontroll.kol.punkt", c -> Meddelanden.t(c.punkt().textnyckel())));
        t.getColumns().add(kol("kontroll.kol.status", c -> (c.status() == Kontrollstatus.EJ_KONTROLLERAD ? "○ "
                : c.status() == Kontrollstatus.KONTROLLERAD ? "✔ " : "– ") + Meddelanden.t(c.status().textnyckel())));
        t.getColumns().add(kol("kontroll.kol.datum", c -> d(c.datum())));
        t.getColumns().add(kol("kontroll.kol.av", c -> c.av() == null ? "" : c.av()));
        t.getColumns().add(kol("kontroll.kol.skal", c -> c.skal() == null ? "" : c.skal()));
        t.getColumns().get(0).setPrefWidth(300);
        Label rubrik = new Label();
        rubrik.setId("checklistaRubrik");
        rubrik.getStyleClass().add(Styles.TITLE_4);
        t.setPlaceholder(new Label(Meddelanden.t("kontroll.ingenAnsokan")));
        vidVy(vm, v -> {
            t.getItems().setAll(v.checklista());
            long klara = v.checklista().stream().filter(Checklistpost::klar).count();
            rubrik.setText(v.senasteAnsokan().map(a -> Meddelanden.t("kontroll.rubrik", Meddelanden.t(a.typ().textnyckel()),
                    a.avserManad().toString(), klara, v.checklista().size())).orElse(Meddelanden.t("kontroll.ingenAnsokan")));
        });
        Button kontrollera = knapp("kontroll.kontrollera", Material2OutlinedAL.CHECK, "kontrolleraKnapp");
        kontrollera.getStyleClass().add(Styles.ACCENT);
        kontrollera.disableProperty().bind(vm.kanHandlagga.not().or(vm.arbetarProperty())
                .or(t.getSelectionModel().selectedItemProperty().isNull()));
        kontrollera.setOnAction(e -> vm.markera(valdaOppna(t), Kontrollstatus.KONTROLLERAD));
        Button undanta = knapp("kontroll.undanta", Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE, "undantaKnapp");
        undanta.disableProperty().bind(kontrollera.disableProperty());
        undanta.setOnAction(e -> vm.markera(valdaOppna(t), Kontrollstatus.UNDANTAGEN));
        var skal = text("undantagSkal", vm.undantagSkal, Meddelanden.t("kontroll.skalPrompt"));
        skal.setPrefColumnCount(28);
        HBox rad = new HBox(10, kontrollera, falt("kontroll.skal", skal, "skal", vm.faltfel()), undanta);
        rad.setAlignment(Pos.BOTTOM_LEFT);
        Label hjalp = new Label(Meddelanden.t("kontroll.hjalp"));
        hjalp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox.setVgrow(t, Priority.ALWAYS);
        return sida(rubrik, t, rad, hjalp);
    }

    private static List<se.bistand.domain.arende.Kontrollpunkt> valdaOppna(TableView<Checklistpost> t) {
        return t.getSelectionModel().getSelectedItems().stream().filter(c -> !c.klar()).map(Checklistpost::punkt).toList();
    }

    // ---- Planer / uppföljning -----------------------------------------------------------------------

    static Node planer(ArendeViewModel vm) {
        TableView<Uppfoljning> t = tabell("uppfoljningTabell");
        t.getColumns().add(kol("uppfoljning.kol.typ", u -> Meddelanden.t(u.typ().textnyckel())));
        t.getColumns().add(kol("uppfoljning.kol.datum", u -> u.datum().toString()));
        t.getColumns().add(kol("uppfoljning.kol.nasta", u -> d(u.nasta())));
        t.getColumns().add(kol("uppfoljning.kol.av", Uppfoljning::av));
        t.getColumns().add(kol("uppfoljning.kol.text", Uppfoljning::text));
        t.setPlaceholder(new Label(Meddelanden.t("uppfoljning.inga")));
        vidVy(vm, v -> t.getItems().setAll(omvand(v.uppfoljningar())));
        ComboBox<Uppfoljningstyp> typ = Formular.val("uppfoljningTyp", Arrays.asList(Uppfoljningstyp.values()),
                Uppfoljningstyp::textnyckel);
        typ.valueProperty().bindBidirectional(vm.uppfoljningTyp);
        var text = text("uppfoljningText", vm.uppfoljningText, Meddelanden.t("uppfoljning.textPrompt"));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button spara = knapp("uppfoljning.registrera", Material2OutlinedAL.EVENT_AVAILABLE, "registreraUppfoljningKnapp");
        spara.getStyleClass().add(Styles.ACCENT);
        spara.disableProperty().bind(vm.kanHandlagga.not().or(vm.arbetarProperty()));
        spara.setOnAction(e -> vm.registreraUppfoljning());
        VBox textFalt = falt("uppfoljning.text", text, "text", vm.faltfel());
        HBox.setHgrow(textFalt, Priority.ALWAYS);
        HBox form = new HBox(10, falt("uppfoljning.typ", typ, "typ", vm.faltfel()),
                falt("uppfoljning.datum", text("uppfoljningDatum", vm.uppfoljningDatum, "ÅÅÅÅ-MM-DD"), "datum", vm.faltfel()),
                falt("uppfoljning.nasta", text("uppfoljningNasta", vm.uppfoljningNasta, Meddelanden.t("uppfoljning.nastaPrompt")),
                        "nasta", vm.faltfel()),
                textFalt, spara);
        form.setAlignment(Pos.BOTTOM_LEFT);
        Label hjalp = new Label(Meddelanden.t("uppfoljning.hjalp"));
        hjalp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox.setVgrow(t, Priority.ALWAYS);
        return sida(form, hjalp, t);
    }

    // ---- Hushåll --------------------------------------------------------------------------------------

    static Node hushall(ArendeViewModel vm) {
        TableView<Hushallsdeltagare> t = tabell("hushallTabell");
        t.getColumns().add(kol("hushall.kol.roll", h -> Meddelanden.t(h.roll().textnyckel())));
        t.getColumns().add(kol("hushall.kol.namn", Hushallsdeltagare::namn));
        t.getColumns().add(kol("hushall.kol.fodd", h -> h.fodelsedatum().toString()));
        t.getColumns().add(kol("hushall.kol.alder", h -> Meddelanden.t("hushall.ar",
                h.alder(vm.vyProperty().get() == null ? LocalDate.now() : vm.vyProperty().get().idag()))));
        t.getColumns().add(kol("hushall.kol.fran", h -> h.fran().toString()));
        t.getColumns().add(kol("hushall.kol.till", h -> d(h.till())));
        vm.hushallForManadProperty().addListener((o, a, b) -> t.getItems().setAll(b));
        var manad = text("hushallManad", vm.hushallManad, "ÅÅÅÅ-MM");
        manad.setPrefColumnCount(8);
        manad.setOnAction(e -> vm.visaHushallForManad());
        Button visa = knapp("hushall.visaManad", Material2OutlinedAL.HISTORY, "visaHushallKnapp");
        visa.setOnAction(e -> vm.visaHushallForManad());
        Button avsluta = knapp("hushall.avsluta", Material2OutlinedMZ.PERSON_REMOVE, "avslutaMedlemKnapp");
        avsluta.disableProperty().bind(vm.kanHandlagga.not().or(t.getSelectionModel().selectedItemProperty().isNull()));
        var till = text("medlemTill", new javafx.beans.property.SimpleStringProperty(""), "ÅÅÅÅ-MM-DD");
        till.setPrefColumnCount(10);
        avsluta.setOnAction(e -> {
            try {
                vm.avslutaMedlem(t.getSelectionModel().getSelectedItem(), LocalDate.parse(till.getText().strip()));
            } catch (java.time.format.DateTimeParseException ex) {
                vm.faltfel().put("till", Meddelanden.t("arende.felDatum"));
            }
        });
        HBox visaRad = new HBox(10, falt("hushall.manad", manad, "hushallManad", vm.faltfel()), visa, se.bistand.app.ui.Ui.spacer(),
                falt("hushall.sistaDag", till, "till", vm.faltfel()), avsluta);
        visaRad.setAlignment(Pos.BOTTOM_LEFT);

        ComboBox<Hushallsroll> roll = Formular.val("medlemRoll",
                List.of(Hushallsroll.MEDSOKANDE, Hushallsroll.BARN, Hushallsroll.OVRIG_VUXEN), Hushallsroll::textnyckel);
        roll.valueProperty().bindBidirectional(vm.medlemRoll);
        Button lagg = knapp("hushall.laggTill", Material2OutlinedMZ.PERSON_ADD, "laggTillMedlemKnapp");
        lagg.disableProperty().bind(vm.kanHandlagga.not().or(vm.arbetarProperty()));
        lagg.setOnAction(e -> vm.laggTillMedlem());
        HBox ny = new HBox(10,
                falt("hushall.personnummer", text("medlemPersonnummer", vm.medlemPersonnummer, "ÅÅÅÅMMDD-NNNN"),
                        "personnummer", vm.faltfel()),
                falt("hushall.fornamn", text("medlemFornamn", vm.medlemFornamn, ""), "fornamn", vm.faltfel()),
                falt("hushall.efternamn", text("medlemEfternamn", vm.medlemEfternamn, ""), "efternamn", vm.faltfel()),
                falt("hushall.roll", roll, "roll", vm.faltfel()),
                falt("hushall.fran", text("medlemFran", vm.medlemFran, "ÅÅÅÅ-MM-DD"), "fran", vm.faltfel()),
                lagg);
        ny.setAlignment(Pos.BOTTOM_LEFT);
        Label nyRubrik = new Label(Meddelanden.t("hushall.nyMedlem"));
        nyRubrik.getStyleClass().add(Styles.TITLE_4);
        Label sammanfattning = new Label();
        sammanfattning.setId("hushallSammanfattning");
        vidVy(vm, v -> {
            Map<Hushallsroll, Long> antal = v.hushallIdag().stream()
                    .collect(Collectors.groupingBy(Hushallsdeltagare::roll, Collectors.counting()));
            sammanfattning.setText(Meddelanden.t("hushall.historik", v.hushallsperioder().size(),
                    v.hushallAndrat().map(LocalDate::toString).orElse("–"), antal.getOrDefault(Hushallsroll.BARN, 0L)));
        });
        sammanfattning.getStyleClass().add(Styles.TEXT_MUTED);
        KontaktViewModel kontakt = new KontaktViewModel(vm.session(), vm.session().tjanster().personService(),
                vm.arendeId(), vm::kontaktSparad);
        Button andra = knapp("kontakt.andraMedlem", Material2OutlinedAL.EDIT, "andraMedlemKontaktKnapp");
        andra.setVisible(kontakt.kanAndra());
        andra.managedProperty().bind(andra.visibleProperty());
        andra.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull()
                .or(kontakt.oppenProperty()).or(kontakt.arbetarProperty()));
        andra.setOnAction(e -> kontakt.oppna(t.getSelectionModel().getSelectedItem().personId()));
        visaRad.getChildren().add(2, andra);
        KontaktView kontaktVy = new KontaktView(kontakt, "medlemKontakt", false);
        kontaktVy.setMaxWidth(440);
        kontaktVy.setMinWidth(400);
        HBox tabellOchFormular = new HBox(12, t, kontaktVy);
        HBox.setHgrow(t, Priority.ALWAYS);
        VBox.setVgrow(tabellOchFormular, Priority.ALWAYS);
        return sida(visaRad, sammanfattning, tabellOchFormular, nyRubrik, ny);
    }

    private static <T> List<T> omvand(List<T> l) {
        List<T> r = new java.util.ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }
}
