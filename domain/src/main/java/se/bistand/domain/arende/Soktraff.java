package se.bistand.domain.arende;

import java.util.Optional;

/** One search hit: a person as the user may see them, and one of the person's cases (if any). */
public record Soktraff(Personvisning person, Optional<Listarende> arende) {
}
