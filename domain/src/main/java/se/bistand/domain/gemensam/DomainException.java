package se.bistand.domain.gemensam;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An expected failure of a domain rule. Carries a message <em>key</em> (looked up in the
 * Swedish {@code messages} bundle by the UI and the admin command line), its arguments, and
 * optionally the name of the input field it is about. The domain never localizes text itself.
 */
public class DomainException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;
    private final String falt;

    public DomainException(String key, Object... args) {
        this(null, key, args);
    }

    private DomainException(String falt, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = List.of(args.clone());
        this.falt = falt;
    }

    /** A failure that belongs to one input field (e.g. {@code "personnummer"}, {@code "belopp"}). */
    public static DomainException forField(String falt, String key, Object... args) {
        return new DomainException(falt, key, args);
    }

    /** Returns the same failure attributed to a field, unless it already names one. */
    public DomainException medFalt(String falt) {
        return this.falt != null ? this : new DomainException(falt, key, args.toArray());
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }

    public Optional<String> falt() {
        return Optional.ofNullable(falt);
    }
}
