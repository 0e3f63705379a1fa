package se.bistand.domain.attest;

import java.time.LocalDate;
import java.util.Optional;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.Money;

/**
 * What the decision model hands over when a decision is saved: its id, the case in brief, the
 * stored amount (and the part of it that is livsföring i övrigt) and calculation summary, the payment date and the approved recipient.
 */
public record NyttBeslutForAttest(long beslutId, Optional<Long> arendeId, String arendeText, long hushallId,
                                  Beslutstyp typ, Money belopp, Money livsforing, AttestBeslut.Berakningssammanfattning berakning,
                                  LocalDate betalningsdatum, long mottagareId) {
}
