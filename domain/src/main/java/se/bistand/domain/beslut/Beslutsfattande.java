package se.bistand.domain.beslut;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * Who decided a decision that was saved as a {@link BeslutStatus#FORSLAG}: a delegate with enough
 * delegation ({@code delegat}, their name and role), or the socialutskott ({@code utskott}).
 * {@code registreradAv} recorded it, at {@code registrerad}. Stored once, never changed.
 */
public record Beslutsfattande(BeslutId beslut, Optional<AnvandareId> delegat, String delegatNamn,
                              Optional<Roll> delegatRoll, Optional<Utskottsbeslut> utskott,
                              AnvandareId registreradAv, Instant registrerad) {

    public Beslutsfattande {
        Objects.requireNonNull(beslut, "beslut");
        Objects.requireNonNull(registreradAv, "registreradAv");
        Objects.requireNonNull(registrerad, "registrerad");
        delegatNamn = delegatNamn == null ? "" : delegatNamn;
        if (delegat.isPresent() == utskott.isPresent()) {
            throw new IllegalArgumentException("either a delegate or the socialutskott decides");
        }
    }

    /** A delegate's decision on a proposal. */
    public static Beslutsfattande avDelegat(BeslutId beslut, AnvandareId vem, String namn, Roll roll, Instant nar) {
        return new Beslutsfattande(beslut, Optional.of(vem), namn, Optional.of(roll), Optional.empty(), vem, nar);
    }

    /** The socialutskott's decision, registered by {@code registreradAv}. */
    public static Beslutsfattande avUtskott(BeslutId beslut, Utskottsbeslut u, AnvandareId registreradAv, Instant nar) {
        return new Beslutsfattande(beslut, Optional.empty(), "", Optional.empty(), Optional.of(u), registreradAv, nar);
    }
}
