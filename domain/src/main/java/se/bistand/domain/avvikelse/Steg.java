package se.bistand.domain.avvikelse;

import java.time.Instant;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** One step of the workflow: who moved the avvikelse from which state to which, when, and why. */
public record Steg(Status fran, Status till, AnvandareId vem, String vemNamn, Instant nar, String text) {
}
