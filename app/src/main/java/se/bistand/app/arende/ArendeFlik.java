package se.bistand.app.arende;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import se.bistand.domain.behorighet.Aktor;

/**
 * One tab of the case workspace. {@code ordning} places it among the others (Översikt 10,
 * Ansökningar 20, Beräkning 30, Beslut 40, Journal 50, Utredning 60, Planer 70, Hushåll 80);
 * {@code innehall} builds the content from the case's view-model (its {@code vyProperty()} holds
 * the loaded case, {@code lasOm()} reloads it after a change).
 */
public record ArendeFlik(String id, String titelNyckel, int ordning, Predicate<Aktor> synlig,
                         Function<ArendeViewModel, Node> innehall) {
}
