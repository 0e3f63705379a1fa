package se.bistand.app.beslut;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Faltfel;
import se.bistand.app.ui.Ui;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.Utskottsbeslut;

/**
 * The form a chef fills in from the utskott's protocol, shown with a proposal that goes to the
 * socialutskott (the attest inbox's detail and the case's Beslut tab). Errors at the fields.
 */
public final class UtskottsbeslutFormular extends VBox {

    public UtskottsbeslutFormular(UtskottsbeslutViewModel vm, BeslutId beslut, Consumer<BeslutMedBerakning> klart) {
        super(6);
        setId("utskottFormular");
        Label hjalp = new Label(Meddelanden.t("utskott.vantar"));
        hjalp.setWrapText(true);
        hjalp.getStyleClass().add(Styles.WARNING);
        getChildren().addAll(Ui.rubrik(Meddelanden.t("utskott.rubrik"), Styles.TITLE_4), hjalp);
        if (!vm.kanRegistrera()) {
            return;
        }
        DatePicker dag = new DatePicker();
        dag.setId("utskottSammantrade");
        dag.valueProperty().bindBidirectional(vm.sammantradeProperty());
        TextField paragraf = new TextField();
        paragraf.setId("utskottParagraf");
        paragraf.setPromptText("§ 14");
        paragraf.textProperty().bindBidirectional(vm.paragrafProperty());
        ComboBox<Utskottsbeslut.Utfall> utfall = new ComboBox<>(
                FXCollections.observableArrayList(Utskottsbeslut.Utfall.values()));
        utfall.setId("utskottUtfall");
        utfall.setConverter(new StringConverter<>() {
            @Override
            public String toString(Utskottsbeslut.Utfall u) {
                return u == null ? "" : Meddelanden.t(u.textnyckel());
            }

            @Override
            public Utskottsbeslut.Utfall fromString(String s) {
                return null;
            }
        });
        utfall.valueProperty().bindBidirectional(vm.utfallProperty());
        Button registrera = new Button(Meddelanden.t("utskott.registrera"), new FontIcon(Material2OutlinedAL.GAVEL));
        registrera.setId("registreraUtskottKnapp");
        registrera.getStyleClass().add(Styles.ACCENT);
        registrera.setOnAction(e -> vm.registrera(beslut, klart));
        Label fel = new Label();
        fel.setId("utskottFel");
        fel.setWrapText(true);
        fel.getStyleClass().add(Styles.DANGER);
        fel.textProperty().bind(vm.felProperty());
        getChildren().addAll(Faltfel.falt("utskott.sammantrade", dag, "sammantrade", vm.faltfel()),
                Faltfel.falt("utskott.paragraf", paragraf, "paragraf", vm.faltfel()),
                Faltfel.falt("utskott.utfall", utfall, "utfall", vm.faltfel()), registrera, fel);
    }
}
