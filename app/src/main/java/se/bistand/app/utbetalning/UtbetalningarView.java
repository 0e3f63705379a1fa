package se.bistand.app.utbetalning;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.Tjanster;
import se.bistand.app.berakning.BeloppskortView;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Faltfel;
import se.bistand.app.ui.Format;
import se.bistand.app.ui.Kontofalt;
import se.bistand.app.ui.Tabeller;
import se.bistand.app.ui.Ui;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/** Utbetalningar: the day's lists (review, sign on screen, export), recipients, the month review. */
public final class UtbetalningarView extends BorderPane {

    private final UtbetalningarViewModel vm;
    private final ObservableList<Utbetalningsrad> rader = FXCollections.observableArrayList();
    private final VBox listhuvud = new VBox(6);
    private final HBox atgarder = new HBox(8);

    private final Session session;

    public UtbetalningarView(Session session) {
        this.session = session;
        Tjanster tj = session.tjanster();
        this.vm = new UtbetalningarViewModel(session, tj.klocka(), UtbetalningPort.av(tj.utbetalningService(),
                tj.beslutService(), tj.stickprovService(), tj.attestService(), tj.mottagarService(), tj.anvandarService(),
                tj.exportskrivare()));
        setId("utbetalningarVy");
        javafx.scene.layout.HBox rubrik = Ui.sektionshuvud(Meddelanden.t("utbetalning.rubrik"), vm.meddelandeProperty(),
                "utbetalningMeddelande");
        rubrik.setPadding(Insets.EMPTY);
        Label fel = new Label();
        fel.setId("utbetalningFel");
        fel.textProperty().bind(vm.felProperty());
        fel.getStyleClass().add(Styles.DANGER);
        fel.setWrapText(true);
        VBox topp = new VBox(4, rubrik, fel);
        topp.setPadding(new Insets(16, 20, 8, 20));
        setTop(topp);
        TabPane flikar = new TabPane();
        flikar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (vm.serListor()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("utbetalning.flik.listor"), listflik()));
        }
        if (vm.serMottagare()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("utbetalning.flik.mottagare"), mottagarflik()));
        }
        if (vm.serManad()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("utbetalning.flik.manad"), manadsflik()));
        }
        setCenter(flikar);
        BorderPane.setMargin(flikar, new Insets(0, 12, 12, 12));
        vm.listaProperty().addListener((o, a, vy) -> visaLista(vy));
        vm.ladda();
    }

    private Node listflik() {
        TableView<Utbetalningslista> listor = Tabeller.tabell("listTabell", vm.listor(), Meddelanden.t("utbetalning.ingaListor"));
        listor.getColumns().add(Tabeller.kol(Meddelanden.t("utbetalning.kol.datum"), 90, l -> l.betalningsdatum().toString()));
        listor.getColumns().add(Tabeller.kol(Meddelanden.t("utbetalning.kol.status"), l -> Meddelanden.t(l.status().textnyckel())));
        listor.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> vm.valjLista(l));
        listor.setPrefWidth(230);
        listor.setMinWidth(200); // the detail column never squeezes the list of lists away
        listor.setMaxWidth(260);

        TableView<Utbetalningsrad> t = Tabeller.tabell("radTabell", rader, Meddelanden.t("utbetalning.ingaRader"));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("utbetalning.kol.stickprov"), 70, r -> r.iStickprov()
                ? (r.granskadAv().isPresent() ? "✔ " : "◻ ") + Meddelanden.t("utbetalning.iStickprov") : ""));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.arende"), 200, r -> r.beslut().arendeText()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.mottagare"), 150, r -> r.mottagare().namn()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.konto"), 140, r -> r.mottagare().konto().formaterat()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.belopp"), 90, r -> r.belopp().format()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.beslutadAv"), 110, r -> vm.namn(r.beslutadAv())));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("utbetalning.kol.attesteradAv"), 110, r -> vm.namn(r.attesteradAv())));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.flaggor"),
                r -> vm.listaProperty().get() == null ? "" : Tabeller.flaggor(vm.listaProperty().get().flaggor(r))));
        Button granska = new Button(Meddelanden.t("utbetalning.markeraGranskad"), new FontIcon(Material2OutlinedAL.CHECK_BOX));
        granska.setId("markeraGranskadKnapp");
        granska.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.kanMarkera(t.getSelectionModel().getSelectedItem()),
                t.getSelectionModel().selectedItemProperty(), vm.oppnadRadProperty(), vm.listaProperty()));
        granska.setOnAction(e -> vm.markeraGranskad(t.getSelectionModel().getSelectedItem()));
        granska.setVisible(vm.kanSignera());
        Button avvikelse = new Button(Meddelanden.t("nav.rapporteraAvvikelse"),
                new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        avvikelse.setId("utbetalningAvvikelseKnapp");
        avvikelse.getStyleClass().add(Styles.FLAT);
        avvikelse.disableProperty().bind(vm.listaProperty().isNull());
        avvikelse.setOnAction(e -> session.skal().rapporteraAvvikelse(
                java.util.Optional.of(avvikelseLank(t.getSelectionModel().getSelectedItem()))));
        BeloppskortView kort = new BeloppskortView();
        VBox brief = new VBox(2);
        brief.setId("radArende");
        Label oppnad = new Label(Meddelanden.t("utbetalning.radOppnad"));
        oppnad.setId("radOppnad");
        oppnad.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        oppnad.managedProperty().bind(oppnad.visibleProperty());
        oppnad.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.kanMarkera(t.getSelectionModel().getSelectedItem()),
                t.getSelectionModel().selectedItemProperty(), vm.oppnadRadProperty(), vm.listaProperty()));
        VBox radDetalj = new VBox(6, kort, brief);
        if (vm.kanAterkalla()) {
            radDetalj.getChildren().add(aterkallaFormular(t));
        }
        radDetalj.setId("radDetalj");
        radDetalj.managedProperty().bind(radDetalj.visibleProperty());
        radDetalj.visibleProperty().bind(vm.radBeslutProperty().isNotNull());
        vm.radBeslutProperty().addListener((o, a, b) -> {
            if (b != null) {
                kort.visa(b);
            }
        });
        vm.oppnadRadProperty().addListener((o, a, r) -> {
            brief.getChildren().clear();
            if (r != null) {
                visaArendet(brief, r);
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.visaRad(r));
        HBox tabellOchKort = new HBox(12, t, radDetalj);
        HBox.setHgrow(t, Priority.ALWAYS);
        VBox hoger = new VBox(8, listhuvud, tabellOchKort, rad(granska, oppnad, avvikelse), atgarder);
        VBox.setVgrow(tabellOchKort, Priority.ALWAYS);
        HBox.setHgrow(hoger, Priority.ALWAYS);
        HBox h = new HBox(12, listor, hoger);
        h.setPadding(new Insets(8, 0, 0, 0));
        return h;
    }

    /**
     * The opened line's case in brief, in two short lines: case, type, payment day and account;
     * who decided and who attested (the table row beside it has the recipient).
     */
    private void visaArendet(VBox brief, Utbetalningsrad r) {
        brief.getChildren().setAll(
                briefRad(Meddelanden.t("utbetalning.briefBetalning", r.beslut().arendeText(),
                        Meddelanden.t(r.beslut().typ().textnyckel()), r.beslut().betalningsdatum().toString(),
                        r.mottagare().konto().formaterat())),
                briefRad(Meddelanden.t("utbetalning.briefPersoner", vm.namn(r.beslutadAv()), vm.namn(r.attesteradAv()))));
    }

    /** The row under the table: mark reviewed, the hint that the line is opened, report an avvikelse. */
    private static HBox rad(Button granska, Label oppnad, Button avvikelse) {
        HBox h = new HBox(8, granska, oppnad, Ui.spacer(), avvikelse);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Label briefRad(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPrefWidth(280);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        return l;
    }

    /**
     * Withdrawing the selected line's attest while the list is not signed: a comment to the
     * handläggare, then the line leaves the list (the domain refuses it on a signed list).
     */
    private Node aterkallaFormular(TableView<Utbetalningsrad> t) {
        TextArea kommentar = Ui.kommentarfalt("aterkallaKommentar", Meddelanden.t("utbetalning.aterkallaHjalp"),
                vm.aterkallaKommentar);
        Button aterkalla = new Button(Meddelanden.t("utbetalning.aterkalla"), new FontIcon(Material2OutlinedMZ.UNDO));
        aterkalla.setId("aterkallaKnapp");
        aterkalla.getStyleClass().add(Styles.DANGER);
        aterkalla.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.aterkallaKommentar.isEmpty()));
        aterkalla.setOnAction(e -> vm.aterkalla(t.getSelectionModel().getSelectedItem()));
        Label rubrik = new Label(Meddelanden.t("utbetalning.aterkallaRubrik"));
        rubrik.setWrapText(true);
        rubrik.setPrefWidth(280); // wraps within the card's width instead of widening the column
        rubrik.setMaxWidth(Double.MAX_VALUE);
        VBox v = new VBox(4, rubrik, kommentar, aterkalla);
        v.setId("aterkallaFormular");
        v.managedProperty().bind(v.visibleProperty());
        v.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.listaProperty().get() != null && !vm.listaProperty().get().lista().status().last(),
                vm.listaProperty()));
        return v;
    }

    /**
     * The link of an avvikelse reported from here: the selected payment line, else the whole list.
     * Only the case number and the amount are shown, never a name (the case may be protected).
     */
    private se.bistand.domain.avvikelse.Lank avvikelseLank(Utbetalningsrad rad) {
        Utbetalningslista l = vm.listaProperty().get().lista();
        if (rad == null) {
            return new se.bistand.domain.avvikelse.Lank(se.bistand.domain.avvikelse.Lank.Typ.UTBETALNINGSLISTA, l.id(),
                    Meddelanden.t("utbetalning.avvikelseLista", l.betalningsdatum().toString()), false);
        }
        String arendenummer = rad.beslut().arendeText().split(" ")[0];
        return new se.bistand.domain.avvikelse.Lank(se.bistand.domain.avvikelse.Lank.Typ.UTBETALNING, rad.id(),
                Meddelanden.t("utbetalning.avvikelseRad", arendenummer, rad.belopp().format(),
                        l.betalningsdatum().toString()), false);
    }

    private void visaLista(UtbetalningService.Listvy vy) {
        if (vy == null) {
            return;
        }
        Utbetalningslista l = vy.lista();
        rader.setAll(l.rader());
        Label huvud = Ui.rubrik(Meddelanden.t("utbetalning.huvud", l.betalningsdatum().toString(), l.rader().size(),
                l.summa().format(), Meddelanden.t(l.status().textnyckel())), Styles.TITLE_4);
        huvud.setId("listHuvud");
        Label hash = new Label(Meddelanden.t("utbetalning.hash", Utbetalningslista.grupperad(l.hash())));
        hash.setId("listHash");
        hash.getStyleClass().add(Styles.TEXT_SMALL);
        hash.setWrapText(true);
        Label stickprov = new Label();
        stickprov.setId("listStickprov");
        stickprov.setWrapText(true);
        stickprov.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.stickprovText(l),
                vm.stickprovsregelProperty()));
        Label signering = new Label(vm.signeringText(vy));
        signering.setId("listSignering");
        signering.setWrapText(true);
        listhuvud.getChildren().setAll(huvud, hash, stickprov, signering);
        String ejFullbordbar = UtbetalningarViewModel.ejFullbordbarText(vy.signering());
        if (!ejFullbordbar.isEmpty()) {
            Label varning = new Label(ejFullbordbar, new FontIcon(Material2OutlinedMZ.WARNING));
            varning.setId("listEjFullbordbar");
            varning.setWrapText(true);
            varning.setMinHeight(Region.USE_PREF_SIZE);
            varning.getStyleClass().add(Styles.DANGER);
            listhuvud.getChildren().add(varning);
        }
        for (Utbetalningslista.Signatur s : l.signaturer()) {
            listhuvud.getChildren().add(new Label(Meddelanden.t("utbetalning.signaturRad", s.nummer(),
                    vm.namn(s.anvandare()), Format.tid(s.tid()))));
        }
        for (Utbetalningslista.Export x : l.exporter()) {
            Label e = new Label(Meddelanden.t(x.kopia() ? "utbetalning.exportRadKopia" : "utbetalning.exportRad",
                    x.filnamn(), Format.tid(x.tid()), vm.namn(x.anvandare())));
            e.setWrapText(true);
            listhuvud.getChildren().add(e);
        }
        atgarder.getChildren().clear();
        atgarder.setAlignment(Pos.CENTER_LEFT);
        if (vm.kanSignera() && !l.status().last() && !l.stickprovDraget()) {
            Button dra = new Button(Meddelanden.t("utbetalning.draStickprov"), new FontIcon(Material2OutlinedMZ.SHUFFLE));
            dra.setId("draStickprovKnapp");
            dra.setOnAction(e -> vm.draStickprov());
            atgarder.getChildren().add(dra);
        }
        boolean signerbar = l.status() == Utbetalningslista.Status.GRANSKAD
                || l.status() == Utbetalningslista.Status.SIGNERAD_1;
        String hinder = vm.hinderText(vy);
        if (vm.kanSignera() && !hinder.isEmpty()) {
            // Told before typing the password: this chef cannot sign the list (and why).
            Label h = new Label(hinder, new FontIcon(Material2OutlinedAL.BLOCK));
            h.setId("signeraHinder");
            h.setWrapText(true);
            h.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(h, Priority.ALWAYS);
            h.getStyleClass().add(Styles.WARNING);
            atgarder.getChildren().add(h);
        } else if (vm.kanSignera() && signerbar) {
            PasswordField pw = new PasswordField();
            pw.setId("signeraLosenord");
            pw.setPromptText(Meddelanden.t("utbetalning.losenordIgen"));
            pw.textProperty().bindBidirectional(vm.losenord);
            Button signera = new Button(Meddelanden.t("utbetalning.signera", l.signaturer().size() + 1),
                    new FontIcon(Material2OutlinedMZ.VERIFIED));
            signera.setId("signeraKnapp");
            signera.getStyleClass().add(Styles.ACCENT);
            signera.setOnAction(e -> vm.signera());
            atgarder.getChildren().addAll(pw, signera);
        }
        if (vm.kanExportera() && (l.status() == Utbetalningslista.Status.SIGNERAD_2
                || l.status() == Utbetalningslista.Status.EXPORTERAD)) {
            Button exp = new Button(Meddelanden.t(l.exporter().isEmpty() ? "utbetalning.exportera"
                    : "utbetalning.exporteraKopia"), new FontIcon(Material2OutlinedMZ.SAVE_ALT));
            exp.setId("exporteraKnapp");
            exp.getStyleClass().add(Styles.ACCENT);
            exp.setOnAction(e -> vm.exportera());
            atgarder.getChildren().add(exp);
        }
    }

    private Node mottagarflik() {
        TableView<BetalningsmottagareService.MedFlaggor> t = Tabeller.tabell("mottagarTabell", vm.mottagare(),
                Meddelanden.t("mottagare.inga"));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("mottagare.kol.namn"), 170, m -> m.mottagare().namn()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("mottagare.kol.identitet"), 120, m -> m.mottagare().identitet()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.konto"), 150, m -> m.mottagare().konto().formaterat()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("utbetalning.kol.status"), 175,
                m -> Meddelanden.t(m.mottagare().status().textnyckel())));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("mottagare.kol.registreradAv"), 110,
                m -> vm.namn(m.mottagare().registreradAv())));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.flaggor"), m -> Tabeller.flaggor(m.flaggor())));
        ReadOnlyObjectProperty<BetalningsmottagareService.MedFlaggor> vald = t.getSelectionModel().selectedItemProperty();
        behallVal(t);
        vald.addListener((o, a, m) -> vm.nyttVal());
        VBox v = new VBox(8, t, valdMottagare(vald));
        VBox.setVgrow(t, Priority.ALWAYS);
        HBox.setHgrow(v, Priority.ALWAYS);
        HBox h = new HBox(12, v);
        if (vm.kanRegistrera()) {
            h.getChildren().add(nyMottagare());
        }
        h.setPadding(new Insets(8, 0, 0, 0));
        return h;
    }

    /** Keeps the selected recipient selected when the list is reloaded after an action on it. */
    private static void behallVal(TableView<BetalningsmottagareService.MedFlaggor> t) {
        long[] senast = {-1};
        t.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null) {
                senast[0] = m.mottagare().id();
            }
        });
        t.getItems().addListener((javafx.collections.ListChangeListener<BetalningsmottagareService.MedFlaggor>) c ->
                t.getItems().stream().filter(m -> m.mottagare().id() == senast[0]).findFirst()
                        .ifPresent(m -> t.getSelectionModel().select(m)));
    }

    /**
     * The selected recipient in words (who registered, changed, approved or rejected it and why)
     * and what may be done with it: approve or reject with a reason (a second person), change
     * the account (it then waits for approval again).
     */
    private Node valdMottagare(ReadOnlyObjectProperty<BetalningsmottagareService.MedFlaggor> vald) {
        Label detalj = new Label();
        detalj.setId("mottagareDetalj");
        detalj.setWrapText(true);
        detalj.setMinHeight(Region.USE_PREF_SIZE);
        detalj.textProperty().bind(Bindings.createStringBinding(() -> vald.get() == null
                ? Meddelanden.t("mottagare.valj") : vald.get().mottagare().namn() + " — "
                + vm.beskrivning(vald.get().mottagare()), vald));
        BooleanBinding vantar = Bindings.createBooleanBinding(() -> vald.get() != null
                && vald.get().mottagare().status() == Betalningsmottagare.Status.VANTAR, vald);
        VBox kort = new VBox(8, detalj);
        if (vm.kanGodkanna()) {
            Button godkann = new Button(Meddelanden.t("mottagare.godkann"), new FontIcon(Material2OutlinedAL.CHECK));
            godkann.setId("godkannMottagareKnapp");
            godkann.disableProperty().bind(vantar.not());
            godkann.setOnAction(e -> vm.godkann(vald.get()));
            TextField orsak = new TextField();
            orsak.setId("avvisaOrsak");
            orsak.setPromptText(Meddelanden.t("mottagare.orsak"));
            orsak.textProperty().bindBidirectional(vm.avvisningsorsak);
            orsak.disableProperty().bind(vantar.not());
            HBox.setHgrow(orsak, Priority.ALWAYS);
            Button avvisa = new Button(Meddelanden.t("mottagare.avvisa"), new FontIcon(Material2OutlinedAL.BLOCK));
            avvisa.setId("avvisaMottagareKnapp");
            avvisa.getStyleClass().add(Styles.DANGER);
            avvisa.disableProperty().bind(vantar.not());
            avvisa.setOnAction(e -> vm.avvisa(vald.get()));
            HBox rad = new HBox(8, godkann, new Label(Meddelanden.t("mottagare.eller")), orsak, avvisa);
            rad.setAlignment(Pos.CENTER_LEFT);
            kort.getChildren().addAll(rad, Faltfel.kopplad(orsak, "avvisaOrsak", "orsak", vm.valdFel()));
        }
        if (vm.kanRegistrera()) {
            BooleanBinding kanAndras = Bindings.createBooleanBinding(() -> vald.get() != null
                    && vald.get().mottagare().status() != Betalningsmottagare.Status.AVVISAD, vald);
            VBox konto = Kontofalt.av("mottagare.nyttKonto", "andraKonto", vm.andratKontoslag, vm.andratKonto,
                    vm.valdFel());
            Button andra = new Button(Meddelanden.t("mottagare.andraKonto"), new FontIcon(Material2OutlinedAL.EDIT));
            andra.setId("andraKontoKnapp");
            andra.setOnAction(e -> vm.andraKonto(vald.get()));
            konto.disableProperty().bind(kanAndras.not());
            andra.disableProperty().bind(kanAndras.not());
            konto.setMaxWidth(520);
            HBox.setHgrow(konto, Priority.ALWAYS);
            HBox rad = new HBox(8, konto, andra);
            rad.setAlignment(Pos.BOTTOM_LEFT);
            kort.getChildren().addAll(rad, hjalp(Meddelanden.t("mottagare.andraKontoHjalp")));
        }
        kort.setId("valdMottagare");
        kort.getStyleClass().add("formular-kort");
        kort.setPadding(new Insets(12));
        return kort;
    }

    private Node nyMottagare() {
        TextField namn = new TextField();
        namn.setId("nyMottagareNamn");
        namn.textProperty().bindBidirectional(vm.nyNamn);
        TextField id = new TextField();
        id.setId("nyMottagareIdentitet");
        id.setPromptText(Meddelanden.t("mottagare.identitetHjalp"));
        id.textProperty().bindBidirectional(vm.nyIdentitet);
        return Ui.formularkort(Meddelanden.t("mottagare.ny"), 280,
                Faltfel.falt("mottagare.kol.namn", namn, "namn", vm.nyFel()),
                Faltfel.falt("mottagare.kol.identitet", id, "identitet", vm.nyFel()),
                Kontofalt.av("attest.konto", "nyMottagareKonto", vm.nyttKontoslag, vm.nyttKonto, vm.nyFel()),
                Ui.huvudknapp(Meddelanden.t("mottagare.registrera"), Material2OutlinedMZ.PERSON_ADD,
                        "registreraMottagareKnapp", vm::registrera),
                hjalp(Meddelanden.t("mottagare.fyraOgon")));
    }

    private static Label hjalp(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    private Node manadsflik() {
        ObservableList<Utbetalningsrad> manadsrader = FXCollections.observableArrayList();
        TextField manad = new TextField();
        manad.setId("manadFalt");
        manad.setPrefColumnCount(8);
        manad.textProperty().bindBidirectional(vm.manadText);
        Button visa = new Button(Meddelanden.t("utbetalning.visaManad"), new FontIcon(Material2OutlinedMZ.SEARCH));
        visa.setId("visaManadKnapp");
        visa.setOnAction(e -> vm.visaManad());
        Label bevis = new Label();
        bevis.setId("manadBevis");
        bevis.setWrapText(true);
        TableView<Utbetalningsrad> t = Tabeller.tabell("manadTabell", manadsrader, Meddelanden.t("utbetalning.ingaRader"));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("utbetalning.kol.datum"), 90, r -> r.beslut().betalningsdatum().toString()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.arende"), 200, r -> r.beslut().arendeText()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.mottagare"), 140, r -> r.mottagare().namn()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.belopp"), 90, r -> r.belopp().format()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kort.behov"), 90, r -> r.beslut().berakning().behov().format()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.flaggor"), r -> vm.manadProperty().get() == null ? ""
                : Tabeller.flaggor(vm.manadProperty().get().flaggor().get(r.id()))));
        vm.manadProperty().addListener((o, a, mg) -> {
            manadsrader.setAll(mg.rader());
            bevis.setText(Meddelanden.t("utbetalning.manadSummering", mg.rader().size(), mg.summa().format()) + " "
                    + Meddelanden.t(mg.utanAttesteratBeslut() == 0 ? "utbetalning.bevisNoll" : "utbetalning.bevisFel",
                    mg.utanAttesteratBeslut()));
            bevis.getStyleClass().setAll("label", mg.utanAttesteratBeslut() == 0 ? Styles.SUCCESS : Styles.DANGER);
        });
        HBox rad = new HBox(8, new Label(Meddelanden.t("utbetalning.manad")), manad, visa);
        rad.setAlignment(Pos.CENTER_LEFT);
        VBox v = new VBox(8, rad, bevis, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        v.setPadding(new Insets(8, 0, 0, 0));
        return v;
    }
}
