package se.bistand.app.ui;

import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import se.bistand.app.Meddelanden;

/**
 * A form field with its label and the error under it: a red label with id {@code fel-<falt>},
 * and the control's danger pseudo-class, both driven by a view-model's map field → Swedish text.
 */
public final class Faltfel {
    private Faltfel() {
    }

    public static VBox falt(String etikettNyckel, Control kontroll, String faltnamn, ObservableMap<String, String> fel) {
        Label etikett = new Label(Meddelanden.t(etikettNyckel));
        etikett.setLabelFor(kontroll);
        Label felEtikett = new Label();
        felEtikett.setId("fel-" + faltnamn);
        felEtikett.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        felEtikett.setWrapText(true);
        felEtikett.managedProperty().bind(felEtikett.visibleProperty());
        felEtikett.setVisible(false);
        fel.addListener((MapChangeListener<String, String>) c -> {
            String text = fel.get(faltnamn);
            felEtikett.setText(text == null ? "" : text);
            felEtikett.setVisible(text != null);
            kontroll.pseudoClassStateChanged(Styles.STATE_DANGER, text != null);
        });
        return new VBox(3, etikett, kontroll, felEtikett);
    }
}
