package se.bistand.app.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.app.Meddelanden;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Integritetsfel;

/**
 * Errors the user did not cause: logged once with an incident id and shown as a plain Swedish
 * dialog with expandable "Detaljer". Expected failures ({@link DomainException}) are shown at
 * the field or in an inline banner by the views; this is the fallback for those too.
 */
public final class Felvisning {

    private static final Logger LOG = LoggerFactory.getLogger(Felvisning.class);

    private Felvisning() {
    }

    /** The Swedish text for a failure; unexpected ones are logged with a new incident id. */
    public static String text(Throwable t) {
        Throwable rot = t;
        while (rot.getCause() != null && !(rot instanceof DomainException)) {
            rot = rot.getCause();
        }
        if (rot instanceof DomainException de) {
            return Meddelanden.text(de);
        }
        String incident = Integritetsfel.nyttIncidentId();
        LOG.error("Oväntat fel, incident {}", incident, t);
        return Meddelanden.t("fel.ovantat", incident);
    }

    /**
     * Shows a failure where it belongs: at its field (field name → text) when it names one,
     * otherwise in the view's banner.
     */
    public static void visa(Throwable t, java.util.Map<String, String> faltfel,
                            java.util.function.Consumer<String> banner) {
        if (!Meddelanden.vidFalt(t, faltfel)) {
            banner.accept(text(t));
        }
    }

    public static void visa(Throwable t, Window agare) {
        String text = text(t);
        Alert a = new Alert(t instanceof DomainException || t.getCause() instanceof DomainException
                ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        a.setTitle(Meddelanden.t("app.namn"));
        a.setHeaderText(null);
        if (agare != null) {
            a.initOwner(agare);
        }
        a.getDialogPane().setContent(new VBox(new Label(text)));
        if (!(t instanceof DomainException)) {
            StringWriter sw = new StringWriter();
            t.printStackTrace(new PrintWriter(sw));
            TextArea detaljer = new TextArea(sw.toString());
            detaljer.setEditable(false);
            detaljer.setPrefRowCount(12);
            a.getDialogPane().setExpandableContent(new VBox(new Label(Meddelanden.t("fel.detaljer")), detaljer));
        }
        a.show();
    }
}
