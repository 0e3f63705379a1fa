package se.bistand.domain.avvikelse;

import java.time.LocalDate;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * The quality function's decision whether a reported missförhållande is allvarligt. A serious
 * one must be reported to IVO within {@link #IVO_FRIST_DAGAR} days of the decision.
 */
public record LexSarahBedomning(boolean allvarligt, LocalDate beslutsdag, String motivering, AnvandareId av,
                                String avNamn, Optional<IvoAnmalan> ivoAnmalan) {

    public static final int IVO_FRIST_DAGAR = 14;

    /** The report to IVO: the day it was sent and IVO's reference, when known. */
    public record IvoAnmalan(LocalDate anmaldDag, String diarienummer) {
    }

    public boolean ivoAnmalanKravs() {
        return allvarligt && ivoAnmalan.isEmpty();
    }

    public LocalDate ivoFrist() {
        return beslutsdag.plusDays(IVO_FRIST_DAGAR);
    }
}
