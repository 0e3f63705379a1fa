package se.bistand.domain.arende;

import java.time.LocalDate;
import java.time.YearMonth;
import se.bistand.domain.gemensam.Id.ArendeId;

/** An application for a month, with the channel it came through. */
public record Ansokan(long id, ArendeId arendeId, Ansokningstyp typ, Kanal kanal, YearMonth avserManad,
                      LocalDate inkommen, String registreradAv) {
}
