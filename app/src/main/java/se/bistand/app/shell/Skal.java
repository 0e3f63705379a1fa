package se.bistand.app.shell;

import java.util.Optional;
import javafx.stage.Window;
import se.bistand.domain.avvikelse.Lank;
import se.bistand.domain.gemensam.Id.ArendeId;

/**
 * The shell port: what a feature may ask of the main window, through {@code session.skal()}.
 * Features never look for the main window themselves ({@code instanceof}, {@code getParent()}).
 * The main window ({@link HuvudfonsterView}) implements it; which feature answers a request
 * (the Ärenden section opens a case, the avvikelse form reports one) is registered in
 * {@link Sektioner#handlingar()}. View-model tests use {@link #inget()}.
 */
public interface Skal {

    /** Shows a section of the navigation rail by id ({@code "arenden"}, {@code "attest"}…). */
    void visa(String sektion);

    /** Opens a case in the Ärenden section (a tab; selected if already open). */
    void oppnaArende(ArendeId id, String nummer);

    /**
     * Opens the avvikelse form beside the main window, pre-filled with a link to what the user
     * looks at; a link with {@code skyddad = true} is never shown or stored with its text.
     */
    void rapporteraAvvikelse(Optional<Lank> lank);

    /** An inline banner at the top of the main window (closable), for what concerns the whole window. */
    void visaBanner(String text);

    /** Recomputes the rail badges in the background (after a change that alters what waits). */
    void uppdateraRaknare();

    /** The main window, as owner of the windows a feature opens; empty before it is shown. */
    Optional<Window> fonster();

    /** A shell that does nothing (view-model tests, screens shown outside the main window). */
    static Skal inget() {
        return new Skal() {
            @Override
            public void visa(String sektion) {
            }

            @Override
            public void oppnaArende(ArendeId id, String nummer) {
            }

            @Override
            public void rapporteraAvvikelse(Optional<Lank> lank) {
            }

            @Override
            public void visaBanner(String text) {
            }

            @Override
            public void uppdateraRaknare() {
            }

            @Override
            public Optional<Window> fonster() {
                return Optional.empty();
            }
        };
    }
}
