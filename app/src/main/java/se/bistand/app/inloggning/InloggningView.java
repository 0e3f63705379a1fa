package se.bistand.app.inloggning;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ProgressIndicator;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.demo.DemoData;
import se.bistand.app.ui.Ui;
import se.bistand.domain.behorighet.Aktor;

/** The sign-in window: a calm card; on a demo installation also the demo users with passwords. */
public final class InloggningView extends StackPane {

    public InloggningView(InloggningViewModel vm, Consumer<Aktor> inloggad) {
        this(vm, inloggad, null);
    }

    /** With a "Databasanslutning…" link to the connection dialog when {@code databasanslutning} is given. */
    public InloggningView(InloggningViewModel vm, Consumer<Aktor> inloggad, Runnable databasanslutning) {
        getStyleClass().add("inloggning");

        FontIcon logo = new FontIcon(Material2OutlinedAL.ACCOUNT_BALANCE);
        logo.getStyleClass().add("logo-ikon");
        Label titel = Ui.rubrik(Meddelanden.t("app.namn"), Styles.TITLE_1);
        Label under = new Label(Meddelanden.t("inloggning.undertitel"));
        under.getStyleClass().add(Styles.TEXT_MUTED);
        HBox huvud = new HBox(14, logo, new VBox(2, titel, under));
        huvud.setAlignment(Pos.CENTER_LEFT);

        TextField anv = new TextField();
        anv.setId("anvandarnamnFalt");
        anv.setPromptText(Meddelanden.t("inloggning.anvandarnamn"));
        anv.textProperty().bindBidirectional(vm.anvandarnamnProperty());
        PasswordField pw = new PasswordField();
        pw.setId("losenordFalt");
        pw.setPromptText(Meddelanden.t("inloggning.losenord"));
        pw.textProperty().bindBidirectional(vm.losenordProperty());

        Label fel = new Label();
        fel.setId("inloggningFel");
        fel.getStyleClass().addAll(Styles.DANGER, "falt-fel");
        fel.setWrapText(true);
        fel.textProperty().bind(vm.felProperty());
        fel.visibleProperty().bind(vm.felProperty().isNotEmpty());
        fel.managedProperty().bind(fel.visibleProperty());
        vm.felFaltProperty().addListener((o, a, b) -> {
            anv.pseudoClassStateChanged(Styles.STATE_DANGER, "anvandarnamn".equals(b));
            pw.pseudoClassStateChanged(Styles.STATE_DANGER, "losenord".equals(b));
        });

        Button loggaIn = new Button(Meddelanden.t("inloggning.loggaIn"), new FontIcon(Material2OutlinedAL.LOGIN));
        loggaIn.setId("loggaInKnapp");
        loggaIn.setDefaultButton(true);
        loggaIn.getStyleClass().add(Styles.ACCENT);
        loggaIn.setMaxWidth(Double.MAX_VALUE);
        loggaIn.disableProperty().bind(vm.kanLoggaIn().not());
        loggaIn.setOnAction(e -> vm.loggaIn(inloggad));
        ProgressIndicator snurr = new ProgressIndicator();
        snurr.setPrefSize(18, 18);
        snurr.visibleProperty().bind(vm.upptagenProperty());
        snurr.managedProperty().bind(snurr.visibleProperty());

        Label anvEtikett = new Label(Meddelanden.t("inloggning.anvandarnamn"));
        anvEtikett.setLabelFor(anv);
        Label pwEtikett = new Label(Meddelanden.t("inloggning.losenord"));
        pwEtikett.setLabelFor(pw);
        Label db = new Label(Meddelanden.t("status.databas", vm.databas()), new FontIcon(Material2OutlinedMZ.STORAGE));
        db.setId("inloggningDatabas");
        db.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        db.setWrapText(true);

        VBox kort = new VBox(10, huvud, new VBox(4, anvEtikett, anv), new VBox(4, pwEtikett, pw), fel,
                new HBox(8, loggaIn, snurr), db);
        if (databasanslutning != null) {
            Hyperlink lank = new Hyperlink(Meddelanden.t("delad.databasanslutning"));
            lank.setId("databasanslutningLank");
            lank.getStyleClass().add(Styles.TEXT_SMALL);
            lank.setOnAction(e -> databasanslutning.run());
            kort.getChildren().add(lank);
        }
        HBox.setHgrow(loggaIn, javafx.scene.layout.Priority.ALWAYS);
        kort.getStyleClass().add("inloggning-kort");
        kort.setPadding(new Insets(32));
        kort.setPrefWidth(380);
        kort.setMaxWidth(380);

        HBox rad = new HBox(24, kort);
        rad.setAlignment(Pos.CENTER);
        if (vm.demo()) {
            rad.getChildren().add(demoPanel(vm, inloggad));
        }
        rad.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(rad);
        setPadding(new Insets(24));
        anv.requestFocus();
        javafx.application.Platform.runLater(anv::requestFocus);
    }

    private static VBox demoPanel(InloggningViewModel vm, Consumer<Aktor> inloggad) {
        Label t = Ui.rubrik(Meddelanden.t("inloggning.demoRubrik"), Styles.TITLE_4);
        Label hjalp = new Label(Meddelanden.t("inloggning.demoHjalp"));
        hjalp.getStyleClass().add(Styles.TEXT_MUTED);
        hjalp.setWrapText(true);
        TableView<DemoData.DemoAnvandare> tabell = new TableView<>();
        tabell.setId("demoAnvandare");
        tabell.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        TableColumn<DemoData.DemoAnvandare, String> roll = new TableColumn<>(Meddelanden.t("inloggning.roll"));
        roll.setCellValueFactory(c -> new SimpleStringProperty(Meddelanden.t(c.getValue().roll().textnyckel())));
        TableColumn<DemoData.DemoAnvandare, String> namn = new TableColumn<>(Meddelanden.t("inloggning.namn"));
        namn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().namn()));
        TableColumn<DemoData.DemoAnvandare, String> anvCol = new TableColumn<>(Meddelanden.t("inloggning.anvandarnamn"));
        anvCol.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().anvandarnamn()));
        TableColumn<DemoData.DemoAnvandare, String> pwCol = new TableColumn<>(Meddelanden.t("inloggning.losenord"));
        pwCol.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().losenord()));
        tabell.getColumns().addAll(java.util.List.of(roll, namn, anvCol, pwCol));
        tabell.getItems().setAll(vm.demoAnvandare());
        tabell.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabell.setPrefHeight(330);
        tabell.setPrefWidth(470);
        tabell.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.valjDemoAnvandare(b);
            }
        });
        tabell.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && tabell.getSelectionModel().getSelectedItem() != null) {
                vm.loggaIn(inloggad);
            }
        });
        VBox v = new VBox(10, t, hjalp, tabell);
        v.getStyleClass().add("inloggning-kort");
        v.setPadding(new Insets(24));
        return v;
    }
}
