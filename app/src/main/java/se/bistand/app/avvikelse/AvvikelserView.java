package se.bistand.app.avvikelse;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Sektion;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Faltfel;
import se.bistand.app.ui.Format;
import se.bistand.app.ui.Ui;
import se.bistand.domain.avvikelse.Avvikelse;
import se.bistand.domain.avvikelse.AvvikelseUppgifter;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.LexSarahBedomning;
import se.bistand.domain.avvikelse.Status;
import se.bistand.domain.avvikelse.Steg;
import se.bistand.domain.avvikelse.Uppgift;
import se.bistand.domain.behorighet.Behorighet;

/**
 * The Avvikelser section: "Att hantera" (the recipients' inbox with what is due), "Mina
 * anmälningar" (with feedback), synpunkter och klagomål, and the half-year compilation.
 */
public final class AvvikelserView extends BorderPane {

    private static final java.time.format.DateTimeFormatter DAG_TID =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Session session;
    private final AvvikelserViewModel vm;
    private final SynpunkterView synpunkter;
    private final VBox detalj = new VBox(10);

    public AvvikelserView(Session session) {
        this.session = session;
        this.vm = new AvvikelserViewModel(session, session.tjanster().avvikelseService(), session.tjanster().klocka(),
                this::uppdateraRaknare);
        setId("avvikelserVy");
        Label rubrik = Ui.rubrik(Meddelanden.t("nav.avvikelser"), Styles.TITLE_3);
        Button ny = new Button(Meddelanden.t("avvikelse.ny"), new FontIcon(Material2OutlinedAL.ADD_ALERT));
        ny.setId("sektionNyAvvikelse");
        ny.getStyleClass().add(Styles.ACCENT);
        ny.setOnAction(e -> session.skal().rapporteraAvvikelse(Optional.empty()));
        Label meddelande = new Label();
        meddelande.setId("avvikelseMeddelande");
        meddelande.textProperty().bind(vm.meddelandeProperty());
        meddelande.setWrapText(true);
        HBox topp = new HBox(16, rubrik, ny, meddelande);
        topp.setAlignment(Pos.CENTER_LEFT);
        topp.setPadding(new Insets(16, 20, 8, 20));
        setTop(topp);

        TabPane flikar = new TabPane();
        flikar.setId("avvikelseFlikar");
        flikar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (vm.kanHantera()) {
            flikar.getTabs().add(flik("flikAttHantera", "avvikelse.flik.attHantera", inkorg()));
        }
        flikar.getTabs().add(flik("flikMina", "avvikelse.flik.mina", mina()));
        synpunkter = new SynpunkterView(session, this::uppdateraRaknare);
        flikar.getTabs().add(flik("flikSynpunkter", "avvikelse.flik.synpunkter", synpunkter));
        if (vm.kanSeSammanstallning()) {
            flikar.getTabs().add(flik("flikSammanstallning", "avvikelse.flik.sammanstallning",
                    new SammanstallningView(session)));
        }
        setCenter(flikar);
        BorderPane.setMargin(flikar, new Insets(0, 12, 12, 12));
        vm.valdProperty().addListener((o, a, b) -> visaDetalj(b));
        vm.routningProperty().addListener((o, a, b) -> visaDetalj(vm.valdProperty().get()));
        vm.ladda();
    }

    /** The rail entry: everyone who may report sees it; the badge counts what waits for the user. */
    public static Sektion sektion() {
        return Sektion.av("avvikelser", "nav.avvikelser", Material2OutlinedAL.ERROR_OUTLINE,
                a -> a.har(Behorighet.AVVIKELSE_RAPPORTERA), AvvikelserView::new)
                .medRaknare(s -> () -> s.tjanster().avvikelseService().antalAttHantera(s.aktor())
                        + s.tjanster().synpunktService().antalOppna(s.aktor()));
    }

    /** After a change elsewhere (the form): reloads the section if the window shows it. */
    static void laddaOm(Parent rot) {
        if (rot.lookup("#avvikelserVy") instanceof AvvikelserView v) {
            v.ladda();
        }
    }

    public void ladda() {
        vm.ladda();
        synpunkter.ladda();
    }

    private void uppdateraRaknare() {
        session.skal().uppdateraRaknare();
    }

    private static Tab flik(String id, String nyckel, Node innehall) {
        Tab t = new Tab(Meddelanden.t(nyckel), innehall);
        t.setId(id);
        return t;
    }

