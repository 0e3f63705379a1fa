package se.bistand.domain.arende;

import java.util.List;
import se.bistand.domain.gemensam.DomainException;

/**
 * Whether a case may be decided now, and if not, why (message keys). The decision team calls
 * {@link ArendeService#kanBesluta} and {@link #krav()} before any decision: no payment without a
 * completed investigation (domain.md finding 9) and no decision without a barnkonsekvensanalys
 * where there are children (finding 12).
 */
public record Beslutskontroll(List<String> hinder) {

    public static final String INGEN_ANSOKAN = "beslut.hinder.ingenAnsokan";
    public static final String CHECKLISTA = "beslut.hinder.checklista";
    public static final String BARNKONSEKVENSANALYS = "beslut.hinder.barnkonsekvensanalys";

    public Beslutskontroll {
        hinder = List.copyOf(hinder);
    }

    public boolean tillaten() {
        return hinder.isEmpty();
    }

    /** Throws the first obstacle as a {@link DomainException}. */
    public void krav() {
        if (!hinder.isEmpty()) {
            throw new DomainException(hinder.get(0));
        }
    }

    public static Beslutskontroll av(Bevakningsunderlag u) {
        java.util.ArrayList<String> h = new java.util.ArrayList<>();
        if (u.ansokanInkommen() == null) {
            h.add(INGEN_ANSOKAN);
        }
        if (u.oppnaKontrollpunkter() > 0) {
            h.add(CHECKLISTA);
        }
        if (u.harBarn() && !Bevakningsregler.barnkonsekvensanalysGaller(u)) {
            h.add(BARNKONSEKVENSANALYS);
        }
        return new Beslutskontroll(h);
    }
}
