package se.bistand.domain.beslut;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Roll;

/**
 * The case's household for a month as registered in the case: the members the calculation must
 * contain (role and birth date — sökande, medsökande, barn) and how many persons live in the
 * household in all (other adults such as a lodger count only towards the size). A decision's
 * calculation must be made for exactly this household ({@link #stammerMed}); the handläggare's own
 * inputs per member (lunch away, a reduced norm, earlier income) are not part of it.
 *
 * @param medlemmar the case's members in the month
 * @param personer  persons living in the household in the month, at least {@code medlemmar.size()}
 */
public record RegistreratHushall(List<Medlem> medlemmar, int personer) {

    /** One member as the calculation knows them. */
    public record Medlem(Roll roll, LocalDate fodelsedatum) {
        public Medlem {
            Objects.requireNonNull(roll, "roll");
            Objects.requireNonNull(fodelsedatum, "fodelsedatum");
        }
    }

    private static final Comparator<Medlem> ORDNING = Comparator.comparing(Medlem::roll)
            .thenComparing(Medlem::fodelsedatum);

    public RegistreratHushall {
        medlemmar = List.copyOf(medlemmar);
        personer = Math.max(personer, medlemmar.size());
    }

    /** True when {@code u} is this household: the same members (in any order) and the same size. */
    public boolean stammerMed(BerakningsUnderlag u) {
        List<Medlem> beraknade = new ArrayList<>();
        for (Hushallsmedlem m : u.medlemmar()) {
            beraknade.add(new Medlem(m.roll(), m.fodelsedatum()));
        }
        beraknade.sort(ORDNING);
        List<Medlem> registrerade = new ArrayList<>(medlemmar);
        registrerade.sort(ORDNING);
        return beraknade.equals(registrerade) && u.personerIHushallet() == personer;
    }
}
