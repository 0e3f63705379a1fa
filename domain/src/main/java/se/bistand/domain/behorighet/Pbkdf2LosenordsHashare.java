package se.bistand.domain.behorighet;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK, 16-byte random salt, iteration count stored with the hash
 * ({@code pbkdf2-sha256$iterations$salt$hash}) so it can be raised later without breaking old
 * hashes.
 */
public final class Pbkdf2LosenordsHashare implements LosenordsHashare {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int STANDARD_ITERATIONER = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private final int iterationer;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2LosenordsHashare() {
        this(STANDARD_ITERATIONER);
    }

    /** Fewer iterations only for tests and demo seeding speed; never below 10 000. */
    public Pbkdf2LosenordsHashare(int iterationer) {
        if (iterationer < 10_000) {
            throw new IllegalArgumentException("too few iterations");
        }
        this.iterationer = iterationer;
    }

    @Override
    public String hasha(char[] losenord) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = pbkdf2(losenord, salt, iterationer);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterationer + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Override
    public boolean stammer(char[] losenord, String lagradHash) {
        if (lagradHash == null) {
            return false;
        }
        String[] delar = lagradHash.split("\\$");
        if (delar.length != 4 || !PREFIX.equals(delar[0])) {
            return false;
        }
        int iter = Integer.parseInt(delar[1]);
        byte[] salt = Base64.getDecoder().decode(delar[2]);
        byte[] forvantad = Base64.getDecoder().decode(delar[3]);
        return MessageDigest.isEqual(forvantad, pbkdf2(losenord, salt, iter));
    }

    private static byte[] pbkdf2(char[] losenord, byte[] salt, int iter) {
        try {
            PBEKeySpec spec = new PBEKeySpec(losenord, salt, iter, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 not available", e);
        }
    }
}
