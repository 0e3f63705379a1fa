package se.bistand.app.arende;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.collections.ObservableMap;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import se.bistand.app.Meddelanden;

/** Small builders for the case workspace's forms and tables (field errors as in docs/utveckling.md). */
final class Formular {

    private Formular() {
    }

    /** A labelled control with its error label {@code #fel-<falt>} under it, fed from {@code faltfel}. */
    static VBox falt(String etikettNyckel, Control kontroll, String falt, ObservableMap<String, String> faltfel) {
        VBox v = se.bistand.app.ui.Faltfel.falt(etikettNyckel, kontroll, falt, faltfel);
        v.getChildren().get(0).getStyleClass().add("falt-etikett");
        return v;
    }

    static TextField text(String id, javafx.beans.property.StringProperty varde, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(varde);
        f.setPromptText(prompt);
        return f;
    }

    static Button knapp(String nyckel, Ikon ikon, String id) {
        Button b = new Button(Meddelanden.t(nyckel), ikon == null ? null : new FontIcon(ikon));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    /** A combo box showing enum values by their message key. */
    static <E> ComboBox<E> val(String id, java.util.List<E> varden, Function<E, String> nyckel) {
        ComboBox<E> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(varden);
        c.setCellFactory(l -> cell(nyckel));
        c.setButtonCell(cell(nyckel));
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static <E> ListCell<E> cell(Function<E, String> nyckel) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Meddelanden.t(nyckel.apply(e)));
            }
        };
    }

    static <T> TableColumn<T, String> kol(String titelNyckel, Function<T, String> varde) {
        return se.bistand.app.ui.Tabeller.kol(Meddelanden.t(titelNyckel), varde);
    }

    static <T> TableView<T> tabell(String id) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }
}
