package se.bistand.domain.beslut;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when a paying decision is paid: one of the case's approved recipients and the
 * payment date. Part of the decision form; handed to attest with the decision's amount.
 *
 * @param mottagareId     the approved recipient (betalningsmottagare) the amount is paid to
 * @param betalningsdatum the day the payment is made
 */
public record Utbetalningsuppgift(long mottagareId, LocalDate betalningsdatum) {

    public Utbetalningsuppgift {
        Objects.requireNonNull(betalningsdatum, "betalningsdatum");
    }
}
