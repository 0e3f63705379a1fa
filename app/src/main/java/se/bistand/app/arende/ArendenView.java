package se.bistand.app.arende;

import static se.bistand.app.arende.Formular.kol;
import static se.bistand.app.arende.Formular.tabell;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Ui;
import se.bistand.domain.arende.Arbetsbelastning;
import se.bistand.domain.arende.Arbetsrad;
import se.bistand.domain.arende.Soktraff;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.gemensam.Id.ArendeId;

/**
 * The Ärenden section, the handläggare's daily home: search (Ctrl+K), Min arbetslista with what is
 * due or overdue, Fördelning for those who distribute cases, and open cases as tabs.
 */
public final class ArendenView extends BorderPane {

    private static final PseudoClass FORFALLEN = PseudoClass.getPseudoClass("forfallen");

    private final ArendenViewModel vm;
    private final TabPane flikar = new TabPane();
    private final TextField sok = new TextField();
    private final Tab sokFlik = new Tab(Meddelanden.t("sok.flik"));
    private final TableView<Soktraff> sokTabell = tabell("sokTabell");
    private boolean genvagInstallerad;

    public ArendenView(Session session) {
        this.vm = new ArendenViewModel(session, session.tjanster().arendeService(),
                session.tjanster().personService());
        setId("arendenVy");
        setTop(verktygsrad());
        flikar.setId("arendenFlikar");
        flikar.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        if (vm.harArbetslista()) {
            Tab t = new Tab(Meddelanden.t("arbetslista.flik"), arbetslista());
            t.setId("arbetslistaFlik");
            t.setClosable(false);
            flikar.getTabs().add(t);
        }
        sokFlik.setId("sokFlik");
        sokFlik.setClosable(false);
        sokFlik.setContent(sokresultat());
        flikar.getTabs().add(sokFlik);
        if (vm.kanFordela()) {
            Tab t = new Tab(Meddelanden.t("fordelning.flik"), fordelning());
            t.setId("fordelningFlik");
            t.setClosable(false);
            flikar.getTabs().add(t);
        }
        setCenter(flikar);
        BorderPane.setMargin(flikar, new Insets(0, 8, 8, 8));
        sceneProperty().addListener((o, a, scen) -> {
            if (scen != null && !genvagInstallerad) {
                genvagInstallerad = true;
                scen.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), () -> {
                    vm.session().skal().visa("arenden");
                    sok.requestFocus();
                    sok.selectAll();
                });
            }
        });
        vm.ladda();
    }

    private Node verktygsrad() {
        Label rubrik = Ui.rubrik(Meddelanden.t("nav.arenden"), Styles.TITLE_3);
        sok.setId("arendeSok");
        sok.setPromptText(Meddelanden.t("sok.prompt"));
        sok.setPrefColumnCount(34);
        sok.textProperty().bindBidirectional(vm.sokText);
        sok.setOnAction(e -> sok());
        Button sokKnapp = new Button(null, new FontIcon(Material2OutlinedMZ.SEARCH));
        sokKnapp.setId("sokKnapp");
        sokKnapp.setOnAction(e -> sok());
        Label sokFel = new Label();
        sokFel.setId("fel-sok");
        sokFel.getStyleClass().addAll(Styles.DANGER, "falt-fel");
        sokFel.textProperty().bind(vm.sokFelProperty());
        sokFel.textProperty().addListener((o, a, b) -> sok.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
        Label meddelande = new Label();
        meddelande.setId("arendenMeddelande");
        meddelande.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_SMALL);
        meddelande.textProperty().bind(vm.meddelandeProperty());
        HBox h = new HBox(10, rubrik, sok, sokKnapp, sokFel, Ui.spacer(), meddelande);
        if (vm.kanSkapa()) {
            Button ny = new Button(Meddelanden.t("nyPerson.knapp"), new FontIcon(Material2OutlinedMZ.PERSON_ADD));
            ny.setId("nyPersonKnapp");
            ny.setOnAction(e -> nyPerson());
            h.getChildren().add(ny);
        }
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(12, 16, 8, 16));
        return h;
    }

    private void sok() {
        vm.sok(() -> {
            flikar.getSelectionModel().select(sokFlik);
            if (!vm.traffar().isEmpty()) {
                sokTabell.getSelectionModel().selectFirst();
                sokTabell.requestFocus();
            }
        });
    }

    // ---- work list ----------------------------------------------------------------------------------

    private Node arbetslista() {
        TableView<Arbetsrad> t = tabell("arbetslistaTabell");
        SortedList<Arbetsrad> sorterad = new SortedList<>(vm.arbetslista());
        sorterad.comparatorProperty().bind(t.comparatorProperty());
        t.setItems(sorterad);
        t.getColumns().add(kol("arbetslista.kol.arende", r -> r.rad().arende().nummer()));
        t.getColumns().add(kol("arbetslista.kol.namn", r -> r.sokande().namn()));
        t.getColumns().add(kol("arbetslista.kol.personnummer", r -> r.sokande().identitet()));
        t.getColumns().add(kol("arbetslista.kol.status", r -> Meddelanden.t(r.rad().arende().status().textnyckel())));
        t.getColumns().add(kol("arbetslista.kol.hushall", r -> hushall(r)));
        TableColumn<Arbetsrad, String> forfallna = kol("arbetslista.kol.forfallna",
                r -> r.antalForfallna() == 0 ? "" : String.valueOf(r.antalForfallna()));
        forfallna.setComparator(Comparator.comparingInt(s -> s.isEmpty() ? 0 : Integer.parseInt(s)));
        t.getColumns().add(forfallna);
        t.getColumns().add(kol("arbetslista.kol.nasta", r -> r.nastaSenast().map(Object::toString).orElse("")));
        t.getColumns().add(kol("arbetslista.kol.bevakningar", r -> ArendenViewModel.bevakningstext(r.bevakningar())));
        double[] bredd = {78, 150, 112, 105, 105, 70, 88};
        for (int i = 0; i < bredd.length; i++) {
            t.getColumns().get(i).setPrefWidth(bredd[i]);
        }
        t.setRowFactory(tv -> {
            TableRow<Arbetsrad> rad = new TableRow<>() {
                @Override
                protected void updateItem(Arbetsrad r, boolean empty) {
                    super.updateItem(r, empty);
                    pseudoClassStateChanged(FORFALLEN, !empty && r != null && r.antalForfallna() > 0);
                }
            };
            rad.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !rad.isEmpty()) {
                    oppna(rad.getItem().rad().arende().id(), rad.getItem().rad().arende().nummer());
                }
            });
            return rad;
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                Arbetsrad r = t.getSelectionModel().getSelectedItem();
                oppna(r.rad().arende().id(), r.rad().arende().nummer());
                e.consume();
            }
        });
        t.setPlaceholder(Ui.tomtLage(Material2OutlinedAL.ASSIGNMENT_TURNED_IN, Meddelanden.t("arbetslista.tom"),
                Meddelanden.t("arbetslista.tomHjalp")));

        ComboBox<ArendenViewModel.Filter> filter = Formular.val("arbetslistaFilter",
                Arrays.asList(ArendenViewModel.Filter.values()), ArendenViewModel.Filter::textnyckel);
        filter.valueProperty().bindBidirectional(vm.filter);
        filter.setMaxWidth(220);
        TextField filterText = Formular.text("arbetslistaFilterText", vm.filterText, Meddelanden.t("arbetslista.filterPrompt"));
        filterText.setPrefColumnCount(22);
        Label antal = new Label();
        antal.setId("arbetslistaAntal");
        antal.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable rakna = () -> antal.setText(Meddelanden.t("arbetslista.antal", vm.arbetslista().size(),
                vm.antalForfallnaProperty().get()));
        vm.arbetslista().addListener((javafx.collections.ListChangeListener<Arbetsrad>) c -> rakna.run());
        vm.antalForfallnaProperty().addListener((o, a, b) -> rakna.run());
        Button uppdatera = new Button(null, new FontIcon(Material2OutlinedMZ.REFRESH));
        uppdatera.setId("uppdateraArbetslista");
        uppdatera.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        uppdatera.setOnAction(e -> vm.laddaArbetslista());
        HBox rad = new HBox(10, filter, filterText, uppdatera, Ui.spacer(), antal);
        rad.setAlignment(Pos.CENTER_LEFT);
        VBox v = new VBox(8, rad, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        v.setPadding(new Insets(10, 4, 4, 4));
        return v;
    }

    /** "2 vuxna, 1 barn"; a dash for a protected case the user may not see (the household is not told). */
    static String hushall(Arbetsrad r) {
        return r.rad().maskerad() ? "–"
                : Meddelanden.t("arbetslista.hushall", r.rad().antalVuxna(), r.rad().antalBarn());
    }

    // ---- search ---------------------------------------------------------------------------------------

    private Node sokresultat() {
        TableView<Soktraff> t = sokTabell;
        t.setItems(vm.traffar());
        t.getColumns().add(kol("sok.kol.namn", s -> s.person().namn()));
        t.getColumns().add(kol("sok.kol.personnummer", s -> s.person().identitet()));
        t.getColumns().add(kol("sok.kol.arende", s -> s.arende().map(a -> a.arende().nummer()).orElse("–")));
        t.getColumns().add(kol("sok.kol.status", s -> s.arende().map(a -> Meddelanden.t(a.arende().status().textnyckel()))
                .orElse(Meddelanden.t("sok.ingetArende"))));
        t.getColumns().add(kol("sok.kol.handlaggare", s -> s.arende().map(a -> a.handlaggareNamn()
                .orElse(Meddelanden.t("arende.ejTilldelad"))).orElse("")));
        t.getColumns().add(kol("sok.kol.markering", s -> s.person().skyddadIdentitet() ? Meddelanden.t("arende.skyddadMarkor")
                : s.person().hotOchVald() ? Meddelanden.t("arende.hotOchValdMarkor") : ""));
        t.setPlaceholder(new Label(Meddelanden.t("sok.hjalp")));
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                oppnaTraff(t.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        t.setRowFactory(tv -> {
            TableRow<Soktraff> rad = new TableRow<>();
            rad.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !rad.isEmpty()) {
                    oppnaTraff(rad.getItem());
                }
            });
            return rad;
        });
        Label status = new Label();
        status.setId("sokStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(vm.sokStatusProperty());
        Button aktualisera = new Button(Meddelanden.t("sok.aktualisera"), new FontIcon(Material2OutlinedAL.ADD_TASK));
        aktualisera.setId("aktualiseraKnapp");
        aktualisera.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        aktualisera.setVisible(vm.kanSkapa());
        aktualisera.setOnAction(e -> {
            Soktraff s = t.getSelectionModel().getSelectedItem();
            vm.aktualisera(s.person().id(), id -> {
                oppna(id, "");
                andrat();
            });
        });
        HBox rad = new HBox(10, status, Ui.spacer(), aktualisera);
        rad.setAlignment(Pos.CENTER_LEFT);
        VBox v = new VBox(8, rad, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        v.setPadding(new Insets(10, 4, 4, 4));
        return v;
    }

    private void oppnaTraff(Soktraff s) {
        if (s != null) {
            s.arende().ifPresent(a -> oppna(a.arende().id(), a.arende().nummer()));
        }
    }

    // ---- fördelning -----------------------------------------------------------------------------------

    private Node fordelning() {
        TableView<Arbetsrad> t = tabell("otilldeladeTabell");
        t.setItems(vm.otilldelade());
        t.getColumns().add(kol("arbetslista.kol.arende", r -> r.rad().arende().nummer()));
        t.getColumns().add(kol("fordelning.kol.aktualiserad", r -> r.rad().arende().aktualiserad().toString()));
        t.getColumns().add(kol("arbetslista.kol.namn", r -> r.sokande().namn()));
        t.getColumns().add(kol("arbetslista.kol.personnummer", r -> r.sokande().identitet()));
        t.getColumns().add(kol("arbetslista.kol.status", r -> Meddelanden.t(r.rad().arende().status().textnyckel())));
        t.getColumns().add(kol("arbetslista.kol.hushall", ArendenView::hushall));
        t.getColumns().add(kol("arbetslista.kol.bevakningar", r -> ArendenViewModel.bevakningstext(r.bevakningar())));
        t.setPlaceholder(new Label(Meddelanden.t("fordelning.inga")));
        TableView<Arbetsbelastning> b = tabell("belastningTabell");
        b.setItems(vm.belastning());
        b.getColumns().add(kol("fordelning.kol.handlaggare", Arbetsbelastning::namn));
        b.getColumns().add(kol("fordelning.kol.roll", x -> Meddelanden.t("roll." + x.roll())));
        b.getColumns().add(kol("fordelning.kol.antal", x -> String.valueOf(x.aktivaArenden())));
        b.setPrefWidth(340);
        ComboBox<Anvandare> till = new ComboBox<>(vm.handlaggare());
        till.setId("tilldelaTill");
        till.valueProperty().bindBidirectional(vm.tilldelaTill);
        till.setPromptText(Meddelanden.t("fordelning.valjHandlaggare"));
        till.setCellFactory(l -> anvandarCell());
        till.setButtonCell(anvandarCell());
        Button tilldela = new Button(Meddelanden.t("fordelning.tilldela"), new FontIcon(Material2OutlinedAL.ASSIGNMENT_IND));
        tilldela.setId("tilldelaKnapp");
        tilldela.getStyleClass().add(Styles.ACCENT);
        tilldela.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull().or(till.valueProperty().isNull()));
        tilldela.setOnAction(e -> vm.tilldela(t.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.setId("fordelningStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(vm.fordelningStatusProperty());
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                Arbetsrad r = t.getSelectionModel().getSelectedItem();
                oppna(r.rad().arende().id(), r.rad().arende().nummer());
            }
        });
        HBox rad = new HBox(10, status, Ui.spacer(), till, tilldela);
        rad.setAlignment(Pos.CENTER_LEFT);
        VBox vanster = new VBox(8, rad, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        HBox.setHgrow(vanster, Priority.ALWAYS);
        Label bRubrik = new Label(Meddelanden.t("fordelning.belastning"));
        bRubrik.getStyleClass().add(Styles.TITLE_4);
        VBox hoger = new VBox(8, bRubrik, b);
        VBox.setVgrow(b, Priority.ALWAYS);
        HBox h = new HBox(14, vanster, hoger);
        h.setPadding(new Insets(10, 4, 4, 4));
        return h;
    }

    private static ListCell<Anvandare> anvandarCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Anvandare a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.namn());
            }
        };
    }

    // ---- open cases -----------------------------------------------------------------------------------

    /** Opens a case as a tab (or selects it if already open). */
    public void oppna(ArendeId id, String nummer) {
        String flikId = "arende-" + id.varde();
        Optional<Tab> finns = flikar.getTabs().stream().filter(t -> flikId.equals(t.getId())).findFirst();
        if (finns.isPresent()) {
            flikar.getSelectionModel().select(finns.get());
            return;
        }
        ArendeViewModel avm = new ArendeViewModel(vm.session(), vm.session().tjanster().arendeService(),
                vm.session().tjanster().personService(), id, this::andrat);
        ArendeView vy = new ArendeView(avm);
        Tab t = new Tab(nummer.isEmpty() ? Meddelanden.t("arende.laddar") : nummer, vy);
        t.setId(flikId);
        t.setGraphic(new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        avm.vyProperty().addListener((o, a, v) -> {
            if (v != null) {
                t.setText(v.arende().nummer() + " " + v.sokande().namn());
            }
        });
        flikar.getTabs().add(t);
        flikar.getSelectionModel().select(t);
        avm.oppna();
    }

    private void nyPerson() {
        Tab t = new Tab(Meddelanden.t("nyPerson.flik"));
        t.setId("nyPersonFlik");
        t.setGraphic(new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        t.setContent(new NyPersonView(new NyPersonViewModel(vm.session(), vm.session().tjanster().nyregistrering()), id -> {
            flikar.getTabs().remove(t);
            oppna(id, "");
            andrat();
        }));
        flikar.getTabs().add(t);
        flikar.getSelectionModel().select(t);
    }

    /** Something changed in a case: refresh the lists and the rail badge. */
    private void andrat() {
        vm.ladda();
        vm.session().skal().uppdateraRaknare();
    }

    public ArendenViewModel viewModel() {
        return vm;
    }
}
