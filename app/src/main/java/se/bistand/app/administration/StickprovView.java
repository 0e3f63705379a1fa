package se.bistand.app.administration;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Faltfel;
import se.bistand.app.ui.Ui;

/** The Stickprov tab of Administration (see {@link StickprovViewModel}). */
public final class StickprovView extends VBox {

    public StickprovView(StickprovViewModel vm) {
        super(10);
        setId("stickprovVy");
        setPadding(new Insets(12));
        setMaxWidth(760);
        setAlignment(Pos.TOP_LEFT);

        Label hjalp = new Label(Meddelanden.t("stickprov.hjalp"));
        hjalp.setWrapText(true);
        hjalp.getStyleClass().add(Styles.TEXT_MUTED);
        Label gallande = new Label();
        gallande.setId("gallandeStickprov");
        gallande.getStyleClass().add(Styles.TEXT_BOLD);
        gallande.setWrapText(true);
        gallande.textProperty().bind(vm.gallandeProperty());
        Label forslag = new Label();
        forslag.setId("stickprovForslag");
        forslag.setWrapText(true);
        forslag.textProperty().bind(vm.forslagProperty());

        Button bekrafta = new Button(Meddelanden.t("stickprov.bekrafta"), new FontIcon(Material2OutlinedAL.CHECK));
        bekrafta.setId("bekraftaStickprovKnapp");
        bekrafta.getStyleClass().add(Styles.ACCENT);
        bekrafta.setOnAction(e -> vm.bekrafta());
        Button avvisa = new Button(Meddelanden.t("stickprov.avvisa"), new FontIcon(Material2OutlinedMZ.UNDO));
        avvisa.setId("avvisaStickprovKnapp");
        avvisa.setOnAction(e -> vm.avvisa());
        HBox knappar = new HBox(8, bekrafta, avvisa);
        // shown only while a proposal waits, to those who may decide it
        knappar.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.kanBekrafta()
                && vm.lageProperty().get() != null && vm.lageProperty().get().forslag().isPresent(), vm.lageProperty()));
        knappar.managedProperty().bind(knappar.visibleProperty());

        Label meddelande = new Label();
        meddelande.setId("stickprovMeddelande");
        meddelande.setWrapText(true);
        meddelande.textProperty().bind(vm.meddelandeProperty());

        getChildren().addAll(Ui.rubrik(Meddelanden.t("stickprov.rubrik"), Styles.TITLE_4), hjalp, gallande, forslag,
                knappar, meddelande);
        if (vm.kanForesla()) {
            getChildren().add(formular(vm));
        }
        vm.ladda();
    }

    private static VBox formular(StickprovViewModel vm) {
        TextField procent = new TextField();
        procent.setId("stickprovProcent");
        procent.setPrefColumnCount(6);
        procent.textProperty().bindBidirectional(vm.procent);
        TextField grans = new TextField();
        grans.setId("stickprovGrans");
        grans.setPrefColumnCount(12);
        grans.textProperty().bindBidirectional(vm.grans);
        Label hjalp = new Label(Meddelanden.t("stickprov.procentHjalp"));
        hjalp.setWrapText(true);
        hjalp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button foresla = new Button(Meddelanden.t("stickprov.foresla"), new FontIcon(Material2OutlinedMZ.SEND));
        foresla.setId("foreslaStickprovKnapp");
        foresla.setOnAction(e -> vm.foresla());
        // one proposal at a time (the domain refuses a second): the pending one is shown above
        foresla.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.lageProperty().get() != null && vm.lageProperty().get().forslag().isPresent(), vm.lageProperty()));
        VBox f = new VBox(6, Ui.rubrik(Meddelanden.t("stickprov.foreslaRubrik"), Styles.TITLE_4),
                Faltfel.falt("stickprov.procent", procent, "stickprovProcent", vm.faltfel()),
                Faltfel.falt("stickprov.grans", grans, "stickprovGrans", vm.faltfel()),
                hjalp, foresla);
        f.getStyleClass().add("formular-kort");
        f.setPadding(new Insets(16));
        f.setMaxWidth(380);
        return f;
    }
}
