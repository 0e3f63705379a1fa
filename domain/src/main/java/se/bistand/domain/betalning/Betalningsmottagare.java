package se.bistand.domain.betalning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;

/**
 * A payment recipient (the client, a landlord, an energy company) with one account, tied to a
 * personnummer or an organisationsnummer. Usable for payments only when {@link Status#GODKAND}:
 * approved by someone other than the person who registered it (or last changed its account).
 */
public record Betalningsmottagare(long id, String namn, Optional<Personnummer> personnummer,
                                  Optional<Organisationsnummer> organisationsnummer, Kontouppgift konto,
                                  Status status, AnvandareId registreradAv, Instant registrerad,
                                  Optional<AnvandareId> godkandAv, Optional<Instant> godkand,
                                  Instant kontoAndrad, long version) {

    public enum Status {
        VANTAR, GODKAND, AVVISAD;

        public String textnyckel() {
            return "mottagare.status." + name();
        }
    }

    public Betalningsmottagare {
        Objects.requireNonNull(namn);
        Objects.requireNonNull(konto);
        if (personnummer.isPresent() == organisationsnummer.isPresent()) {
            throw new IllegalArgumentException("exactly one of personnummer and organisationsnummer");
        }
    }

    public boolean arPerson() {
        return personnummer.isPresent();
    }

    public boolean arGodkand() {
        return status == Status.GODKAND;
    }

    /** The personnummer or organisationsnummer, formatted. */
    public String identitet() {
        return personnummer.map(Personnummer::formaterat)
                .orElseGet(() -> organisationsnummer.map(Organisationsnummer::formaterat).orElse(""));
    }
}