    private Node inkorg() {
        TableView<Avvikelse> t = new TableView<>(vm.inkorg());
        t.setId("inkorgTabell");
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.nr", 50, a -> "#" + a.id()));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.kategori", 190, a -> Meddelanden.t(a.kategori().textnyckel())));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.allvarlighet", 80, a -> allvarlighet(a.uppgifter())));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.status", a -> Meddelanden.t(a.status().textnyckel())));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.attGora", 170, vm::attGoraText));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.senast", 130, a -> vm.frist(a).map(DAG_TID::format)
                .map(s -> vm.arForsenad(a) ? "⚠ " + s : s).orElse("–")));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.anmald", a -> Format.tid(a.anmald().orElse(null))));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(Ui.tomtLage(Material2OutlinedAL.INBOX, Meddelanden.t("avvikelse.tomInkorg"),
                Meddelanden.t("avvikelse.tomInkorgHjalp")));
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Avvikelse a, boolean tom) {
                super.updateItem(a, tom);
                getStyleClass().remove("varning-rad");
                if (!tom && a != null && vm.arForsenad(a)) {
                    getStyleClass().add("varning-rad");
                }
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.valj(b);
            }
        });
        vm.routningProperty().addListener((o, a, b) -> t.refresh());
        ScrollPane sp = new ScrollPane(detalj);
        sp.setFitToWidth(true);
        detalj.setId("avvikelseDetalj");
        detalj.setPadding(new Insets(12, 16, 12, 16));
        visaDetalj(null);
        SplitPane split = new SplitPane(t, sp);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        return split;
    }

    private static String allvarlighet(AvvikelseUppgifter u) {
        return u.allvarlighet() == null ? "–" : Meddelanden.t(u.allvarlighet().textnyckel());
    }

    private void visaDetalj(Avvikelse a) {
        detalj.getChildren().clear();
        if (a == null) {
            detalj.getChildren().add(Ui.tomtLage(Material2OutlinedAL.ASSIGNMENT,
                    Meddelanden.t("avvikelse.valjIListan"), Meddelanden.t("avvikelse.valjIListanHjalp")));
            return;
        }
        AvvikelseUppgifter u = a.uppgifter();
        Label titel = Ui.rubrik(Meddelanden.t("avvikelse.detaljTitel", a.id(),
                Meddelanden.t(a.kategori().textnyckel()), allvarlighet(u)), Styles.TITLE_4);
        titel.setId("detaljTitel");
        titel.setWrapText(true);
        Label status = new Label(Meddelanden.t(a.status().textnyckel()));
        status.setId("detaljStatus");
        status.getStyleClass().add("status-etikett");
        detalj.getChildren().addAll(new HBox(10, titel, status), attGora(a));
        vm.nastaStatus().ifPresent(s -> detalj.getChildren().add(nastaSteg(s)));
        if (a.kategori() == Kategori.LEX_SARAH && a.status() != Status.ANMALD) {
            detalj.getChildren().add(lexSarah(a));
        }
        if (a.status() != Status.ANMALD) {
            detalj.getChildren().add(analys());
        }
        detalj.getChildren().addAll(new Separator(),
                rad("avvikelse.falt.rapportor", a.rapportorNamn()),
                rad("avvikelse.falt.intraffade", String.valueOf(u.intraffade())),
                rad("avvikelse.falt.upptacktes", u.upptacktes() == null ? "–" : DAG_TID.format(u.upptacktes())));
        u.lank().ifPresent(l -> detalj.getChildren().add(AvvikelseUi.lankEtikett(l)));
        detalj.getChildren().addAll(
                stycke("avvikelse.falt.beskrivning", u.beskrivning()),
                stycke("avvikelse.falt.konsekvens", u.konsekvens()),
                stycke("avvikelse.falt.omedelbarAtgard", u.omedelbarAtgard()),
                historik(a));
    }

    private static Node rad(String nyckel, String varde) {
        Label k = new Label(Meddelanden.t(nyckel));
        k.getStyleClass().add(Styles.TEXT_MUTED);
        k.setMinWidth(150);
        Label v = new Label(varde == null ? "–" : varde);
        v.setWrapText(true);
        return new HBox(8, k, v);
    }

    private static Node stycke(String nyckel, String text) {
        Label k = new Label(Meddelanden.t(nyckel));
        k.getStyleClass().add(Styles.TEXT_BOLD);
        Label v = new Label(text == null ? "–" : text);
        v.setWrapText(true);
        return new VBox(2, k, v);
    }

    private Node attGora(Avvikelse a) {
        VBox v = new VBox(4, Ui.rubrik(Meddelanden.t("avvikelse.attGora"), Styles.TEXT_BOLD));
        v.setId("attGora");
        java.time.LocalDateTime nu = java.time.LocalDateTime.now(vm.session().tjanster().klocka());
        for (Uppgift u : vm.attGora(a)) {
            String text = Meddelanden.t(u.textnyckel()) + u.senast().map(s -> " — "
                    + Meddelanden.t("avvikelse.senast", DAG_TID.format(s))).orElse("");
            Label l = new Label(text, new FontIcon(u.arForsenad(nu) ? Material2OutlinedMZ.WARNING
                    : Material2OutlinedAL.ALARM));
            if (u.arForsenad(nu)) {
                l.getStyleClass().add(Styles.DANGER);
            }
            v.getChildren().add(l);
        }
        return v;
    }

    private static Node historik(Avvikelse a) {
        VBox v = new VBox(4, Ui.rubrik(Meddelanden.t("avvikelse.historik"), Styles.TEXT_BOLD));
        v.setId("historik");
        for (Steg s : a.steg()) {
            Label l = new Label(Meddelanden.t("avvikelse.stegRad", Format.tid(s.nar()), s.vemNamn(),
                    Meddelanden.t(s.till().textnyckel()), s.text() == null ? "" : s.text()));
            l.setWrapText(true);
            v.getChildren().add(l);
        }
        return v;
    }

    private Node analys() {
        var orsak = AvvikelseUi.textyta("orsakFalt", 2);
        orsak.textProperty().bindBidirectional(vm.orsak);
        var atgarder = AvvikelseUi.textyta("atgarderFalt", 2);
        atgarder.textProperty().bindBidirectional(vm.atgarder);
        var lardom = AvvikelseUi.textyta("lardomFalt", 2);
        lardom.textProperty().bindBidirectional(vm.lardom);
        Button spara = new Button(Meddelanden.t("avvikelse.sparaAnalys"), new FontIcon(Material2OutlinedMZ.SAVE));
        spara.setId("sparaAnalysKnapp");
        spara.setOnAction(e -> vm.sparaAnalys());
        VBox v = new VBox(6, new Separator(), Ui.rubrik(Meddelanden.t("avvikelse.analys"), Styles.TEXT_BOLD),
                Faltfel.falt("avvikelse.falt.orsak", orsak, "orsak", vm.faltfel()),
                Faltfel.falt("avvikelse.falt.atgarder", atgarder, "atgarder", vm.faltfel()),
                Faltfel.falt("avvikelse.falt.lardom", lardom, "lardom", vm.faltfel()), spara);
        v.setId("analysDel");
        return v;
    }

    private Node lexSarah(Avvikelse a) {
        VBox v = new VBox(6, new Separator(), Ui.rubrik(Meddelanden.t("avvikelse.lexSarah"), Styles.TEXT_BOLD));
        v.setId("lexSarahDel");
        Optional<LexSarahBedomning> b = a.lexSarah();
        if (b.isEmpty()) {
            ToggleGroup g = new ToggleGroup();
            ToggleButton ja = new ToggleButton(Meddelanden.t("avvikelse.allvarligtJa"));
            ja.setId("allvarligtJa");
            ja.setUserData(Boolean.TRUE);
            ToggleButton nej = new ToggleButton(Meddelanden.t("avvikelse.allvarligtNej"));
            nej.setId("allvarligtNej");
            nej.setUserData(Boolean.FALSE);
            ja.setToggleGroup(g);
            nej.setToggleGroup(g);
            ja.getStyleClass().add(Styles.LEFT_PILL);
            nej.getStyleClass().add(Styles.RIGHT_PILL);
            g.selectedToggleProperty().addListener((o, f, n) -> vm.allvarligt.set(n == null ? null
                    : (Boolean) n.getUserData()));
            var motivering = AvvikelseUi.textyta("motiveringFalt", 2);
            motivering.textProperty().bindBidirectional(vm.motivering);
            Button spara = new Button(Meddelanden.t("avvikelse.sparaBedomning"));
            spara.setId("sparaBedomningKnapp");
            spara.setOnAction(e -> vm.bedomLexSarah());
            v.getChildren().addAll(
                    Faltfel.falt("avvikelse.arAllvarligt", AvvikelseUi.grupp(new HBox(ja, nej)), "allvarligt",
                            vm.faltfel()),
                    Faltfel.falt("avvikelse.falt.motivering", motivering, "motivering", vm.faltfel()), spara);
            return v;
        }
        LexSarahBedomning d = b.get();
        v.getChildren().add(new Label(Meddelanden.t(d.allvarligt() ? "avvikelse.bedomdAllvarlig"
                : "avvikelse.bedomdInteAllvarlig", d.beslutsdag().toString(), d.avNamn(), d.motivering())));
        if (d.ivoAnmalan().isPresent()) {
            var i = d.ivoAnmalan().get();
            v.getChildren().add(new Label(Meddelanden.t("avvikelse.ivoAnmaldDen", i.anmaldDag().toString(),
                    i.diarienummer() == null ? "–" : i.diarienummer())));
        } else if (d.allvarligt()) {
            DatePicker dag = new DatePicker();
            dag.setId("ivoDagFalt");
            dag.valueProperty().bindBidirectional(vm.ivoDag);
            TextField dnr = new TextField();
            dnr.setId("ivoDiarienummerFalt");
            dnr.textProperty().bindBidirectional(vm.ivoDiarienummer);
            Button reg = new Button(Meddelanden.t("avvikelse.registreraIvo"));
            reg.setId("registreraIvoKnapp");
            reg.setOnAction(e -> vm.registreraIvo());
            v.getChildren().addAll(new Label(Meddelanden.t("avvikelse.ivoSenast", d.ivoFrist().toString())),
                    new HBox(12, Faltfel.falt("avvikelse.falt.ivoDag", dag, "ivoDag", vm.faltfel()),
                            Faltfel.falt("avvikelse.falt.ivoDiarienummer", dnr, "ivoDiarienummer", vm.faltfel())),
                    reg);
        }
        return v;
    }

    private Node nastaSteg(Status till) {
        var text = AvvikelseUi.textyta("stegtextFalt", 2);
        text.textProperty().bindBidirectional(vm.stegtext);
        text.setPromptText(Meddelanden.t(nyckel("avvikelse.stegtextHjalp.", till)));
        Button knapp = new Button(Meddelanden.t(nyckel("avvikelse.knapp.", till)),
                new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        knapp.setId("nastaStegKnapp");
        knapp.getStyleClass().add(Styles.ACCENT);
        knapp.setOnAction(e -> vm.nastaSteg());
        VBox v = new VBox(6, new Separator(),
                Faltfel.falt("avvikelse.falt.stegtext." + till.name(), text, "stegtext", vm.faltfel()), knapp);
        v.setId("nastaStegDel");
        return v;
    }

    private static String nyckel(String prefix, Status s) {
        return prefix + s.name();
    }

    private Node mina() {
        TableView<Avvikelse> t = new TableView<>(vm.mina());
        t.setId("minaTabell");
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.nr", 50, a -> "#" + a.id()));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.kategori", 260, a -> a.kategori() == null ? "–"
                : Meddelanden.t(a.kategori().textnyckel())));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.status", a -> Meddelanden.t(a.status().textnyckel())));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.anmald", a -> Format.tid(a.anmald().orElse(null))));
        t.getColumns().add(AvvikelseUi.kol("avvikelse.kol.aterkoppling", a -> a.aterkoppling().orElse("")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Meddelanden.t("avvikelse.ingaEgna")));
        Button oppna = new Button(Meddelanden.t("avvikelse.oppnaUtkast"), new FontIcon(Material2OutlinedAL.EDIT));
        oppna.setId("oppnaUtkastKnapp");
        oppna.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Avvikelse a = t.getSelectionModel().getSelectedItem();
            return a == null || a.status() != Status.UTKAST;
        }, t.getSelectionModel().selectedItemProperty()));
        oppna.setOnAction(e -> AvvikelseFormular.oppnaUtkast(vm.session(), t.getSelectionModel().getSelectedItem()));
        Label aterkoppling = new Label();
        aterkoppling.setId("minAterkoppling");
        aterkoppling.setWrapText(true);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> aterkoppling.setText(b == null ? ""
                : b.aterkoppling().map(x -> Meddelanden.t("avvikelse.aterkopplingText", x))
                .orElse(Meddelanden.t(b.status().textnyckel()))));
        VBox v = new VBox(8, t, new HBox(12, oppna, aterkoppling));
        VBox.setVgrow(t, Priority.ALWAYS);
        v.setPadding(new Insets(12));
        return v;
    }
}
