package se.bistand.domain.arende;

import java.time.LocalDate;
import se.bistand.domain.gemensam.Id.ArendeId;

/** A recorded follow-up event with its next deadline ({@code nasta}, null when none). */
public record Uppfoljning(long id, ArendeId arendeId, Uppfoljningstyp typ, LocalDate datum, LocalDate nasta,
                          String text, String av) {
}
