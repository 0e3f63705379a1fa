package se.bistand.domain.beslut;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;

/**
 * What the handläggare decides (the command to {@link BeslutService#fatta}). The amount is not
 * part of it: the service calculates it from {@code underlag}, so the amount decided is the
 * amount computed. A decision that pays needs {@code utbetalning}: the recipient and payment
 * date it is handed to attest with.
 */
public record Beslutsforslag(ArendeId arende, BerakningsUnderlag underlag, Beslutsutfall utfall,
                             Optional<Money> soktBelopp, String motivering, String lagrum,
                             String barnkonsekvensanalys, List<LivsforingPost> livsforing,
                             Optional<Utbetalningsuppgift> utbetalning) {

    public Beslutsforslag {
        Objects.requireNonNull(arende, "arende");
        Objects.requireNonNull(underlag, "underlag");
        soktBelopp = soktBelopp == null ? Optional.empty() : soktBelopp;
        motivering = motivering == null ? "" : motivering.strip();
        lagrum = lagrum == null ? "" : lagrum.strip();
        barnkonsekvensanalys = barnkonsekvensanalys == null ? "" : barnkonsekvensanalys.strip();
        livsforing = livsforing == null ? List.of() : List.copyOf(livsforing);
        utbetalning = utbetalning == null ? Optional.empty() : utbetalning;
    }

    /** A proposal without recipient and payment date (enough for an avslag, which pays nothing). */
    public Beslutsforslag(ArendeId arende, BerakningsUnderlag underlag, Beslutsutfall utfall, Optional<Money> soktBelopp,
                          String motivering, String lagrum, String barnkonsekvensanalys, List<LivsforingPost> livsforing) {
        this(arende, underlag, utfall, soktBelopp, motivering, lagrum, barnkonsekvensanalys, livsforing, Optional.empty());
    }
}
