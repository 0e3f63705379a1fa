package se.bistand.domain.arende;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;

/**
 * A change of an existing person's address, telephone, e-mail and markers (skyddad identitet,
 * hot och våld), as entered in the "Ändra kontaktuppgifter" form. {@code skal} is the reason,
 * required when a marker is removed.
 *
 * <p>Who may do what (the rules of {@link #nekande}; decided for this form):
 * <ul>
 *   <li>Nobody changes anything about a person they may not see ({@link SkyddadIdentitet#farSe}).</li>
 *   <li>Address, telephone and e-mail: anyone with {@link Behorighet#ARENDE_HANDLAGGA}
 *       (handläggare, socialsekreterare, gruppledare). Chefs only read case data, so they do not.</li>
 *   <li>Setting or removing a marker changes who may see the case, so it is narrower: a
 *       handläggare <em>assigned</em> to one of the person's cases, or a chef (enhetschef,
 *       avdelningschef; {@link SkyddadIdentitet#arChef}).</li>
 *   <li>Removing skyddad identitet exposes a person who may be in danger: only a chef may do it.</li>
 *   <li>Removing any marker needs a reason; the reason is kept in the audit row.</li>
 * </ul>
 * A refusal by these rules is itself audited ({@code PERSON_ANDRING_NEKAD}).
 */
public record Kontaktandring(Adress adress, String telefon, String epost, boolean skyddadIdentitet,
                             boolean hotOchVald, String skal) {

    private static final Pattern POSTNUMMER = Pattern.compile("(\\d{3}) ?(\\d{2})");
    private static final Pattern TELEFON = Pattern.compile("\\+?[0-9][0-9 ()/-]{4,19}");
    private static final Pattern EPOST = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Kontaktandring {
        adress = adress == null ? Adress.TOM : adress;
        telefon = telefon == null ? "" : telefon.strip();
        epost = epost == null ? "" : epost.strip();
        skal = skal == null ? "" : skal.strip();
    }

    /**
     * The change with the postnummer written as {@code 123 45}, after checking the fields: a
     * postnummer is five digits, a telephone number digits (with {@code +}, spaces, dashes), an
     * e-mail address {@code namn@doman.se}; each may be left empty. Throws at the field otherwise.
     */
    public Kontaktandring kontrollerad() {
        String postnummer = adress.postnummer();
        if (!postnummer.isEmpty()) {
            Matcher m = POSTNUMMER.matcher(postnummer);
            if (!m.matches()) {
                throw DomainException.forField("postnummer", "person.postnummerFel", postnummer);
            }
            postnummer = m.group(1) + " " + m.group(2);
        }
        if (!telefon.isEmpty() && !TELEFON.matcher(telefon).matches()) {
            throw DomainException.forField("telefon", "person.telefonFel", telefon);
        }
        if (!epost.isEmpty() && !EPOST.matcher(epost).matches()) {
            throw DomainException.forField("epost", "person.epostFel", epost);
        }
        return new Kontaktandring(new Adress(adress.gatuadress(), postnummer, adress.ort()), telefon, epost,
                skyddadIdentitet, hotOchVald, skal);
    }

    /** For a person with skyddad identitet an empty address means "keep theirs" (it is never shown). */
    public Kontaktandring forPerson(Person fore) {
        return fore.skyddadIdentitet() && adress.arTom()
                ? new Kontaktandring(fore.adress(), telefon, epost, skyddadIdentitet, hotOchVald, skal) : this;
    }

    /** Does this change the address, telephone or e-mail of {@code fore}? */
    public boolean andrarKontakt(Person fore) {
        return !adress.equals(fore.adress()) || !telefon.equals(fore.telefon()) || !epost.equals(fore.epost());
    }

    /** Does this set or remove a marker of {@code fore}? */
    public boolean andrarMarkering(Person fore) {
        return skyddadIdentitet != fore.skyddadIdentitet() || hotOchVald != fore.hotOchVald();
    }

    /** Does this remove a marker that {@code fore} has? */
    public boolean tarBortMarkering(Person fore) {
        return fore.skyddadIdentitet() && !skyddadIdentitet || fore.hotOchVald() && !hotOchVald;
    }

    /**
     * The refusal of this change by {@code aktor} (see the class comment), or {@code null} when it
     * is allowed. {@code tilldelad}: the actor is the handläggare of one of the person's cases.
     */
    public DomainException nekande(Aktor aktor, Person fore, boolean tilldelad) {
        boolean chef = SkyddadIdentitet.arChef(aktor);
        boolean handlagger = aktor.har(Behorighet.ARENDE_HANDLAGGA);
        if (!handlagger && !chef) {
            return new DomainException("behorighet.saknas", Behorighet.ARENDE_HANDLAGGA.name());
        }
        if (fore.skyddadIdentitet() && !chef && !tilldelad) {
            return new DomainException("person.skyddadIdentitet");
        }
        if (andrarKontakt(fore) && !handlagger) {
            return new DomainException("behorighet.saknas", Behorighet.ARENDE_HANDLAGGA.name());
        }
        if (andrarMarkering(fore) && !chef && !(handlagger && tilldelad)) {
            return DomainException.forField("markering", "person.markeringEjTilldelad");
        }
        if (fore.skyddadIdentitet() && !skyddadIdentitet && !chef) {
            return DomainException.forField("markering", "person.skyddadTasBortAvChef");
        }
        return null;
    }

    /** Throws at the reason field when a marker is removed without a reason. */
    public void kravSkal(Person fore) {
        if (tarBortMarkering(fore) && skal.isEmpty()) {
            throw DomainException.forField("skal", "person.markeringSkalKravs");
        }
    }
}
