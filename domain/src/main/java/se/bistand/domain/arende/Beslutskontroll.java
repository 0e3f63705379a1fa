package se.bistand.domain.arende;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.DomainException;

/**
 * Whether a case may be decided now, and if not, why (message keys). The decision team calls
 * {@link ArendeService#kanBesluta} and {@link #krav()} before any decision: no payment without a
 * completed investigation (domain.md finding 9) and no decision without a barnkonsekvensanalys
 * where there are children (finding 12). {@link #av} is the case's state (its latest application, for
 * the status flow and the workspace); {@link #forManad} is what a paying decision for one month
 * needs: an open case and an application <em>for that month</em> with its checklist complete.
 */
public record Beslutskontroll(List<String> hinder) {

    public static final String INGEN_ANSOKAN = "beslut.hinder.ingenAnsokan";
    public static final String CHECKLISTA = "beslut.hinder.checklista";
    public static final String BARNKONSEKVENSANALYS = "beslut.hinder.barnkonsekvensanalys";
    public static final String INGEN_ANSOKAN_FOR_MANAD = "beslut.hinder.ingenAnsokanForManad";
    public static final String CHECKLISTA_FOR_MANAD = "beslut.hinder.checklistaForManad";
    public static final String AVSLUTAT = "beslut.hinder.avslutat";

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

    /**
     * What stops a paying decision for {@code manad}: a closed case; no application for that month
     * ({@code ansokan} is the case's application whose {@link Ansokan#avserManad()} is
     * {@code manad}, if any) or an open item in that application's {@code checklista}; a missing
     * barnkonsekvensanalys where there are children. Another month's application never counts.
     */
    public static Beslutskontroll forManad(Bevakningsunderlag u, YearMonth manad, Optional<Ansokan> ansokan,
                                           List<Checklistpost> checklista) {
        java.util.ArrayList<String> h = new java.util.ArrayList<>();
        if (u.status() == ArendeStatus.AVSLUTAD) {
            h.add(AVSLUTAT);
        }
        if (ansokan.isEmpty() || !ansokan.get().avserManad().equals(manad)) {
            h.add(INGEN_ANSOKAN_FOR_MANAD);
        } else if (checklista.stream().anyMatch(p -> !p.klar())) {
            h.add(CHECKLISTA_FOR_MANAD);
        }
        if (u.harBarn() && !Bevakningsregler.barnkonsekvensanalysGaller(u)) {
            h.add(BARNKONSEKVENSANALYS);
        }
        return new Beslutskontroll(h);
    }
}
