package se.bistand.domain.beslut;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.delegation.Beslutsdel;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;

/**
 * A saved decision. Never changed: a change is a new decision whose {@link #ersatter()} names
 * this one. The amount to pay is {@link #total()}: the försörjningsstöd — which IS the stored
 * calculation's result ({@link LagradBerakning#belopp()}) unless the application is refused —
 * plus the granted livsföring items. A livsföring-only decision ({@link Beslutsutfall#EJ_PROVAT})
 * does not try the försörjningsstöd at all: it is zero, and the snapshot is only background.
 *
 * @param id                   the decision's id ({@link BeslutId#NY} before it is stored)
 * @param arende               the case
 * @param manad                the month the försörjningsstöd is for
 * @param utfall               bifall, delvis bifall or avslag of the försörjningsstöd, or
 *                             {@link Beslutsutfall#EJ_PROVAT} when only livsföring is decided
 * @param soktBelopp           the amount applied for, when stated (required for delvis bifall; none when not tried)
 * @param motivering           why (required, except for a livsföring-only decision: its items carry their own)
 * @param lagrum               the legal ground (required)
 * @param barnkonsekvensanalys the child-impact assessment (required when the household has children)
 * @param berakning            the calculation snapshot
 * @param forsorjningsstod     the försörjningsstöd decided: the calculation's result, zero on avslag and when not tried
 * @param livsforing           livsföring i övrigt items, each decided on its own
 * @param total                forsorjningsstod + the granted livsföring amounts
 * @param ersatter             the decision this one replaces, if any
 * @param status               where it is on its way to payment
 * @param beslutadAv           the user who made the decision — or, while it is a {@link BeslutStatus#FORSLAG}
 *                             above their delegation, the proposal (who decided it then: {@link Beslutsfattande})
 * @param beslutadAvNamn       their name at the time
 * @param beslutad             when
 */
public record Beslut(BeslutId id, ArendeId arende, YearMonth manad, Beslutsutfall utfall, Optional<Money> soktBelopp,
                     String motivering, String lagrum, String barnkonsekvensanalys, LagradBerakning berakning,
                     Money forsorjningsstod, List<LivsforingPost> livsforing, Money total, Optional<BeslutId> ersatter,
                     BeslutStatus status, AnvandareId beslutadAv, String beslutadAvNamn, Instant beslutad) {

    public Beslut {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arende, "arende");
        Objects.requireNonNull(manad, "manad");
        Objects.requireNonNull(utfall, "utfall");
        Objects.requireNonNull(berakning, "berakning");
        soktBelopp = soktBelopp == null ? Optional.empty() : soktBelopp;
        ersatter = ersatter == null ? Optional.empty() : ersatter;
        barnkonsekvensanalys = barnkonsekvensanalys == null ? "" : barnkonsekvensanalys;
        livsforing = List.copyOf(livsforing);
    }

    /** Whether the monthly försörjningsstöd was tried (false for a livsföring-only decision). */
    public boolean provarForsorjningsstod() {
        return utfall.provarForsorjningsstod();
    }

    /** The same decision in another status (the one column that moves: it is not part of the hash). */
    public Beslut med(BeslutStatus nyStatus) {
        return new Beslut(id, arende, manad, utfall, soktBelopp, motivering, lagrum, barnkonsekvensanalys, berakning,
                forsorjningsstod, livsforing, total, ersatter, nyStatus, beslutadAv, beslutadAvNamn, beslutad);
    }

    /**
     * The parts the delegationsordning checks (finding 4), refusals included: the delegation is
     * over the application decided, whatever the outcome, so each part is the amount <em>tried</em>
     * — for försörjningsstöd the amount applied for when it is above the amount granted (delvis
     * bifall, avslag; an avslag without an amount applied for is a part of zero, which still needs
     * the right to decide försörjningsstöd), for livsföring i övrigt the amounts applied for on all
     * items (granted and refused). A decision that only grants is checked on what it grants.
     */
    public List<Beslutsdel> delegationsdelar() {
        List<Beslutsdel> delar = new ArrayList<>();
        if (provarForsorjningsstod()) {
            delar.add(new Beslutsdel(Beslutstyp.FORSORJNINGSSTOD,
                    soktBelopp.filter(s -> s.isGreaterThan(forsorjningsstod)).orElse(forsorjningsstod)));
        }
        if (!livsforing.isEmpty()) {
            delar.add(new Beslutsdel(Beslutstyp.LIVSFORING_I_OVRIGT, livsforing.stream()
                    .map(p -> Money.max(p.soktBelopp(), p.beviljatBelopp())).reduce(Money.ZERO, Money::plus)));
        }
        return delar;
    }

    /** Sum of the granted livsföring i övrigt amounts. */
    public Money livsforingBeviljat() {
        return livsforing.stream().map(LivsforingPost::beviljatBelopp).reduce(Money.ZERO, Money::plus);
    }
}
