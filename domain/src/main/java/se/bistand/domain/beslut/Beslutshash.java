package se.bistand.domain.beslut;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import se.bistand.domain.berakning.UnderlagFormat;
import se.bistand.domain.gemensam.Money;

/**
 * SHA-256 over everything a decision says (not its id or status): stored with the decision and
 * checked on every read, so a change made outside Bistånd (directly in the database) is seen.
 * Every value is written length-prefixed, so no two different decisions share an encoding.
 */
public final class Beslutshash {

    private Beslutshash() {
    }

    public static String av(Beslut b) {
        StringBuilder sb = new StringBuilder();
        falt(sb, b.arende().toString());
        falt(sb, b.manad().toString());
        falt(sb, b.utfall().name());
        falt(sb, b.soktBelopp().map(Money::toPlainString).orElse("-"));
        falt(sb, b.motivering());
        falt(sb, b.lagrum());
        falt(sb, b.barnkonsekvensanalys());
        falt(sb, UnderlagFormat.skriv(b.berakning().underlag()));
        falt(sb, b.berakning().normtabellId());
        falt(sb, Integer.toString(b.berakning().normtabellVersion()));
        falt(sb, Boolean.toString(b.berakning().normtabellDemo()));
        for (Map.Entry<String, Money> p : b.berakning().poster().entrySet()) {
            falt(sb, p.getKey());
            falt(sb, p.getValue().toPlainString());
        }
        falt(sb, b.berakning().belopp().toPlainString());
        falt(sb, b.forsorjningsstod().toPlainString());
        for (LivsforingPost p : b.livsforing()) {
            falt(sb, p.typ().name());
            falt(sb, p.beskrivning());
            falt(sb, p.soktBelopp().toPlainString());
            falt(sb, p.utfall().name());
            falt(sb, p.beviljatBelopp().toPlainString());
            falt(sb, p.motivering());
        }
        falt(sb, b.total().toPlainString());
        falt(sb, b.ersatter().map(BeslutId::toString).orElse("-"));
        falt(sb, b.beslutadAv().toString());
        falt(sb, b.beslutadAvNamn());
        falt(sb, b.beslutad().toString());
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void falt(StringBuilder sb, String v) {
        sb.append(v.length()).append(':').append(v).append(';');
    }
}
