package se.bistand.app.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import se.bistand.app.Meddelanden;
import se.bistand.domain.betalning.Konton;

/**
 * An account input under a label: kind (bankkonto, bankgiro, plusgiro, in Swedish) and number, with the
 * error of field {@code konto} under it ({@code #fel-<id>}). Node ids {@code #<id>Slag} and
 * {@code #<id>}.
 */
public final class Kontofalt {

    private Kontofalt() {
    }

    public static VBox av(String etikettNyckel, String id, ObjectProperty<Konton.Slag> slag, StringProperty nummer,
                          ObservableMap<String, String> fel) {
        ComboBox<Konton.Slag> val = new ComboBox<>(FXCollections.observableArrayList(Konton.Slag.values()));
        val.setId(id + "Slag");
        val.setButtonCell(cell());
        val.setCellFactory(l -> cell());
        val.valueProperty().bindBidirectional(slag);
        val.setMaxWidth(Double.MAX_VALUE);
        TextField falt = new TextField();
        falt.setId(id);
        falt.textProperty().bindBidirectional(nummer);
        falt.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> slag.get() == null ? "" : Meddelanden.t("konto.hjalp." + slag.get().name()), slag));
        Label etikett = new Label(Meddelanden.t(etikettNyckel));
        etikett.setLabelFor(falt);
        return new VBox(3, etikett, val, falt, Faltfel.kopplad(falt, id, "konto", fel));
    }

    private static ListCell<Konton.Slag> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Konton.Slag s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Meddelanden.t("konto.slag." + s.name()));
            }
        };
    }
}
