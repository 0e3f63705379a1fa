package se.bistand.domain.betalning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * A staff member's own salary account: a recipient account equal to one is flagged
 * ({@link Riskflagga#KONTO_PERSONAL}). Accounts stored before they were registered through the
 * administration screen have only their comparison key.
 *
 * @param kontonyckel the account's {@link Kontouppgift#normaliserad()} key
 * @param konto the account as registered, when known
 */
public record Personalkonto(AnvandareId anvandare, String kontonyckel, Optional<Kontouppgift> konto,
                            Optional<Instant> registrerad, Optional<AnvandareId> registreradAv) {

    public Personalkonto {
        Objects.requireNonNull(anvandare);
        Objects.requireNonNull(kontonyckel);
    }

    /** A salary account registered now by {@code av}. */
    public static Personalkonto ny(AnvandareId anvandare, Kontouppgift konto, AnvandareId av, Instant nar) {
        return new Personalkonto(anvandare, konto.normaliserad(), Optional.of(konto), Optional.of(nar), Optional.of(av));
    }

    /** The account for people: formatted when known, else the comparison key. */
    public String visning() {
        return konto.map(Kontouppgift::formaterat).orElse(kontonyckel);
    }
}
