package se.bistand.app.testhjalp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/** Decisions as handed to attest, for view-model tests without a database. */
public final class Attestbeslut {

    private Attestbeslut() {
    }

    /** A försörjningsstöd decision of 4 200 kr for {@code arende}, prepared and decided by user 2. */
    public static AttestBeslut ett(long id, String arende, AttestBeslut.Status status) {
        return new AttestBeslut(id, 100 + id, Optional.of(id), arende, 7, Beslutstyp.FORSORJNINGSSTOD,
                Money.ofKronor(4200), Money.ofOre(0), new AttestBeslut.Berakningssammanfattning(Money.ofKronor(5000),
                Money.ofKronor(0), Money.ofKronor(800)), LocalDate.of(2026, 12, 1), 3, new AnvandareId(2),
                Optional.of(new AnvandareId(2)), status, Optional.empty(), Instant.parse("2026-11-30T10:00:00Z"), 0);
    }
}
