package se.bistand.domain.avvikelse;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Something that is due on an avvikelse: the next step, a lex Sarah decision, an IVO report.
 * {@code textnyckel} is a message key; {@code senast} the deadline when the law or the routing
 * sets one.
 */
public record Uppgift(String textnyckel, Optional<LocalDateTime> senast) {

    public boolean arForsenad(LocalDateTime nu) {
        return senast.map(nu::isAfter).orElse(false);
    }
}
