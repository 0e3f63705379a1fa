package se.bistand.app.administration;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Tabeller;
import se.bistand.app.ui.Ui;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.Money;

/** The Delegation tab of Administration (see {@link DelegationViewModel}). */
public final class DelegationView extends VBox {

    public DelegationView(DelegationViewModel vm) {
        super(10);
        setId("delegationVy");
        setPadding(new Insets(10, 4, 4, 4));
        TableView<Delegationsordning> versioner = Tabeller.tabell("delegationTabell", vm.versioner(),
                Meddelanden.t("delegation.ingaVersioner"));
        versioner.getColumns().add(Tabeller.kol(Meddelanden.t("delegation.kol.giltigFran"), 100,
                o -> o.giltigFran().toString()));
        versioner.getColumns().add(Tabeller.kol(Meddelanden.t("delegation.kol.status"), 110,
                o -> Meddelanden.t("delegation.status." + o.status().name())));
        versioner.getColumns().add(Tabeller.kol(Meddelanden.t("delegation.kol.beskrivning"), o -> o.beskrivning()));
        versioner.setPrefHeight(160);
        versioner.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> vm.valdProperty().set(v));

        ObservableList<DelegationsRegel> regler = FXCollections.observableArrayList();
        vm.valdProperty().addListener((o, a, v) -> regler.setAll(v == null ? List.of() : v.regler()));
        TableView<DelegationsRegel> regeltabell = Tabeller.tabell("delegationRegler", regler,
                Meddelanden.t("delegation.valjVersion"));
        regeltabell.getColumns().add(Tabeller.kol(Meddelanden.t("delegation.kol.typ"), 170,
                r -> Meddelanden.t(r.typ().textnyckel())));
        regeltabell.getColumns().add(Tabeller.kol(Meddelanden.t("delegation.kol.roll"), 150,
                r -> Meddelanden.t(r.roll().textnyckel())));
        regeltabell.getColumns().add(Tabeller.kol(Meddelanden.t("delegation.kol.besluta"), 130,
                r -> r.farBesluta() ? r.beslutMax().map(Money::format).orElse(Meddelanden.t("delegation.obegransat"))
                        : Meddelanden.t("delegation.nej")));
        regeltabell.getColumns().add(Tabeller.kol(Meddelanden.t("delegation.kol.attestera"),
                r -> r.farAttestera() ? r.attestMax().map(Money::format).orElse(Meddelanden.t("delegation.obegransat"))
                        : Meddelanden.t("delegation.nej")));
        VBox.setVgrow(regeltabell, Priority.ALWAYS);

        Button bekrafta = new Button(Meddelanden.t("delegation.bekrafta"));
        bekrafta.setId("bekraftaDelegationKnapp");
        Button avvisa = new Button(Meddelanden.t("delegation.avvisa"));
        avvisa.setId("avvisaDelegationKnapp");
        for (Button b : new Button[] {bekrafta, avvisa}) {
            b.disableProperty().bind(vm.valdProperty().isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> vm.valdProperty().get() == null
                            || vm.valdProperty().get().status() != Delegationsordning.Status.FORESLAGEN,
                    vm.valdProperty())));
            b.setVisible(vm.kanBekrafta());
            b.managedProperty().bind(b.visibleProperty());
        }
        bekrafta.getStyleClass().add(Styles.ACCENT);
        bekrafta.setOnAction(e -> vm.bekrafta());
        avvisa.setOnAction(e -> vm.avvisa());

        Label meddelande = new Label();
        meddelande.setId("delegationMeddelande");
        meddelande.setWrapText(true);
        meddelande.textProperty().bind(vm.meddelandeProperty());

        getChildren().addAll(versioner, regeltabell, new HBox(8, bekrafta, avvisa, meddelande));
        if (vm.kanForesla()) {
            getChildren().add(forslag(vm));
        }
        vm.ladda();
    }

    private static VBox forslag(DelegationViewModel vm) {
        ComboBox<Beslutstyp> typ = new ComboBox<>(FXCollections.observableArrayList(Beslutstyp.values()));
        typ.setId("delegationTyp");
        typ.setConverter(konverterare(t -> Meddelanden.t(t.textnyckel())));
        typ.valueProperty().bindBidirectional(vm.typ);
        ComboBox<Roll> roll = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(Roll.values())));
        roll.setId("delegationRoll");
        roll.setConverter(konverterare(r -> Meddelanden.t(r.textnyckel())));
        roll.valueProperty().bindBidirectional(vm.roll);
        TextField beslutMax = falt("beslutMax", vm.beslutMax);
        TextField attestMax = falt("attestMax", vm.attestMax);
        DatePicker fran = new DatePicker();
        fran.setId("giltigFran");
        fran.valueProperty().bindBidirectional(vm.giltigFran);
        TextField beskrivning = falt("beskrivning", vm.beskrivning);
        beskrivning.setPrefColumnCount(30);
        Button foresla = new Button(Meddelanden.t("delegation.foresla"));
        foresla.setId("foreslaDelegationKnapp");
        foresla.setOnAction(e -> vm.foresla());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        String[] etiketter = {"delegation.kol.typ", "delegation.kol.roll", "delegation.nyBeslutMax",
            "delegation.nyAttestMax", "delegation.kol.giltigFran", "delegation.kol.beskrivning"};
        javafx.scene.Node[] kontroller = {typ, roll, medFel("beslutMax", beslutMax, vm), medFel("attestMax", attestMax, vm),
            medFel("giltigFran", fran, vm), medFel("beskrivning", beskrivning, vm)};
        for (int i = 0; i < etiketter.length; i++) {
            g.addRow(i, new Label(Meddelanden.t(etiketter[i])), kontroller[i]);
        }
        return new VBox(8, Ui.rubrik(Meddelanden.t("delegation.foreslaRubrik"), Styles.TITLE_4),
                new Label(Meddelanden.t("delegation.foreslaHjalp")), g, foresla);
    }

    private static TextField falt(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static VBox medFel(String id, javafx.scene.control.Control c, DelegationViewModel vm) {
        return se.bistand.app.ui.Faltfel.utanRubrik(c, id, id, vm.faltfel());
    }

    private static <T> StringConverter<T> konverterare(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
