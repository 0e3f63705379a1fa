package se.bistand.domain.avvikelse;

import java.util.Objects;

/**
 * What an avvikelse or a synpunkt is about: a case, a payment or a payout list, with the text
 * the caller shows for it. For a case with skyddad identitet the text is never kept or shown:
 * {@link #visning()} gives only the kind and the internal id.
 */
public record Lank(Typ typ, long id, String visningstext, boolean skyddad) {

    public enum Typ {
        ARENDE,
        UTBETALNING,
        UTBETALNINGSLISTA;

        public String textnyckel() {
            return "avvikelse.lank." + name();
        }
    }

    public Lank {
        Objects.requireNonNull(typ, "typ");
        if (skyddad) {
            visningstext = null;
        } else if (visningstext == null || visningstext.isBlank()) {
            visningstext = null;
        } else {
            visningstext = visningstext.strip();
        }
    }

    /** The text to show: the caller's text, or "#id" alone for a protected or untitled link. */
    public String visning() {
        return visningstext == null ? "#" + id : visningstext;
    }
}
