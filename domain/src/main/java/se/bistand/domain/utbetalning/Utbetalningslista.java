package se.bistand.domain.utbetalning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * The day's payout list. Utkast → Granskad (every sampled line reviewed) → Signerad 1/2 →
 * Signerad 2/2 → Exporterad. From the first signature on it is frozen: no line is added,
 * removed or changed, and the SHA-256 hash of its canonical content, recorded at the first
 * signature, is checked again at the second signature and at every export.
 */
public record Utbetalningslista(long id, LocalDate betalningsdatum, Status status, boolean stickprovDraget,
                                Optional<String> innehallHash, List<Utbetalningsrad> rader, List<Signatur> signaturer,
                                List<Export> exporter, long version) {

    public enum Status {
        UTKAST, GRANSKAD, SIGNERAD_1, SIGNERAD_2, EXPORTERAD;

        public String textnyckel() {
            return "utbetalning.status." + name();
        }

        public boolean last() {
            return this == SIGNERAD_1 || this == SIGNERAD_2 || this == EXPORTERAD;
        }
    }

    /**
     * A signature: the signer's role when signing, and the rule and place it was made under (empty
     * for signatures made before the rule was stored, see {@link Signeringsregel}).
     */
    public record Signatur(int nummer, AnvandareId anvandare, Roll roll, Optional<Long> regelId,
                           Optional<Integer> plats, Instant tid, String hash) {
    }

    public record Export(String filnamn, Instant tid, AnvandareId anvandare, boolean kopia) {
    }

    public Utbetalningslista {
        rader = rader.stream().sorted(Comparator.comparingLong(Utbetalningsrad::id)).toList();
        signaturer = List.copyOf(signaturer);
        exporter = List.copyOf(exporter);
    }

    public Money summa() {
        return rader.stream().map(Utbetalningsrad::belopp).reduce(Money.ZERO, Money::plus);
    }

    /** Refuses any change of lines once the first signature is made. */
    public void kravOppen() {
        if (status.last()) {
            throw new DomainException("utbetalning.listanLast", id);
        }
    }

    /** The canonical content: a header and one line per payment in id order, UTF-8. */
    public String kanonisktInnehall() {
        StringBuilder sb = new StringBuilder("utbetalningslista|").append(id).append('|').append(betalningsdatum)
                .append('|').append(rader.size()).append('|').append(summa().ore()).append('\n');
        for (Utbetalningsrad r : rader) {
            sb.append(r.kanonisk()).append('\n');
        }
        return sb.toString();
    }

    /** SHA-256 of {@link #kanonisktInnehall()}, lower-case hex. */
    public String hash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(kanonisktInnehall().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean allaStickprovGranskade() {
        return stickprovDraget && rader.stream().filter(Utbetalningsrad::iStickprov).allMatch(r -> r.granskadAv().isPresent());
    }

    /** The rule the list is being signed under: that of its first signature, if it was made under one. */
    public Optional<Long> signeringsregelId() {
        return signaturer.stream().map(Signatur::regelId).flatMap(Optional::stream).findFirst();
    }

    public Optional<Signatur> signaturAv(AnvandareId vem) {
        return signaturer.stream().filter(s -> s.anvandare().equals(vem)).findFirst();
    }

    /** A hash grouped for reading aloud: {@code 3f2a 9c1b …}. */
    public static String grupperad(String hash) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hash.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(hash, i, Math.min(hash.length(), i + 4));
        }
        return sb.toString();
    }
}
