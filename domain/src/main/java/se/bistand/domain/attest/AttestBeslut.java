package se.bistand.domain.attest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.Riskbedomning;
import se.bistand.domain.betalning.Riskflagga;
import se.bistand.domain.delegation.Beslutsdel;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * A decision as handed to attest: the decision model's id, the case in brief, the stored amount
 * (the one {@link Money} value that is attested, listed, signed and exported) and the stored
 * calculation's summary. {@code livsforing} is the part of {@code belopp} granted as livsföring i
 * övrigt in a försörjningsstöd decision (zero otherwise): each part is checked against its own
 * delegation and attest limit ({@link #delar()}). {@code foreslagenAv} prepared it; {@code beslutadAv} decided it (empty
 * while it is a proposal above the maker's delegation).
 */
public record AttestBeslut(long id, long beslutId, Optional<Long> arendeId, String arendeText, long hushallId,
                           Beslutstyp typ, Money belopp, Money livsforing, Berakningssammanfattning berakning, LocalDate betalningsdatum,
                           long mottagareId, AnvandareId foreslagenAv, Optional<AnvandareId> beslutadAv,
                           Status status, Optional<String> returKommentar, Instant skapad, long version) {

    public enum Status {
        FORSLAG, VANTAR_ATTEST, RETURNERAD, ATTESTERAD;

        public String textnyckel() {
            return "attest.status." + name();
        }
    }

    public AttestBeslut {
        Objects.requireNonNull(arendeText);
        Objects.requireNonNull(typ);
        Objects.requireNonNull(belopp);
        Objects.requireNonNull(berakning);
        Objects.requireNonNull(betalningsdatum);
        if (!belopp.isPositive()) {
            throw new IllegalArgumentException("belopp must be positive");
        }
        livsforing = livsforing == null ? Money.ZERO : livsforing;
        if (livsforing.isNegative() || livsforing.isGreaterThan(belopp)) {
            throw new IllegalArgumentException("livsforing must be within 0..belopp");
        }
    }

    /** The parts the delegationsordning checks, each against its own type's limits. */
    public List<Beslutsdel> delar() {
        return Beslutsdel.av(typ, belopp, livsforing);
    }

    /** The same decision in a new status (who decided it, the return comment). */
    public AttestBeslut med(Status nyStatus, Optional<AnvandareId> nyBeslutadAv, Optional<String> kommentar) {
        return new AttestBeslut(id, beslutId, arendeId, arendeText, hushallId, typ, belopp, livsforing, berakning,
                betalningsdatum, mottagareId, foreslagenAv, nyBeslutadAv, nyStatus, kommentar, skapad, version);
    }

    /** Whether {@code vem} made or decided this decision (and so may not attest it, nor sign it). */
    public boolean arInblandad(AnvandareId vem) {
        return foreslagenAv.equals(vem) || beslutadAv.map(vem::equals).orElse(false);
    }

    /**
     * The flags shown with this decision's payment: the recipient's (shared account, staff
     * account or personnummer, recent change, not approved), above delegation, and an amount far
     * above the household's norm-based need.
     */
    public EnumSet<Riskflagga> flaggor(Riskbedomning risk, Betalningsmottagare mottagare) {
        EnumSet<Riskflagga> f = risk.forBetalning(mottagare, hushallId, betalningsdatum);
        if (status == Status.FORSLAG || !beslutadAv.map(foreslagenAv::equals).orElse(true)) {
            f.add(Riskflagga.OVER_DELEGATION);
        }
        if (typ == Beslutstyp.FORSORJNINGSSTOD
                && Riskbedomning.hogtBelopp(belopp.minus(livsforing), berakning.behov())) {
            f.add(Riskflagga.HOGT_BELOPP);
        }
        return f;
    }

    /** The stored calculation's figures, shown on the amount card: norm, costs, incomes, need. */
    public record Berakningssammanfattning(Money norm, Money kostnader, Money inkomster) {
        public Money behov() {
            return norm.plus(kostnader);
        }
    }
}
