package se.bistand.app.avvikelse;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Faltfel;
import se.bistand.app.ui.Ui;
import se.bistand.domain.avvikelse.Synpunkt;

/** Synpunkter och klagomål: the list, the registration form, and the answer for the selected one. */
final class SynpunkterView extends HBox {

    private final SynpunkterViewModel vm;
    private final VBox svarDel = new VBox(6);

    SynpunkterView(Session session, Runnable efterAndring) {
        this.vm = new SynpunkterViewModel(session, session.tjanster().synpunktService(), session.tjanster().klocka(),
                efterAndring);
        setId("synpunkterVy");
        TableView<Synpunkt> t = new TableView<>(vm.synpunkter());
        t.setId("synpunktTabell");
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.getColumns().add(AvvikelseUi.kol("synpunkt.kol.inkom", s -> s.inkom().toString()));
        t.getColumns().add(AvvikelseUi.kol("synpunkt.kol.typ", s -> Meddelanden.t(s.typ().textnyckel())));
        t.getColumns().add(AvvikelseUi.kol("synpunkt.kol.kanal", s -> Meddelanden.t(s.kanal().textnyckel())));
        t.getColumns().add(AvvikelseUi.kol("synpunkt.kol.status", s -> Meddelanden.t(s.status().textnyckel())));
        t.getColumns().add(AvvikelseUi.kol("synpunkt.kol.innehall", Synpunkt::innehall));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Meddelanden.t("synpunkt.inga")));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.valj(b));
        Label meddelande = new Label();
        meddelande.setId("synpunktMeddelande");
        meddelande.textProperty().bind(vm.meddelandeProperty());
        meddelande.setWrapText(true);
        VBox vanster = new VBox(8, t, meddelande);
        VBox.setVgrow(t, Priority.ALWAYS);
        HBox.setHgrow(vanster, Priority.ALWAYS);

        VBox hoger = new VBox(14, nyForm(), svarDel);
        hoger.setPrefWidth(380);
        hoger.setMinWidth(340);
        ScrollPane sp = new ScrollPane(hoger);
        sp.setFitToWidth(true);
        sp.setMinWidth(360);
        getChildren().addAll(vanster, sp);
        setSpacing(16);
        setPadding(new Insets(12));
        vm.valdProperty().addListener((o, a, b) -> visaSvar(b));
        vm.kanHanteraProperty().addListener((o, a, b) -> visaSvar(vm.valdProperty().get()));
        visaSvar(null);
        vm.ladda();
    }

    void ladda() {
        vm.ladda();
    }

    private Node nyForm() {
        ComboBox<Synpunkt.Typ> typ = AvvikelseUi.val("synpunktTyp", List.of(Synpunkt.Typ.values()),
                x -> Meddelanden.t(x.textnyckel()));
        typ.valueProperty().bindBidirectional(vm.typ);
        ComboBox<Synpunkt.Kanal> kanal = AvvikelseUi.val("synpunktKanal", List.of(Synpunkt.Kanal.values()),
                x -> Meddelanden.t(x.textnyckel()));
        kanal.valueProperty().bindBidirectional(vm.kanal);
        DatePicker inkom = new DatePicker();
        inkom.setId("synpunktInkom");
        inkom.valueProperty().bindBidirectional(vm.inkom);
        var innehall = AvvikelseUi.textyta("synpunktInnehall", 3);
        innehall.textProperty().bindBidirectional(vm.innehall);
        Button reg = new Button(Meddelanden.t("synpunkt.registrera"), new FontIcon(Material2OutlinedAL.ADD));
        reg.setId("registreraSynpunktKnapp");
        reg.getStyleClass().add(Styles.ACCENT);
        reg.setOnAction(e -> vm.registrera());
        VBox f = new VBox(6, Ui.rubrik(Meddelanden.t("synpunkt.ny"), Styles.TITLE_4),
                Faltfel.falt("synpunkt.falt.typ", typ, "typ", vm.faltfel()),
                Faltfel.falt("synpunkt.falt.kanal", kanal, "kanal", vm.faltfel()),
                Faltfel.falt("synpunkt.falt.inkom", inkom, "inkom", vm.faltfel()),
                Faltfel.falt("synpunkt.falt.innehall", innehall, "innehall", vm.faltfel()), reg);
        f.getStyleClass().add("formular-kort");
        f.setPadding(new Insets(14));
        return f;
    }

    private void visaSvar(Synpunkt s) {
        svarDel.getChildren().clear();
        if (s == null) {
            return;
        }
        Label rubrik = Ui.rubrik(Meddelanden.t("synpunkt.vald", Meddelanden.t(s.typ().textnyckel()),
                s.inkom().toString()), Styles.TITLE_4);
        Label innehall = new Label(s.innehall());
        innehall.setWrapText(true);
        svarDel.getChildren().addAll(rubrik, innehall);
        if (!vm.kanHanteraProperty().get() || s.status() == Synpunkt.Status.AVSLUTAD) {
            Label svar = new Label(s.svar() == null ? Meddelanden.t("synpunkt.ejBesvarad")
                    : Meddelanden.t("synpunkt.svarText", s.besvaradAvNamn(), s.svar()));
            svar.setId("synpunktSvarVisning");
            svar.setWrapText(true);
            svarDel.getChildren().add(svar);
            return;
        }
        var svar = AvvikelseUi.textyta("svarFalt", 3);
        svar.textProperty().bindBidirectional(vm.svar);
        Button besvara = new Button(Meddelanden.t("synpunkt.sparaSvar"), new FontIcon(Material2OutlinedMZ.SAVE));
        besvara.setId("besvaraKnapp");
        besvara.setOnAction(e -> vm.besvara());
        Button avsluta = new Button(Meddelanden.t("synpunkt.avsluta"), new FontIcon(Material2OutlinedAL.DONE_ALL));
        avsluta.setId("avslutaSynpunktKnapp");
        avsluta.setDisable(s.status() != Synpunkt.Status.BESVARAD);
        avsluta.setOnAction(e -> vm.avsluta());
        svarDel.getChildren().addAll(Faltfel.falt("synpunkt.falt.svar", svar, "svar", vm.faltfel()),
                new HBox(8, besvara, avsluta));
    }
}
