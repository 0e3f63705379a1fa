package se.bistand.app.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Felvisning;
import se.bistand.app.ui.Ui;

/** The lock screen: nothing of the case data is visible; the same user's password unlocks. */
public final class LasskarmView extends VBox {

    public LasskarmView(Session session, Runnable upplast, Runnable loggaUt) {
        setId("lasskarm");
        getStyleClass().add("lasskarm");
        setAlignment(Pos.CENTER);
        FontIcon ikon = new FontIcon(Material2OutlinedAL.LOCK);
        ikon.getStyleClass().add("tomt-ikon");
        Label t = Ui.rubrik(Meddelanden.t("las.rubrik"), Styles.TITLE_2);
        Label vem = new Label(Meddelanden.t("las.text", session.aktor().namn()));
        vem.getStyleClass().add(Styles.TEXT_MUTED);
        PasswordField pw = new PasswordField();
        pw.setId("upplasLosenord");
        pw.setPromptText(Meddelanden.t("inloggning.losenord"));
        pw.setMaxWidth(300);
        Label fel = new Label();
        fel.setId("upplasFel");
        fel.getStyleClass().add(Styles.DANGER);
        Button upp = new Button(Meddelanden.t("las.lasUpp"));
        upp.setId("upplasKnapp");
        upp.setDefaultButton(true);
        upp.getStyleClass().add(Styles.ACCENT);
        Button ut = new Button(Meddelanden.t("nav.loggaUt"));
        ut.setId("lasLoggaUt");
        ut.setOnAction(e -> loggaUt.run());
        upp.setOnAction(e -> {
            char[] losen = pw.getText().toCharArray();
            pw.clear();
            upp.setDisable(true);
            session.runner().kor(() -> {
                session.tjanster().inloggning().bekraftaLosenord(session.aktor(), losen, "UPPLASNING");
                return true;
            }, ok -> upplast.run(), t2 -> {
                upp.setDisable(false);
                fel.setText(Felvisning.text(t2));
            });
        });
        HBox knappar = new HBox(8, upp, ut);
        knappar.setAlignment(Pos.CENTER);
        getChildren().addAll(ikon, t, vem, pw, fel, knappar);
        setSpacing(12);
        setPadding(new Insets(40));
        javafx.application.Platform.runLater(pw::requestFocus);
    }
}
