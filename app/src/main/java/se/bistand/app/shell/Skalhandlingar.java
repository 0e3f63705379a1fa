package se.bistand.app.shell;

import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import se.bistand.domain.avvikelse.Lank;
import se.bistand.domain.gemensam.Id.ArendeId;

/**
 * Which feature answers what the shell is asked ({@link Skal}), registered in
 * {@link Sektioner#handlingar()} like the sections: the main window itself knows no feature class.
 *
 * @param avvikelseformular opens the avvikelse form for the session with an optional link
 * @param arendesektion     the section that holds open cases
 * @param arendeoppning     opens a case in that section's (built) view
 */
public record Skalhandlingar(BiConsumer<Session, Optional<Lank>> avvikelseformular, String arendesektion,
                             Arendeoppning arendeoppning) {

    /** Opens a case in the view the case section built. */
    @FunctionalInterface
    public interface Arendeoppning {
        void oppna(Node sektionsvy, ArendeId id, String nummer);
    }
}
