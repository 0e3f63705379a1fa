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
        return new VBox(3, etikett, kontroll, kopplad(kontroll, faltnamn, faltnamn, fel));
    }

    /** The control and its error label under it, without a heading label. */
    public static VBox utanRubrik(Control kontroll, String id, String nyckel, ObservableMap<String, String> fel) {
        return new VBox(2, kontroll, kopplad(kontroll, id, nyckel, fel));
    }

    /** The hidden red error label {@code #fel-<id>} (shown when a text is set). */
    public static Label etikett(String id) {
        Label felEtikett = new Label();
        felEtikett.setId("fel-" + id);
        felEtikett.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        felEtikett.setWrapText(true);
        felEtikett.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        felEtikett.managedProperty().bind(felEtikett.visibleProperty());
        felEtikett.setVisible(false);
        return felEtikett;
    }

    /**
     * An error label {@code #fel-<id>} that shows the map's text for {@code nyckel} and marks the
     * control with the danger pseudo-class while there is one.
     */
    public static Label kopplad(Control kontroll, String id, String nyckel, ObservableMap<String, String> fel) {
        Label felEtikett = etikett(id);
        fel.addListener((MapChangeListener<String, String>) c -> {
            String text = fel.get(nyckel);
            felEtikett.setText(text == null ? "" : text);
            felEtikett.setVisible(text != null);
            kontroll.pseudoClassStateChanged(Styles.STATE_DANGER, text != null);
        });
        return felEtikett;
    }
}
