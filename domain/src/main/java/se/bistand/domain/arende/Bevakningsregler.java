package se.bistand.domain.arende;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a case's deadlines from its {@link Bevakningsunderlag} and today's date (from the
 * injected clock). Pure: the same input gives the same deadlines.
 */
public final class Bevakningsregler {

    /** Target from aktualisering to nybesök, and from application to decision. */
    public static final int MAX_VANTEDAGAR = 14;

    private Bevakningsregler() {
    }

    public static List<Bevakning> berakna(Bevakningsunderlag u, LocalDate idag) {
        List<Bevakning> b = new ArrayList<>();
        ArendeStatus s = u.status();
        if (s == ArendeStatus.AVSLUTAD) {
            return b;
        }
        if (s == ArendeStatus.AKTUALISERAD || s == ArendeStatus.NYBESOK_BOKAT) {
            b.add(bevakning(Bevakningstyp.NYBESOK, u.aktualiserad().plusDays(MAX_VANTEDAGAR), false, idag));
        }
        if ((s == ArendeStatus.ANSOKAN || s == ArendeStatus.UTREDNING) && u.ansokanInkommen() != null) {
            LocalDate senast = u.ansokanInkommen().plusDays(MAX_VANTEDAGAR);
            b.add(bevakning(Bevakningstyp.BESLUT_VANTAR, senast, false, idag));
            if (u.oppnaKontrollpunkter() > 0) {
                b.add(bevakning(Bevakningstyp.CHECKLISTA, senast, false, idag));
            }
        }
        LocalDate mote = u.nybesok() != null ? u.nybesok() : u.aktualiserad();
        if (s.harAnsokan()) {
            b.add(u.handlingsplanNasta() != null
                    ? bevakning(Bevakningstyp.HANDLINGSPLAN, u.handlingsplanNasta(), false, idag)
                    : bevakning(Bevakningstyp.HANDLINGSPLAN, mote.plusMonths(1), true, idag));
        }
        if (s.efterNybesok()) {
            b.add(u.senasteFreda() != null
                    ? bevakning(Bevakningstyp.FREDA, u.senasteFreda().plusMonths(Uppfoljningstyp.FREDA.maxManader()),
                            false, idag)
                    : bevakning(Bevakningstyp.FREDA, mote, true, idag));
        }
        if (u.harBarn() && s.harAnsokan() && !barnkonsekvensanalysGaller(u)) {
            LocalDate senast = u.ansokanInkommen() != null ? u.ansokanInkommen() : u.hushallAndrat();
            b.add(bevakning(Bevakningstyp.BARNKONSEKVENSANALYS, senast, true, idag));
        }
        if (u.formedlingNasta() != null) {
            b.add(bevakning(Bevakningstyp.FORMEDLINGSMEDEL, u.formedlingNasta(), false, idag));
        }
        b.sort(Comparator.comparing(Bevakning::senast));
        return b;
    }

    /** A barnkonsekvensanalys counts when it was made on or after the latest change of the household. */
    public static boolean barnkonsekvensanalysGaller(Bevakningsunderlag u) {
        return u.senasteBarnkonsekvensanalys() != null
                && (u.hushallAndrat() == null || !u.senasteBarnkonsekvensanalys().isBefore(u.hushallAndrat()));
    }

    /** The latest allowed next follow-up for a follow-up made on {@code datum}; null when the type has none. */
    public static LocalDate senastNasta(Uppfoljningstyp typ, LocalDate datum) {
        return typ.maxManader() == 0 ? null : datum.plusMonths(typ.maxManader());
    }

    private static Bevakning bevakning(Bevakningstyp typ, LocalDate senast, boolean saknas, LocalDate idag) {
        return new Bevakning(typ, senast, saknas, senast.isBefore(idag));
    }
}
