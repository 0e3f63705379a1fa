package se.bistand.domain.avvikelse;

import java.util.Optional;

/** The states of an avvikelse, in order: utkast → anmäld → mottagen → utreds → åtgärdad → återkopplad → avslutad. */
public enum Status {
    UTKAST,
    ANMALD,
    MOTTAGEN,
    UTREDS,
    ATGARDAD,
    ATERKOPPLAD,
    AVSLUTAD;

    /** The one state a recipient may move the avvikelse to next (none from a draft or a closed one). */
    public Optional<Status> nasta() {
        return switch (this) {
            case UTKAST, AVSLUTAD -> Optional.empty();
            default -> Optional.of(values()[ordinal() + 1]);
        };
    }

    /** Submitted and not yet closed: it waits for its recipients. */
    public boolean arOppen() {
        return this != UTKAST && this != AVSLUTAD;
    }

    public String textnyckel() {
        return "avvikelse.status." + name();
    }
}
