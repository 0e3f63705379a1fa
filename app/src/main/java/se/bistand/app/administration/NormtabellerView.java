package se.bistand.app.administration;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Format;
import se.bistand.app.ui.Ui;
import se.bistand.domain.berakning.NormtabellPost;
import se.bistand.domain.berakning.NormtabellStatus;

/** The Normtabeller tab of Administration: stored tables with provenance, entry form, confirmation. */
final class NormtabellerView extends HBox {

    NormtabellerView(NormtabellerViewModel vm) {
        super(16);
        setId("normtabellerVy");
        setPadding(new Insets(12));
        TableView<NormtabellPost> t = new TableView<>(vm.tabeller());
        t.setId("normtabellTabell");
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.getColumns().add(AdministrationView.kol(Meddelanden.t("normtabeller.kol.ar"), p -> Integer.toString(p.tabell().ar())));
        t.getColumns().add(AdministrationView.kol(Meddelanden.t("normtabeller.kol.tabell"),
                p -> p.tabell().id() + " v" + p.tabell().version()
                        + (p.tabell().demo() ? " · " + Meddelanden.t("normtabeller.demoEtikett") : "")));
        t.getColumns().add(AdministrationView.kol(Meddelanden.t("normtabeller.kol.status"),
                p -> Meddelanden.tFor("normtabeller.status.", p.tabell().status().name())));
        t.getColumns().add(AdministrationView.kol(Meddelanden.t("normtabeller.kol.kalla"), p -> p.tabell().kalla()));
        t.getColumns().add(AdministrationView.kol(Meddelanden.t("normtabeller.kol.registrerad"),
                p -> p.tabell().registreradAv() + " " + Format.tid(p.registrerad())));
        t.getColumns().add(AdministrationView.kol(Meddelanden.t("normtabeller.kol.bekraftad"),
                p -> p.tabell().bekraftadAv() + " " + p.bekraftad().map(Format::tid).orElse("")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button bekrafta = new Button(Meddelanden.t("normtabeller.bekrafta"), new FontIcon(Material2OutlinedMZ.VERIFIED));
        bekrafta.setId("bekraftaNormtabellKnapp");
        bekrafta.setDisable(true);
        bekrafta.setOnAction(e -> vm.bekrafta(t.getSelectionModel().getSelectedItem()));
        Button utgaFran = new Button(Meddelanden.t("normtabeller.utgaFran"), new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        utgaFran.setId("utgaFranKnapp");
        utgaFran.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        utgaFran.setOnAction(e -> vm.fyllFran(t.getSelectionModel().getSelectedItem().tabell()));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, p) ->
                bekrafta.setDisable(p == null || p.tabell().status() != NormtabellStatus.UTKAST));
        Label meddelande = new Label();
        meddelande.setId("normtabellMeddelande");
        meddelande.textProperty().bind(vm.meddelandeProperty());
        meddelande.setWrapText(true);
        Label hjalp = new Label(Meddelanden.t("normtabeller.hjalp"));
        hjalp.setWrapText(true);
        hjalp.getStyleClass().add(Styles.TEXT_MUTED);
        VBox vanster = new VBox(8, hjalp, t, new HBox(8, bekrafta, utgaFran), meddelande);
        VBox.setVgrow(t, Priority.ALWAYS);
        HBox.setHgrow(vanster, Priority.ALWAYS);
        getChildren().addAll(vanster, formular(vm));
        vm.ladda();
    }

    private static ScrollPane formular(NormtabellerViewModel vm) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        int r = 0;
        g.addRow(r++, new Label(Meddelanden.t("normtabeller.kol.ar")), falt(vm, "ar", vm.ar));
        g.addRow(r++, new Label(Meddelanden.t("normtabeller.kol.kalla")), falt(vm, "kalla", vm.kalla));
        for (var e : vm.belopp.entrySet()) {
            g.addRow(r++, new Label(Meddelanden.tFor("normtabeller.post.", e.getKey())), falt(vm, e.getKey(), e.getValue()));
        }
        Button spara = new Button(Meddelanden.t("normtabeller.registrera"), new FontIcon(Material2OutlinedMZ.SAVE));
        spara.setId("registreraNormtabellKnapp");
        spara.getStyleClass().add(Styles.ACCENT);
        spara.setOnAction(e -> vm.registrera());
        Button csv = new Button(Meddelanden.t("normtabeller.importeraCsv"), new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        csv.setId("importeraCsvKnapp");
        csv.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
            var fil = fc.showOpenDialog(csv.getScene().getWindow());
            if (fil != null) {
                vm.importeraCsvFil(fil.toPath());
            }
        });
        VBox f = new VBox(8, Ui.rubrik(Meddelanden.t("normtabeller.ny"), Styles.TITLE_4), g, new HBox(8, spara, csv));
        f.getStyleClass().add("formular-kort");
        f.setPadding(new Insets(16));
        f.setAlignment(Pos.TOP_LEFT);
        ScrollPane s = new ScrollPane(f);
        s.setFitToWidth(true);
        s.setPrefWidth(430);
        s.setMinWidth(400);
        return s;
    }

    private static VBox falt(NormtabellerViewModel vm, String nyckel, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        String id = "norm-" + nyckel.replaceAll("[^A-Za-z0-9]+", "-");
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        t.setPrefColumnCount(nyckel.equals("kalla") ? 18 : 8);
        return se.bistand.app.ui.Faltfel.utanRubrik(t, id, nyckel, vm.faltfel());
    }
}
