package se.bistand.domain.behorighet;

import java.time.Instant;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;

/** A user account. {@code version} is the optimistic-locking version. */
public record Anvandare(
        AnvandareId id,
        String anvandarnamn,
        String namn,
        Roll roll,
        Optional<Personnummer> personnummer,
        String losenordshash,
        boolean aktiv,
        int misslyckadeForsok,
        boolean last,
        Instant senastInloggad,
        long version) {

    public Aktor somAktor() {
        return new Aktor(id, anvandarnamn, namn, roll);
    }
}
