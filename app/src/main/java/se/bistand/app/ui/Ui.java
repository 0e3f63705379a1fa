package se.bistand.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;

/** Small shared building blocks for views built in code. */
public final class Ui {

    public static final String CSS = Ui.class.getResource("/se/bistand/app/ui/bistand.css").toExternalForm();

    private Ui() {
    }

    /** The DEMO banner, shown at the top of every window of a demo installation. */
    public static Node demoBanner() {
        FontIcon ikon = new FontIcon(Material2OutlinedMZ.WARNING);
        Label l = new Label(Meddelanden.t("demo.banner"), ikon);
        l.getStyleClass().add("demo-banner-text");
        HBox box = new HBox(l);
        box.setId("demoBanner");
        box.getStyleClass().add("demo-banner");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Wraps a window's content with the DEMO banner when this is a demo installation. */
    public static Region medDemoBanner(Region innehall, boolean demo) {
        if (!demo) {
            return innehall;
        }
        BorderPane bp = new BorderPane(innehall);
        bp.setTop(demoBanner());
        return bp;
    }

    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    public static Label rubrik(String text, String stil) {
        Label l = new Label(text);
        l.getStyleClass().add(stil);
        return l;
    }

    /** A section's header: its title and, beside it, the green confirmation of the last action. */
    public static HBox sektionshuvud(String titel, javafx.beans.value.ObservableValue<String> meddelande, String id) {
        Label rubrik = rubrik(titel, atlantafx.base.theme.Styles.TITLE_3);
        Label m = new Label();
        m.setId(id);
        m.textProperty().bind(meddelande);
        m.getStyleClass().add(atlantafx.base.theme.Styles.SUCCESS);
        m.setWrapText(true);
        HBox topp = new HBox(16, rubrik, m);
        topp.setAlignment(Pos.CENTER_LEFT);
        topp.setPadding(new Insets(16, 20, 8, 20));
        return topp;
    }

    /** A form's main button: accent style, an icon, a node id, the action. */
    public static javafx.scene.control.Button huvudknapp(String text, org.kordamp.ikonli.Ikon ikon, String id,
                                                        Runnable atgard) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text, new FontIcon(ikon));
        b.setId(id);
        b.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        b.setOnAction(e -> atgard.run());
        return b;
    }

    /** A form beside a list: a card with a title over its fields, {@code bredd} wide. */
    public static VBox formularkort(String rubrik, double bredd, javafx.scene.Node... innehall) {
        VBox f = new VBox(6, rubrik(rubrik, atlantafx.base.theme.Styles.TITLE_4));
        f.getChildren().addAll(innehall);
        f.getStyleClass().add("formular-kort");
        f.setPadding(new Insets(12));
        f.setPrefWidth(bredd);
        f.setMinWidth(bredd - 20);
        return f;
    }

    /** A calm empty state: an icon, a title and a line of help. */
    public static VBox tomtLage(org.kordamp.ikonli.Ikon ikon, String titel, String text) {
        FontIcon fi = new FontIcon(ikon);
        fi.getStyleClass().add("tomt-ikon");
        Label t = new Label(titel);
        t.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
        Label b = new Label(text);
        b.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        b.setWrapText(true);
        VBox v = new VBox(12, fi, t, b);
        v.setAlignment(Pos.CENTER);
        v.setPadding(new Insets(48));
        v.setMaxWidth(520);
        return v;
    }

    /** A two-line comment field (a return or withdrawal comment to the handläggare) bound to {@code varde}. */
    public static javafx.scene.control.TextArea kommentarfalt(String id, String prompt,
                                                             javafx.beans.property.StringProperty varde) {
        javafx.scene.control.TextArea t = new javafx.scene.control.TextArea();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefRowCount(2);
        t.setWrapText(true);
        t.textProperty().bindBidirectional(varde);
        return t;
    }
}
