package se.bistand.domain.arende;

import java.util.List;

/** What the gruppledare distributes: unassigned cases (the oldest first, at most a page) and caseloads. */
public record Fordelningslage(List<Arbetsrad> otilldelade, int antalOtilldelade, List<Arbetsbelastning> belastning) {
}
