package se.bistand.domain.arende;

import java.time.LocalDate;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;

/**
 * A case (ärende) about a household, identified for people by its number ({@code 2026-0412}).
 * Mutable: every change bumps {@code version}; a stale change is a conflict, never an overwrite.
 */
public record Arende(ArendeId id, String nummer, PersonId sokandeId, ArendeStatus status,
                     Optional<AnvandareId> handlaggare, LocalDate aktualiserad, LocalDate nybesok,
                     LocalDate avslutad, long version) {

    public boolean arTilldelad(se.bistand.domain.behorighet.Aktor aktor) {
        return handlaggare.filter(h -> h.equals(aktor.id())).isPresent();
    }
}
