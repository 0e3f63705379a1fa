package se.bistand.domain.logg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over audit events: each row's hash is SHA-256 over its own fields
 * (length-prefixed, so no two different rows encode alike) and the previous row's hash. Any
 * change, insertion or removal of a row behind the application's back breaks the chain from
 * that row on. The hash is unkeyed, so a rewrite that recomputes every later hash, or a cut of
 * the newest rows, is found only against anchors: the stored head and the points of the chain
 * kept outside the database ({@link Granskningsankare}, ADR 0004).
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

    /**
     * Verifies a sequence of rows fed in id order against anchors (the stored head, the table
     * of anchors, anchors found in files): each row must chain to the one before and hash to its
     * stored hash; the row at an anchor's {@code seq} must have the anchor's hash (else the chain
     * was rewritten: rows edited and the later hashes recomputed); and no anchor may lie beyond
     * the last row (else rows were removed at the end).
     */
    public static final class Verifierare {
        private final java.util.NavigableMap<Long, List<Granskningsankare>> ankare = new java.util.TreeMap<>();
        private final int antalAnkare;
        private String forvantadPrev = START_HASH;
        private long forvantatId = 1;
        private long antal;
        private Long forstaFelId;
        private String felorsak;

        public Verifierare() {
            this(List.of());
        }

        public Verifierare(java.util.Collection<Granskningsankare> ankare) {
            for (Granskningsankare a : ankare) {
                this.ankare.computeIfAbsent(a.seq(), k -> new java.util.ArrayList<>()).add(a);
            }
            this.antalAnkare = ankare.size();
            jamforAnkare(0, START_HASH);
        }

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
            } else {
                jamforAnkare(h.id(), h.hash());
            }
            forvantadPrev = h.hash();
            forvantatId = h.id() + 1;
        }

        private void jamforAnkare(long id, String hash) {
            for (Granskningsankare a : ankare.getOrDefault(id, List.of())) {
                if (!a.hash().equals(hash) && forstaFelId == null) {
                    fel(id, "kedjan har skrivits om: händelse " + id + " stämmer inte med ankaret i " + a.kalla());
                }
            }
        }

        private void fel(long id, String orsak) {
            forstaFelId = id;
            felorsak = orsak;
        }

        public Resultat resultat() {
            long sista = forvantatId - 1;
            if (forstaFelId == null && !ankare.isEmpty() && ankare.lastKey() > sista) {
                Granskningsankare a = ankare.lastEntry().getValue().get(0);
                fel(sista + 1, "händelser har tagits bort i slutet: kedjan slutar vid id " + sista + " men "
                        + a.kalla() + " har sett id " + a.seq());
            }
            return new Resultat(antal, forstaFelId == null, forstaFelId, felorsak, antalAnkare);
        }
    }

    /**
     * @param antalAnkare how many anchors (the stored head included) the chain was compared with
     */
    public record Resultat(long antalRader, boolean ok, Long forstaFelaktigaId, String orsak, int antalAnkare) {

        /** A result checked against no anchors (the access log's chain checks its head itself). */
        public Resultat(long antalRader, boolean ok, Long forstaFelaktigaId, String orsak) {
            this(antalRader, ok, forstaFelaktigaId, orsak, 0);
        }
    }
}
