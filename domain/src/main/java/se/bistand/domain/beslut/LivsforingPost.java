package se.bistand.domain.beslut;

import java.util.Objects;
import se.bistand.domain.gemensam.Money;

/**
 * One livsföring i övrigt item, decided on its own: applied amount, outcome, granted amount
 * and the motivering (required). An item is always tried: its outcome is never
 * {@link Beslutsutfall#EJ_PROVAT}.
 */
public record LivsforingPost(LivsforingTyp typ, String beskrivning, Money soktBelopp, Beslutsutfall utfall,
                             Money beviljatBelopp, String motivering) {

    public LivsforingPost {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(soktBelopp, "soktBelopp");
        Objects.requireNonNull(utfall, "utfall");
        Objects.requireNonNull(beviljatBelopp, "beviljatBelopp");
        if (!utfall.provarForsorjningsstod()) {
            throw new IllegalArgumentException("a livsföring item is always tried: " + utfall);
        }
        beskrivning = beskrivning == null ? "" : beskrivning.strip();
        motivering = motivering == null ? "" : motivering.strip();
    }
}
