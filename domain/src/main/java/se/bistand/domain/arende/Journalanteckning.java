package se.bistand.domain.arende;

import java.time.Instant;
import java.time.LocalDate;
import se.bistand.domain.gemensam.Id.ArendeId;

/**
 * A daganteckning. Never edited or deleted: a mistake is corrected by a later entry whose
 * {@code rattar} names the earlier one.
 */
public record Journalanteckning(long id, ArendeId arendeId, LocalDate datum, Instant skriven, String forfattare,
                                String text, Long rattar) {
}
