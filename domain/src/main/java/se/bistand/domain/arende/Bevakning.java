package se.bistand.domain.arende;

import java.time.LocalDate;

/**
 * A deadline on a case. {@code saknas}: the thing has never been done (e.g. no handlingsplan);
 * {@code forfallen}: the date has passed.
 */
public record Bevakning(Bevakningstyp typ, LocalDate senast, boolean saknas, boolean forfallen) {

    /** Message key of the text, e.g. {@code bevakning.HANDLINGSPLAN.saknas}; argument is {@code senast}. */
    public String textnyckel() {
        return typ.textnyckel() + (saknas ? ".saknas" : "");
    }
}
