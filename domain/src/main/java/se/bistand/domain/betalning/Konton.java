package se.bistand.domain.betalning;

import se.bistand.domain.gemensam.DomainException;

/** Stores a {@link Kontouppgift} as kind + text and reads it back (validating check digits again). */
public final class Konton {

    public enum Slag { BANKKONTO, BANKGIRO, PLUSGIRO }

    private Konton() {
    }

    public static Slag slag(Kontouppgift k) {
        if (k instanceof Bankkonto) {
            return Slag.BANKKONTO;
        }
        return k instanceof Bankgiro ? Slag.BANKGIRO : Slag.PLUSGIRO;
    }

    /** The stored text: {@code clearing-konto} for a bank account, the digits for a giro. */
    public static String lagringstext(Kontouppgift k) {
        if (k instanceof Bankkonto b) {
            return b.clearingnummer() + "-" + b.kontonummer();
        }
        return k instanceof Bankgiro bg ? bg.siffror() : ((Plusgiro) k).siffror();
    }

    /** Parses what a user typed (or what was stored) for the given kind; field {@code konto}. */
    public static Kontouppgift tolka(Slag slag, String text) {
        if (slag == null) {
            throw DomainException.forField("konto", "mottagare.kontoslagSaknas");
        }
        try {
            return switch (slag) {
                case BANKKONTO -> Bankkonto.parse(text);
                case BANKGIRO -> Bankgiro.parse(text);
                case PLUSGIRO -> Plusgiro.parse(text);
            };
        } catch (DomainException e) {
            throw DomainException.forField("konto", e.key(), e.args());
        }
    }
}
