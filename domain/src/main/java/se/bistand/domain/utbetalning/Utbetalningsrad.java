package se.bistand.domain.utbetalning;

import java.time.Instant;
import java.util.Optional;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * One payment on a list: the attested decision (its stored amount is the payment's amount), the
 * recipient and account, who attested, and whether the line is in the review sample.
 */
public record Utbetalningsrad(long id, long listaId, long attestId, AttestBeslut beslut, Betalningsmottagare mottagare,
                              AnvandareId attesteradAv, boolean iStickprov, Optional<AnvandareId> granskadAv,
                              Optional<Instant> granskad) {

    /** The same line with the recipient as a reader may see it (display only: never hashed or exported). */
    public Utbetalningsrad medMottagare(Betalningsmottagare visad) {
        return new Utbetalningsrad(id, listaId, attestId, beslut, visad, attesteradAv, iStickprov, granskadAv, granskad);
    }

    public Money belopp() {
        return beslut.belopp();
    }

    public AnvandareId beslutadAv() {
        return beslut.beslutadAv().orElseThrow();
    }

    /** Whether {@code vem} prepared, decided or attested this payment. */
    public boolean arInblandad(AnvandareId vem) {
        return beslut.arInblandad(vem) || attesteradAv.equals(vem);
    }

    /** The line's part of the list's canonical content (what the signatures' hash covers). */
    String kanonisk() {
        return String.join("|", Long.toString(id), Long.toString(beslut.beslutId()), Long.toString(beslut.id()),
                beslut.arendeText(), Long.toString(mottagare.id()), mottagare.namn(), mottagare.identitet(),
                mottagare.konto().normaliserad(), Long.toString(belopp().ore()), beslutadAv().toString(),
                attesteradAv.toString(), beslut.betalningsdatum().toString());
    }
}
