package se.bistand.app.shell;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import se.bistand.domain.behorighet.Aktor;

/**
 * One entry of the navigation rail. {@code synlig} decides from the user's permissions whether
 * the section is shown at all; {@code vy} builds its content; {@code raknare}, when present,
 * counts what waits for the user (the rail badge), computed in the background.
 */
public record Sektion(String id, String titelNyckel, Ikon ikon, Predicate<Aktor> synlig,
                      Function<Session, Node> vy, Optional<Function<Session, Callable<Integer>>> raknare) {

    public static Sektion av(String id, String titelNyckel, Ikon ikon, Predicate<Aktor> synlig,
                             Function<Session, Node> vy) {
        return new Sektion(id, titelNyckel, ikon, synlig, vy, Optional.empty());
    }

    public Sektion medRaknare(Function<Session, Callable<Integer>> r) {
        return new Sektion(id, titelNyckel, ikon, synlig, vy, Optional.of(r));
    }
}
