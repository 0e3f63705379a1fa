package se.bistand.app.beslut;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.berakning.BeloppskortView;
import se.bistand.app.ui.Format;
import se.bistand.app.ui.Ui;
import se.bistand.domain.beslut.BeslutMedBerakning;

/**
 * The Beslut tab: the case's decisions (newest first; a replaced one is marked), and for the
 * selected one the decision in words, the same {@link BeloppskortView} as the calculator with
 * the stored calculation, and its letter as PDF.
 */
public final class BeslutlistaView extends BorderPane {

    public BeslutlistaView(BeslutlistaViewModel vm) {
        setId("beslutlistaVy");
        TableView<BeslutMedBerakning> t = new TableView<>(vm.beslut());
        t.setId("beslutTabell");
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.getColumns().add(kol(Meddelanden.t("beslutsvy.kol.nr"), b -> b.beslut().id().toString()));
        t.getColumns().add(kol(Meddelanden.t("beslutsvy.kol.manad"), b -> b.beslut().manad().toString()));
        t.getColumns().add(kol(Meddelanden.t("beslutsvy.utfall"), b -> Meddelanden.tFor("beslut.utfall.", b.beslut().utfall().name())));
        t.getColumns().add(kol(Meddelanden.t("beslutsvy.kol.belopp"), b -> b.beslut().total().format()));
        t.getColumns().add(kol(Meddelanden.t("beslutsvy.kol.beslutadAv"), Beslutstext::beslutsfattare));
        t.getColumns().add(kol(Meddelanden.t("beslutsvy.kol.datum"), b -> Format.tid(b.beslut().beslutad())));
        t.getColumns().add(kol(Meddelanden.t("beslutsvy.kol.status"), b -> b.arGallande()
                ? Meddelanden.tFor("beslutsvy.status.", b.beslut().status().name())
                : Meddelanden.t("beslutsvy.ersattAv", b.ersattAv().orElseThrow())));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Meddelanden.t("beslutsvy.ingaBeslut")));

        BeloppskortView kort = new BeloppskortView();
        Label text = new Label();
        text.setId("beslutText");
        text.setWrapText(true);
        text.setMaxWidth(270);
        Button brev = new Button(Meddelanden.t("beslutsvy.brev"), new FontIcon(Material2OutlinedMZ.PICTURE_AS_PDF));
        brev.setId("beslutsbrevKnapp");
        brev.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> t.getSelectionModel().getSelectedItem() == null
                        || t.getSelectionModel().getSelectedItem().beslutsfattare().isEmpty(),
                t.getSelectionModel().selectedItemProperty()));
        brev.setOnAction(e -> {
            BeslutMedBerakning b = t.getSelectionModel().getSelectedItem();
            FileChooser fc = new FileChooser();
            fc.setInitialFileName("beslut-" + b.beslut().id() + ".pdf");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File fil = fc.showSaveDialog(getScene().getWindow());
            if (fil != null) {
                vm.sparaBrev(b, fil.toPath());
            }
        });
        Button fattaForslag = new Button(Meddelanden.t("beslutsvy.fattaForslag"),
                new FontIcon(org.kordamp.ikonli.material2.Material2OutlinedAL.HOW_TO_VOTE));
        fattaForslag.setId("fattaForslagKnapp");
        fattaForslag.setOnAction(e -> vm.fattaForslag(t.getSelectionModel().getSelectedItem()));
        VBox forslag = new VBox(8);
        forslag.setId("beslutForslag");
        forslag.setMaxWidth(290);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            forslag.getChildren().clear();
            if (b != null && b.arForslag() && b.arGallande()) {
                forslag.getChildren().add(vm.tillUtskottet(b)
                        ? new UtskottsbeslutFormular(vm.utskott(), b.beslut().id(), vm::utskottRegistrerat)
                        : vm.kanBesluta() ? fattaForslag : new Label());
            }
            if (b == null) {
                kort.visaTomt();
                text.setText("");
            } else {
                kort.visa(b);
                StringBuilder sb = new StringBuilder(Beslutstext.sammanfattning(b.beslut()));
                b.beslut().livsforing().forEach(p -> sb.append('\n').append(Beslutstext.livsforing(p)));
                text.setText(sb.toString());
            }
        });
        Label meddelande = new Label();
        meddelande.setId("beslutlistaMeddelande");
        meddelande.textProperty().bind(vm.meddelandeProperty());
        meddelande.setWrapText(true);
        VBox vanster = new VBox(8, Ui.rubrik(Meddelanden.t("beslutsvy.lista"), Styles.TITLE_4), t, meddelande);
        VBox.setVgrow(t, Priority.ALWAYS);
        vanster.setPadding(new Insets(12));
        HBox.setHgrow(vanster, Priority.ALWAYS);
        VBox hoger = new VBox(10, kort, text, brev, forslag);
        hoger.setPadding(new Insets(12));
        hoger.setAlignment(Pos.TOP_LEFT);
        setCenter(vanster);
        setRight(hoger);
        vm.ladda();
    }

    private static TableColumn<BeslutMedBerakning, String> kol(String titel, Function<BeslutMedBerakning, String> f) {
        return se.bistand.app.ui.Tabeller.kol(titel, f);
    }
}
