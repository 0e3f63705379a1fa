package se.bistand.app.delad;

import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.AppKonfig;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Ui;

/** The connection dialog's screen: which database this installation uses. */
public final class DatabasanslutningView extends StackPane {

    public DatabasanslutningView(DatabasanslutningViewModel vm, Consumer<AppKonfig> sparad, Runnable avbryt) {
        Label titel = Ui.rubrik(Meddelanden.t("delad.rubrik"), Styles.TITLE_3);
        Label hjalp = new Label(Meddelanden.t("delad.hjalp"));
        hjalp.getStyleClass().add(Styles.TEXT_MUTED);
        hjalp.setWrapText(true);

        ComboBox<String> typ = new ComboBox<>();
        typ.setId("typVal");
        typ.getItems().setAll(DatabasanslutningViewModel.TYPER);
        typ.setCellFactory(l -> new TypCell());
        typ.setButtonCell(new TypCell());
        typ.valueProperty().bindBidirectional(vm.typProperty());
        typ.setMaxWidth(Double.MAX_VALUE);

        TextField vard = falt("vardFalt", vm.vardProperty());
        TextField port = falt("portFalt", vm.portProperty());
        TextField namn = falt("namnFalt", vm.namnProperty());
        TextField anvandare = falt("anvandareFalt", vm.anvandareProperty());
        PasswordField losenord = new PasswordField();
        losenord.setId("dbLosenordFalt");
        losenord.textProperty().bindBidirectional(vm.losenordProperty());
        if (vm.harSparatLosenord()) {
            losenord.setPromptText(Meddelanden.t("delad.losenordOforandrat"));
        }
        Map<String, TextInputControl> falten = Map.of("vard", vard, "port", port, "namn", namn,
                "anvandare", anvandare);

        VBox delat = new VBox(8,
                rad("delad.vard", vard, "vard"), rad("delad.port", port, "port"), rad("delad.namn", namn, "namn"),
                rad("delad.anvandare", anvandare, "anvandare"), rad("delad.losenord", losenord, "losenord"));
        delat.disableProperty().bind(vm.deladProperty().not());
        vm.felFaltProperty().addListener((o, a, b) -> {
            falten.forEach((k, f) -> f.pseudoClassStateChanged(Styles.STATE_DANGER, k.equals(b)));
            delat.lookupAll(".falt-fel").forEach(n -> {
                Label l = (Label) n;
                boolean dettaFalt = l.getId().equals("fel-" + b);
                l.setText(dettaFalt ? vm.felProperty().get() : "");
                l.setVisible(dettaFalt);
            });
        });

        Button spara = new Button(Meddelanden.t("delad.spara"), new FontIcon(Material2OutlinedMZ.SAVE));
        spara.setId("sparaAnslutningKnapp");
        spara.getStyleClass().add(Styles.ACCENT);
        spara.setDefaultButton(true);
        spara.setOnAction(e -> vm.spara().ifPresent(sparad));
        Button avbryta = new Button(Meddelanden.t("delad.avbryt"));
        avbryta.setId("avbrytAnslutningKnapp");
        avbryta.setCancelButton(true);
        avbryta.setOnAction(e -> avbryt.run());

        VBox kort = new VBox(12, titel, hjalp, new VBox(4, new Label(Meddelanden.t("delad.typ")), typ), delat,
                new HBox(8, spara, avbryta));
        kort.getStyleClass().add("databasanslutning-kort");
        kort.setPadding(new Insets(28));
        kort.setMaxWidth(460);
        kort.setMaxHeight(USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(24));
        getChildren().add(kort);
    }

    private static TextField falt(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static VBox rad(String etikettNyckel, TextInputControl falt, String namn) {
        Label etikett = new Label(Meddelanden.t(etikettNyckel));
        etikett.setLabelFor(falt);
        return new VBox(4, etikett, falt, se.bistand.app.ui.Faltfel.etikett(namn));
    }

    private static final class TypCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : DatabasanslutningViewModel.text(item));
        }
    }
}
