package se.bistand.domain.logg;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hash chain over the access log (ADR 0012), built like the audit trail's
 * ({@link AuditKedja}): each row's hash covers its fields and the previous row's hash, and the
 * chain's head (the last row's id and hash) is stored apart. Editing a row, deleting one in the
 * middle or at the end, or inserting one behind the application's back breaks the chain.
 */
public final class AtkomstKedja {

    private AtkomstKedja() {
    }

    /** A row as stored, with its place in the chain. */
    public record Rad(long id, Instant tidpunkt, long anvandareId, String anvandarnamn, Long personId, Long arendeId,
                      String atgard, boolean tilldelad, String skal, List<Long> personer, String prevHash,
                      String hash) {
    }

    public static String hash(long id, Instant tidpunkt, long anvandareId, String anvandarnamn, Long personId,
                              Long arendeId, String atgard, boolean tilldelad, String skal, List<Long> personer,
                              String prevHash) {
        return AuditKedja.hashAvFalt("atkomst", Long.toString(id), AuditKedja.normaliseraTid(tidpunkt).toString(),
                Long.toString(anvandareId), anvandarnamn, personId == null ? null : personId.toString(),
                arendeId == null ? null : arendeId.toString(), atgard, Boolean.toString(tilldelad), skal,
                personerText(personer), prevHash);
    }

    public static String hash(Rad r) {
        return hash(r.id(), r.tidpunkt(), r.anvandareId(), r.anvandarnamn(), r.personId(), r.arendeId(), r.atgard(),
                r.tilldelad(), r.skal(), r.personer(), r.prevHash());
    }

    /** The persons of a list row as stored: {@code 12,15,19}; null for a single read. */
    public static String personerText(List<Long> personer) {
        return personer.isEmpty() ? null : personer.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Verifies rows fed in id order, then the head ({@link #resultat}): ids need not be
     * consecutive (rows written before the chain existed may have gaps), the links must hold.
     */
    public static final class Verifierare {
        private String forvantadPrev = AuditKedja.START_HASH;
        private long senasteId;
        private long antal;
        private Long forstaFelId;
        private String felorsak;

        public void granska(Rad r) {
            antal++;
            if (forstaFelId != null) {
                return;
            }
            if (!r.prevHash().equals(forvantadPrev)) {
                fel(r.id(), "åtkomstloggen: kedjan bruten (föregående hash stämmer inte, en rad saknas eller är tillagd)");
            } else if (!hash(r).equals(r.hash())) {
                fel(r.id(), "åtkomstloggen: raden har ändrats (hash stämmer inte med innehållet)");
            }
            forvantadPrev = r.hash();
            senasteId = r.id();
        }

        private void fel(long id, String orsak) {
            forstaFelId = id;
            felorsak = orsak;
        }

        /** The result, given the stored head: rows removed at the end no longer reach it. */
        public AuditKedja.Resultat resultat(long huvudId, String huvudHash) {
            if (forstaFelId == null && (huvudId != senasteId || !huvudHash.equals(forvantadPrev))) {
                fel(Math.max(huvudId, senasteId), "åtkomstloggen: sista raden stämmer inte med kedjans huvud "
                        + "(rader borttagna eller tillagda i slutet)");
            }
            return new AuditKedja.Resultat(antal, forstaFelId == null, forstaFelId, felorsak);
        }
    }
}
