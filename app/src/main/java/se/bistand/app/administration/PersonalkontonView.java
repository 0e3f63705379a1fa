package se.bistand.app.administration;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Faltfel;
import se.bistand.app.ui.Format;
import se.bistand.app.ui.Kontofalt;
import se.bistand.app.ui.Tabeller;
import se.bistand.app.ui.Ui;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.betalning.Personalkonto;

/** The Personalkonton tab of Administration: staff salary accounts (list) and a form to register one. */
final class PersonalkontonView extends HBox {

    PersonalkontonView(PersonalkontonViewModel vm) {
        super(16);
        setId("personalkontonVy");
        setPadding(new Insets(12));
        TableView<Personalkonto> t = Tabeller.tabell("personalkontoTabell", vm.konton(),
                Meddelanden.t("personalkonto.inga"));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("personalkonto.kol.anvandare"), 160, p -> vm.namn(p.anvandare())));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.konto"), 170, Personalkonto::visning));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("personalkonto.kol.registrerad"), 130,
                p -> p.registrerad().map(Format::tid).orElse("")));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("mottagare.kol.registreradAv"),
                p -> p.registreradAv().map(vm::namn).orElse("")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label hjalp = new Label(Meddelanden.t("personalkonto.hjalp"));
        hjalp.setWrapText(true);
        hjalp.getStyleClass().add(Styles.TEXT_MUTED);
        Label meddelande = new Label();
        meddelande.setId("personalkontoMeddelande");
        meddelande.textProperty().bind(vm.meddelandeProperty());
        meddelande.setWrapText(true);
        VBox vanster = new VBox(8, hjalp, t, meddelande);
        VBox.setVgrow(t, Priority.ALWAYS);
        HBox.setHgrow(vanster, Priority.ALWAYS);
        getChildren().addAll(vanster, formular(vm));
        vm.ladda();
    }

    private static VBox formular(PersonalkontonViewModel vm) {
        ComboBox<Anvandare> vem = new ComboBox<>(vm.anvandare());
        vem.setId("personalkontoAnvandare");
        vem.setButtonCell(anvandarCell());
        vem.setCellFactory(l -> anvandarCell());
        vem.valueProperty().bindBidirectional(vm.valdAnvandare);
        vem.setMaxWidth(Double.MAX_VALUE);
        vem.setPromptText(Meddelanden.t("personalkonto.valjAnvandare"));
        return Ui.formularkort(Meddelanden.t("personalkonto.ny"), 320,
                Faltfel.falt("personalkonto.anvandare", vem, "anvandare", vm.faltfel()),
                Kontofalt.av("attest.konto", "personalkontoKonto", vm.kontoslag, vm.konto, vm.faltfel()),
                Ui.huvudknapp(Meddelanden.t("personalkonto.registrera"), Material2OutlinedMZ.SAVE,
                        "registreraPersonalkontoKnapp", vm::registrera));
    }

    private static ListCell<Anvandare> anvandarCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Anvandare a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.namn() + " (" + a.anvandarnamn() + ")");
            }
        };
    }
}
