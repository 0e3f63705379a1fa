package se.bistand.domain.arende;

import java.util.Collection;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * Skyddad identitet (domain.md finding 15, made a rule instead of an oral routine): a protected
 * person is visible only to the handläggare assigned to one of the person's cases and to chefs
 * (enhetschef, avdelningschef). Everyone else sees the masked form; the address is never shown.
 */
public final class SkyddadIdentitet {

    public static final String MASKERAT_NAMN = "Skyddad identitet";

    /** The identity as shown masked: no digit of it (the first eight are the birth date). */
    public static final String MASKERAD_IDENTITET = "********-****";

    private SkyddadIdentitet() {
    }

    /** May {@code aktor} see the person, given the handläggare assigned to the person's cases? */
    public static boolean farSe(Aktor aktor, boolean skyddad, Collection<AnvandareId> tilldeladeHandlaggare) {
        return !skyddad || arChef(aktor) || tilldeladeHandlaggare.contains(aktor.id());
    }

    public static boolean arChef(Aktor aktor) {
        return aktor.roll() == Roll.ENHETSCHEF || aktor.roll() == Roll.AVDELNINGSCHEF;
    }

    /**
     * How a person is shown to someone: masked unless they may see the person (no name, no digit
     * of the personnummer, no birth date, no contact data); never the protected address.
     */
    public static Personvisning visning(Person p, boolean farSe) {
        boolean maskera = p.skyddadIdentitet() && !farSe;
        return new Personvisning(p.id(), maskera ? MASKERAT_NAMN : p.namn(),
                maskera ? MASKERAD_IDENTITET : p.formateradIdentitet(), maskera ? null : p.fodelsedatum(),
                p.skyddadIdentitet() ? Adress.TOM : p.adress(), maskera ? "" : p.telefon(), maskera ? "" : p.epost(),
                p.skyddadIdentitet(), maskera, p.hotOchVald(), p.typ(), maskera ? "" : nvl(p.reservSkal()));
    }

    private static String nvl(String s) {
        return s == null ? "" : s;
    }
}
