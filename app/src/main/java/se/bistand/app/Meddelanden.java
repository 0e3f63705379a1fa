package se.bistand.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.bistand.domain.gemensam.DomainException;

/** The one Swedish messages bundle ({@code i18n/messages}), with MessageFormat arguments. */
public final class Meddelanden {

    public static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages", SVENSKA);

    private Meddelanden() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String t(String nyckel, Object... args) {
        String monster;
        try {
            monster = BUNDLE.getString(nyckel);
        } catch (MissingResourceException e) {
            return "!" + nyckel + "!";
        }
        if (args.length == 0) {
            return monster;
        }
        MessageFormat format = new MessageFormat(monster.replace("'", "''"), SVENSKA);
        java.text.Format[] perArgument = format.getFormatsByArgumentIndex();
        Object[] varden = args.clone();
        for (int i = 0; i < varden.length; i++) {
            if (varden[i] instanceof Number n && (i >= perArgument.length || perArgument[i] == null)) {
                // a plain {n}: years and ids must not be grouped ("2 026"); amounts arrive already formatted.
                // {n,number,…} and {n,choice,…} (plurals) keep the number.
                varden[i] = n.toString();
            }
        }
        return format.format(varden);
    }

    /** The text of key {@code prefix + del} (e.g. {@code "beslut.utfall." + utfall.name()}). */
    public static String tFor(String prefix, Object del, Object... args) {
        return t(prefix + del, args);
    }

    /** The text of {@code nyckel} where every argument that is itself a message key (a role, a type) is translated. */
    public static String tOversatt(String nyckel, Object... args) {
        Object[] ut = args.clone();
        for (int i = 0; i < ut.length; i++) {
            if (ut[i] instanceof String s && finns(s)) {
                ut[i] = t(s);
            }
        }
        return t(nyckel, ut);
    }

    public static boolean finns(String nyckel) {
        return BUNDLE.containsKey(nyckel);
    }

    /** The Swedish text of an expected domain failure; an argument that is itself a message key (a role) is translated. */
    public static String text(DomainException e) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number n && !(args[i] instanceof Integer) && !(args[i] instanceof Long)) {
                args[i] = n.toString();
            } else if (args[i] instanceof String s && s.contains(".") && finns(s)) {
                args[i] = t(s); // an argument that is itself a message key, e.g. arendestatus.ANSOKAN
            } else if (args[i] instanceof String s && finns("objekttyp." + s)) {
                args[i] = t("objekttyp." + s);
            }
        }
        return t(e.key(), args);
    }

    /**
     * Puts an expected failure at its field (field name → Swedish text) when it names one and
     * returns true; otherwise returns false so the caller shows it in its banner.
     */
    public static boolean vidFalt(Throwable t, java.util.Map<String, String> faltfel) {
        if (t instanceof DomainException de && de.falt().isPresent()) {
            faltfel.put(de.falt().get(), text(de));
            return true;
        }
        return false;
    }
}
