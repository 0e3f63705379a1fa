package se.bistand.domain.logg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain over audit events: each row's hash is SHA-256 over its own fields
 * (length-prefixed, so no two different rows encode alike) and the previous row's hash. Any
 * change, insertion or removal of a row behind the application's back breaks the chain from
 * that row on.
 */
public final class AuditKedja {

    public static final String START_HASH = "0".repeat(64);

    private AuditKedja() {
    }

    /** Audit times are kept at microsecond precision (what both H2 and PostgreSQL store). */
    public static Instant normaliseraTid(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(long id, Instant tidpunkt, Long anvandareId, String anvandarnamn, String handelse,
                              String objektTyp, String objektId, String fore, String efter, String prevHash) {
        StringBuilder sb = new StringBuilder();
        falt(sb, Long.toString(id));
        falt(sb, normaliseraTid(tidpunkt).toString());
        falt(sb, anvandareId == null ? null : anvandareId.toString());
        falt(sb, anvandarnamn);
        falt(sb, handelse);
        falt(sb, objektTyp);
        falt(sb, objektId);
        falt(sb, fore);
        falt(sb, efter);
        falt(sb, prevHash);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hash(AuditHandelse h) {
        return hash(h.id(), h.tidpunkt(), h.anvandareId(), h.anvandarnamn(), h.handelse(), h.objektTyp(),
                h.objektId(), h.fore(), h.efter(), h.prevHash());
    }

    /** SHA-256 over length-prefixed fields (the encoding of {@link #hash}); for the access log's chain. */
    static String hashAvFalt(String... falt) {
        StringBuilder sb = new StringBuilder();
        for (String f : falt) {
            falt(sb, f);
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void falt(StringBuilder sb, String v) {
        if (v == null) {
            sb.append("-1:");
        } else {
            sb.append(v.length()).append(':').append(v);
        }
        sb.append('|');
    }

    /** Verifies a sequence of rows fed in id order. */
    public static final class Verifierare {
        private String forvantadPrev = START_HASH;
        private long forvantatId = 1;
        private long antal;
        private Long forstaFelId;
        private String felorsak;

        public void granska(AuditHandelse h) {
            antal++;
            if (forstaFelId != null) {
                return;
            }
            if (h.id() != forvantatId) {
                fel(h.id(), "saknad eller tillagd rad (väntade id " + forvantatId + ")");
            } else if (!h.prevHash().equals(forvantadPrev)) {
                fel(h.id(), "kedjan bruten (föregående hash stämmer inte)");
            } else if (!hash(h).equals(h.hash())) {
                fel(h.id(), "raden har ändrats (hash stämmer inte med innehållet)");
            }
            forvantadPrev = h.hash();
            forvantatId = h.id() + 1;
        }

        private void fel(long id, String orsak) {
            forstaFelId = id;
            felorsak = orsak;
        }

        public Resultat resultat() {
            return new Resultat(antal, forstaFelId == null, forstaFelId, felorsak);
        }
    }

    public record Resultat(long antalRader, boolean ok, Long forstaFelaktigaId, String orsak) {
    }
}
