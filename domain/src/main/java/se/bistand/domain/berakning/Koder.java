package se.bistand.domain.berakning;

import java.util.function.Function;
import se.bistand.domain.gemensam.DomainException;

/** Lookup of an enum constant by its exchange-format code. */
final class Koder {

    private Koder() {
    }

    static <E extends Enum<E>> E fromKod(Class<E> typ, String kod, Function<E, String> kodAv, String falt) {
        for (E e : typ.getEnumConstants()) {
            if (kodAv.apply(e).equals(kod)) {
                return e;
            }
        }
        throw DomainException.forField(falt, "berakning.okandKod", kod);
    }
}
