package se.bistand.domain.beslut;

import java.util.Optional;
import se.bistand.domain.berakning.BerakningsResultat;

/**
 * A saved decision with its calculation recomputed from the stored inputs and the stored norm
 * table version (and checked equal to the stored snapshot), the decision that replaced it, if any,
 * and — for one saved as a proposal above the maker's delegation — who decided it. What the
 * decision view, the attest inbox, the payout list and the letter show.
 */
public record BeslutMedBerakning(Beslut beslut, BerakningsResultat berakning, Optional<BeslutId> ersattAv,
                                 Optional<Beslutsfattande> fattande) {

    public BeslutMedBerakning {
        fattande = fattande == null ? Optional.empty() : fattande;
    }

    /** A decision decided by its maker (or not yet decided): no separate decider recorded. */
    public BeslutMedBerakning(Beslut beslut, BerakningsResultat berakning, Optional<BeslutId> ersattAv) {
        this(beslut, berakning, ersattAv, Optional.empty());
    }

    /** A replaced decision is no longer in force and must not be paid. */
    public boolean arGallande() {
        return ersattAv.isEmpty();
    }

    /** Whether it is still a proposal above the maker's delegation (no letter, no attest). */
    public boolean arForslag() {
        return beslut.status() == BeslutStatus.FORSLAG;
    }

    /**
     * Who decided it, as the letter names them: the delegate or the socialutskott (with the
     * protocol), or the maker when it was within their delegation. Empty while it is a proposal or
     * after the utskott refused it: then there is no decision to send.
     */
    public Optional<Beslutsfattare> beslutsfattare() {
        if (beslut.status() != BeslutStatus.BESLUTAD) {
            return Optional.empty();
        }
        return Optional.of(fattande.map(f -> f.utskott()
                        .map(u -> Beslutsfattare.utskott(u))
                        .orElseGet(() -> Beslutsfattare.delegat(f.delegatNamn())))
                .orElseGet(() -> Beslutsfattare.delegat(beslut.beslutadAvNamn())));
    }

    /** The decider as printed: a person's name, or the socialutskott and its protocol. */
    public record Beslutsfattare(String namn, Optional<Utskottsbeslut> utskott) {

        static Beslutsfattare delegat(String namn) {
            return new Beslutsfattare(namn, Optional.empty());
        }

        static Beslutsfattare utskott(Utskottsbeslut u) {
            return new Beslutsfattare("", Optional.of(u));
        }
    }
}
