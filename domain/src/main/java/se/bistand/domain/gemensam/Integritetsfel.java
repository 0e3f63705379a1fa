package se.bistand.domain.gemensam;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stored data that fails its own integrity check (a decision whose content no longer matches
 * its hash): changed outside Bistånd. Not the user's fault and not a bug either, so it is a
 * Swedish message (key and arguments, the last one the incident id) rather than a stack trace,
 * and it is logged once at ERROR with that incident id for the systemförvaltare to trace.
 */
public final class Integritetsfel extends DomainException {

    private static final Logger LOG = LoggerFactory.getLogger(Integritetsfel.class);
    private final String incident;

    private Integritetsfel(String key, String incident, Object... args) {
        super(key, args);
        this.incident = incident;
    }

    /** A new short incident id, as the UI shows it for unexpected errors: eight hex digits, upper case. */
    public static String nyttIncidentId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * Logs the failure with a new incident id and returns it as a refusal with {@code key} and
     * the arguments {@code objektId, incident}.
     */
    public static Integritetsfel av(String key, String objektTyp, Object objektId, String detalj) {
        String incident = nyttIncidentId();
        LOG.error("Integritetsfel, incident {}: {} {} {}", incident, objektTyp, objektId, detalj);
        return new Integritetsfel(key, incident, objektId, incident);
    }

    public String incident() {
        return incident;
    }
}
