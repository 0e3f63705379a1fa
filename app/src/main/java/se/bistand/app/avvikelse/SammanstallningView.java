package se.bistand.app.avvikelse;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Ui;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.Sammanstallning;

/** The compilation on screen: key figures, a stacked bar chart of the trend by category, the tables. */
final class SammanstallningView extends ScrollPane {

    private final SammanstallningViewModel vm;
    private final VBox innehall = new VBox(14);

    SammanstallningView(Session session) {
        this.vm = new SammanstallningViewModel(session, session.tjanster().klocka(), session.tjanster().avvikelseService());
        setId("sammanstallningVy");
        setFitToWidth(true);
        ComboBox<se.bistand.domain.avvikelse.Halvar> period = AvvikelseUi.val("periodVal", vm.perioder(),
                Object::toString);
        period.valueProperty().bindBidirectional(vm.period);
        period.setMaxWidth(160);
        Button pdf = new Button(Meddelanden.t("sammanstallning.pdf"), new FontIcon(Material2OutlinedMZ.PICTURE_AS_PDF));
        pdf.setId("pdfKnapp");
        pdf.setOnAction(e -> valjFil("pdf", vm::exporteraPdf));
        Button csv = new Button(Meddelanden.t("sammanstallning.csv"), new FontIcon(Material2OutlinedAL.GRID_ON));
        csv.setId("csvKnapp");
        csv.setOnAction(e -> valjFil("csv", vm::exporteraCsv));
        Label meddelande = new Label();
        meddelande.setId("sammanstallningMeddelande");
        meddelande.textProperty().bind(vm.meddelandeProperty());
        HBox verktyg = new HBox(10, new Label(Meddelanden.t("sammanstallning.period")), period, pdf, csv, meddelande);
        verktyg.setAlignment(Pos.CENTER_LEFT);
        VBox v = new VBox(12, verktyg, innehall);
        v.setPadding(new Insets(12));
        setContent(v);
        vm.resultatProperty().addListener((o, a, b) -> visa(b));
        vm.ladda();
    }

    private void valjFil(String andelse, Consumer<java.nio.file.Path> exportera) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(vm.filnamn(andelse));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(andelse.toUpperCase(), "*." + andelse));
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            exportera.accept(f.toPath());
        }
    }

    private void visa(Sammanstallning s) {
        innehall.getChildren().clear();
        if (s == null) {
            return;
        }
        Label titel = Ui.rubrik(Meddelanden.t("sammanstallning.titel", s.period().toString()), Styles.TITLE_4);
        FlowPane kort = new FlowPane(10, 10);
        kort.setId("nyckeltal");
        kort.getChildren().addAll(
                nyckeltal("sammanstallning.anmalda", Long.toString(s.antalAnmalda())),
                nyckeltal("sammanstallning.avslutade", Long.toString(s.antalAvslutade())),
                nyckeltal("sammanstallning.medeltid", SammanstallningTabeller.dagar(s.medeldagarTillAvslut())),
                nyckeltal("sammanstallning.oppnaVidSlut", Integer.toString(s.oppnaVidPeriodslut().size())),
                nyckeltal("sammanstallning.lexSarah", Meddelanden.t("sammanstallning.lexSarahVarav", s.lexSarah(),
                        s.lexSarahAllvarliga())));
        innehall.getChildren().addAll(titel, kort, diagram(s));
        FlowPane tabeller = new FlowPane(16, 16);
        for (SammanstallningTabeller.Avsnitt a : SammanstallningTabeller.avsnitt(s)) {
            if (!a.id().equals("nyckeltal")) {
                tabeller.getChildren().add(tabell(a));
            }
        }
        innehall.getChildren().add(tabeller);
    }

    private static Node nyckeltal(String nyckel, String varde) {
        Label v = new Label(varde);
        v.getStyleClass().add(Styles.TITLE_3);
        Label k = new Label(Meddelanden.t(nyckel));
        k.getStyleClass().add(Styles.TEXT_MUTED);
        VBox b = new VBox(2, v, k);
        b.getStyleClass().add("nyckeltal-kort");
        b.setPadding(new Insets(10, 14, 10, 14));
        b.setMinWidth(150);
        return b;
    }

    private static Node diagram(Sammanstallning s) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(Meddelanden.t("sammanstallning.antal"));
        y.setMinorTickVisible(false);
        y.setTickUnit(1);
        StackedBarChart<String, Number> c = new StackedBarChart<>(x, y);
        c.setId("trendDiagram");
        c.setTitle(Meddelanden.t("sammanstallning.trendPerKategori"));
        c.setAnimated(false);
        c.setPrefHeight(300);
        c.setMaxWidth(900);
        c.setCategoryGap(40);
        x.getCategories().setAll(s.trend().stream().map(p -> p.period().toString()).toList());
        for (Kategori k : Kategori.values()) {
            XYChart.Series<String, Number> serie = new XYChart.Series<>();
            serie.setName(Meddelanden.t(k.textnyckel()));
            for (Sammanstallning.Trendpunkt p : s.trend()) {
                serie.getData().add(new XYChart.Data<>(p.period().toString(), p.perKategori().get(k)));
            }
            c.getData().add(serie);
        }
        return c;
    }

    private static Node tabell(SammanstallningTabeller.Avsnitt a) {
        TableView<List<String>> t = new TableView<>();
        t.setId("tabell-" + a.id());
        t.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        for (int i = 0; i < a.rubriker().size(); i++) {
            int kolumn = i;
            var c = AvvikelseUi.<List<String>>kol("sammanstallning.antal", r -> r.get(kolumn));
            c.setText(a.rubriker().get(i));
            t.getColumns().add(c);
        }
        t.getItems().setAll(a.rader());
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Meddelanden.t("sammanstallning.ingenting")));
        t.setFixedCellSize(24);
        t.setPrefHeight(44 + 24 * Math.max(2, a.rader().size()));
        t.setPrefWidth(a.rubriker().size() > 3 ? 620 : 320);
        VBox v = new VBox(4, Ui.rubrik(a.titel(), Styles.TEXT_BOLD), t);
        return v;
    }
}
