package se.bistand.domain.beslut;

import java.util.Optional;
import se.bistand.domain.berakning.BerakningsResultat;

/**
 * A saved decision with its calculation recomputed from the stored inputs and the stored norm
 * table version (and checked equal to the stored snapshot), and the decision that replaced
 * it, if any. What the decision view, the attest inbox, the payout list and the letter show.
 */
public record BeslutMedBerakning(Beslut beslut, BerakningsResultat berakning, Optional<BeslutId> ersattAv) {

    /** A replaced decision is no longer in force and must not be paid. */
    public boolean arGallande() {
        return ersattAv.isEmpty();
    }
}
