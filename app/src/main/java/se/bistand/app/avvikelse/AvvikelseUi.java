package se.bistand.app.avvikelse;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.domain.avvikelse.Lank;

/** Small building blocks shared by the avvikelse screens. */
final class AvvikelseUi {
    private AvvikelseUi() {
    }

    /** A combo box of values shown by their Swedish text. */
    static <T> ComboBox<T> val(String id, Iterable<T> varden, Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        varden.forEach(c.getItems()::add);
        c.setButtonCell(cell(text));
        c.setCellFactory(l -> cell(text));
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T v, boolean tom) {
                super.updateItem(v, tom);
                setText(tom || v == null ? null : text.apply(v));
            }
        };
    }

    static <T> TableColumn<T, String> kol(String titelNyckel, Function<T, String> varde) {
        return se.bistand.app.ui.Tabeller.kol(Meddelanden.t(titelNyckel), varde);
    }

    /** A column with a preferred width in pixels. */
    static <T> TableColumn<T, String> kol(String titelNyckel, double bredd, Function<T, String> varde) {
        return se.bistand.app.ui.Tabeller.kol(Meddelanden.t(titelNyckel), bredd, varde);
    }

    static TextArea textyta(String id, int rader) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setWrapText(true);
        t.setPrefRowCount(rader);
        return t;
    }

    /** The link as shown anywhere: kind and text, or for skyddad identitet only kind, id and a marker. */
    static String lanktext(Lank l) {
        String typ = Meddelanden.t(l.typ().textnyckel());
        return l.skyddad() ? Meddelanden.t("avvikelse.lankSkyddad", typ, l.visning())
                : Meddelanden.t("avvikelse.lankVisning", typ, l.visning());
    }

    static Label lankEtikett(Lank l) {
        Label lbl = new Label(lanktext(l), new FontIcon(l.skyddad() ? Material2OutlinedMZ.SECURITY
                : Material2OutlinedAL.LINK));
        lbl.setId("lankText");
        lbl.getStyleClass().add(l.skyddad() ? "lank-skyddad" : "lank");
        return lbl;
    }

    /** Wraps several controls as one, so that a field made of them can carry one error state. */
    static Control grupp(Node n) {
        Control c = new Control() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new SkinBase<>(this) {
                    {
                        getChildren().add(n);
                    }
                };
            }
        };
        c.getStyleClass().add("falt-grupp");
        c.setMaxWidth(Region.USE_PREF_SIZE);
        return c;
    }
}
