package se.bistand.domain.logg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point of the audit chain seen at some moment: the row {@code seq} had the hash {@code hash}.
 * Written where the database cannot change it — on a signed payout list, in the export files
 * and in every backup — and kept in the database's table of anchors, then compared with the
 * chain by {@link AuditService#verifiera}: an anchor beyond the chain's end means rows were
 * removed; one whose hash differs means the chain was rewritten (see ADR 0004).
 *
 * @param kalla where the anchor was found or why it was taken, for the verification's message
 */
public record Granskningsankare(long seq, String hash, String kalla) {

    /** The marker that precedes an anchor in any file ({@link #text()}); found by {@link #hitta}. */
    public static final String MARKOR = "bistand-granskningsankare";
    private static final Pattern MONSTER = Pattern.compile(Pattern.quote(MARKOR) + " seq=(\\d{1,18}) sha256=([0-9a-f]{64})");

    public Granskningsankare {
        if (seq < 0 || hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an audit chain anchor: " + seq + " " + hash);
        }
    }

    /** The form written into files: {@code bistand-granskningsankare seq=123 sha256=<64 hex>}. */
    public String text() {
        return MARKOR + " seq=" + seq + " sha256=" + hash;
    }

    /** The same point from another source. */
    public Granskningsankare medKalla(String annanKalla) {
        return new Granskningsankare(seq, hash, annanKalla);
    }

    /** Every anchor written with {@link #text()} in {@code text}, each with the given source. */
    public static List<Granskningsankare> hitta(CharSequence text, String kalla) {
        List<Granskningsankare> ankare = new ArrayList<>();
        Matcher m = MONSTER.matcher(text);
        while (m.find()) {
            ankare.add(new Granskningsankare(Long.parseLong(m.group(1)), m.group(2), kalla));
        }
        return ankare;
    }
}
