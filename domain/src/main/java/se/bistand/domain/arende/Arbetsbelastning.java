package se.bistand.domain.arende;

import se.bistand.domain.gemensam.Id.AnvandareId;

/** Active (not closed) cases per handläggare, for the gruppledare's fördelning (~50 per full-time). */
public record Arbetsbelastning(AnvandareId anvandareId, String namn, String roll, int aktivaArenden) {
}
