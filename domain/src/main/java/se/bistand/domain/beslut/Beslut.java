package se.bistand.domain.beslut;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param beslutadAv           the user who made the decision
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

    /** Sum of the granted livsföring i övrigt amounts. */
    public Money livsforingBeviljat() {
        return livsforing.stream().map(LivsforingPost::beviljatBelopp).reduce(Money.ZERO, Money::plus);
    }
}
