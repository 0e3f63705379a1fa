package se.bistand.domain.arende;

import java.util.EnumSet;
import java.util.Set;

/**
 * The case's status flow: aktualiserad → nybesök bokat → nybesök genomfört → ansökan → utredning →
 * beslut → uppföljning → (återansökan: ansökan …) → avslutad. A case can be closed from any status
 * and återaktualiseras from avslutad.
 */
public enum ArendeStatus {
    AKTUALISERAD,
    NYBESOK_BOKAT,
    NYBESOK_GENOMFORT,
    ANSOKAN,
    UTREDNING,
    BESLUT,
    UPPFOLJNING,
    AVSLUTAD;

    /** The statuses this one may move to. */
    public Set<ArendeStatus> tillatnaNasta() {
        return switch (this) {
            case AKTUALISERAD -> EnumSet.of(NYBESOK_BOKAT, AVSLUTAD);
            case NYBESOK_BOKAT -> EnumSet.of(NYBESOK_GENOMFORT, AVSLUTAD);
            case NYBESOK_GENOMFORT -> EnumSet.of(ANSOKAN, AVSLUTAD);
            case ANSOKAN -> EnumSet.of(UTREDNING, AVSLUTAD);
            case UTREDNING -> EnumSet.of(BESLUT, AVSLUTAD);
            case BESLUT -> EnumSet.of(UPPFOLJNING, ANSOKAN, AVSLUTAD);
            case UPPFOLJNING -> EnumSet.of(ANSOKAN, AVSLUTAD);
            case AVSLUTAD -> EnumSet.of(AKTUALISERAD);
        };
    }

    public boolean kanGaTill(ArendeStatus ny) {
        return tillatnaNasta().contains(ny);
    }

    /** True from nybesök genomfört until avslutad: the case is in active handling. */
    public boolean efterNybesok() {
        return ordinal() >= NYBESOK_GENOMFORT.ordinal() && this != AVSLUTAD;
    }

    /** True from ansökan until avslutad. */
    public boolean harAnsokan() {
        return ordinal() >= ANSOKAN.ordinal() && this != AVSLUTAD;
    }

    public String textnyckel() {
        return "arendestatus." + name();
    }
}
