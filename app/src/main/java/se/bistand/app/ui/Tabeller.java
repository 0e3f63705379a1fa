package se.bistand.app.ui;

import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import se.bistand.app.Meddelanden;
import se.bistand.domain.betalning.Riskflagga;

/** Dense, striped read-only tables built in code, and the flag text shared by the payout screens. */
public final class Tabeller {
    private Tabeller() {
    }

    public static <T> TableView<T> tabell(String id, ObservableList<T> rader, String tomText) {
        TableView<T> t = new TableView<>(rader);
        t.setId(id);
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(tomText));
        return t;
    }

    /**
     * A text column. Every non-empty cell shows its text in full as a tooltip, so a cut-off name,
     * account or flag ("⚠ Nylig…") can always be read.
     */
    public static <T> TableColumn<T, String> kol(String titel, Function<T, String> varde) {
        TableColumn<T, String> c = new TableColumn<>(titel);
        c.setCellValueFactory(d -> new SimpleStringProperty(varde.apply(d.getValue())));
        c.setCellFactory(k -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean tom) {
                super.updateItem(text, tom);
                setText(tom ? null : text);
                setTooltip(tom || text == null || text.isBlank() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return c;
    }

    public static <T> TableColumn<T, String> kol(String titel, double bredd, Function<T, String> varde) {
        TableColumn<T, String> c = kol(titel, varde);
        c.setPrefWidth(bredd);
        return c;
    }

    /** Short labels of the flags, e.g. "⚠ Delat konto · ⚠ Personalens konto". */
    public static String flaggor(EnumSet<Riskflagga> f) {
        return f.stream().map(x -> "⚠ " + Meddelanden.t(x.textnyckel())).collect(Collectors.joining(" · "));
    }
}
