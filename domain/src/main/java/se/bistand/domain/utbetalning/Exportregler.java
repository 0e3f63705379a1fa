package se.bistand.domain.utbetalning;

import java.util.HashSet;
import java.util.Set;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * What must hold before a list's payment file is written. The list as read must be signed twice
 * over its present content, and every line must agree with the rows behind it
 * ({@link Exportunderlag}): a line changed in the database — amount, recipient, a fake attest or a
 * status set without signatures — is refused here on every engine. Pure, so every refusal has its
 * own unit test.
 */
public final class Exportregler {

    private Exportregler() {
    }

    /** The refusal, or null when {@code lista} may be exported. */
    public static DomainException prova(Utbetalningslista lista, Exportunderlag underlag) {
        if (lista.status() != Utbetalningslista.Status.SIGNERAD_2
                && lista.status() != Utbetalningslista.Status.EXPORTERAD) {
            return new DomainException("utbetalning.inteSigneradTvaGanger");
        }
        String hash = lista.hash();
        if (!lista.innehallHash().orElse("").equals(hash)) {
            return new DomainException("utbetalning.innehalletAndratEfterSignering");
        }
        DomainException fel = signaturerna(lista, underlag, hash);
        if (fel != null) {
            return fel;
        }
        for (Utbetalningsrad r : lista.rader()) {
            fel = raden(r, underlag);
            if (fel != null) {
                return fel;
            }
        }
        return null;
    }

    private static DomainException signaturerna(Utbetalningslista lista, Exportunderlag underlag, String hash) {
        Set<Integer> nummer = new HashSet<>();
        Set<AnvandareId> vem = new HashSet<>();
        for (Utbetalningslista.Signatur s : lista.signaturer()) {
            nummer.add(s.nummer());
            vem.add(s.anvandare());
        }
        if (lista.signaturer().size() != 2 || !nummer.equals(Set.of(1, 2)) || vem.size() != 2) {
            return new DomainException("utbetalning.export.signaturerSaknas", lista.signaturer().size());
        }
        for (Utbetalningslista.Signatur s : lista.signaturer()) {
            if (!hash.equals(s.hash())) {
                return new DomainException("utbetalning.export.signaturAvviker", s.nummer());
            }
            Roll roll = underlag.roller().get(s.anvandare());
            if (roll == null || !roll.har(Behorighet.UTBETALNINGSLISTA_SIGNERA)) {
                return new DomainException("utbetalning.export.signaturUtanRatt", s.nummer());
            }
            for (Utbetalningsrad r : lista.rader()) {
                if (r.arInblandad(s.anvandare())) {
                    return new DomainException("utbetalning.export.signaturJav", s.nummer(), r.beslut().arendeText());
                }
            }
        }
        return null;
    }

    private static DomainException raden(Utbetalningsrad r, Exportunderlag underlag) {
        String arende = r.beslut().arendeText();
        Exportunderlag.Rad u = underlag.rader().get(r.id());
        if (u == null) {
            return new DomainException("utbetalning.export.underlagSaknas", arende);
        }
        if (u.beslutetsTotal().isEmpty()) {
            return new DomainException("utbetalning.export.beslutetAndrat", arende);
        }
        Money belopp = r.belopp();
        if (!u.beslutetsTotal().get().equals(belopp) || !u.attestBelopp().equals(belopp)) {
            return new DomainException("utbetalning.export.beloppAvviker", arende, belopp.format(),
                    u.beslutetsTotal().get().format());
        }
        if (u.attestMottagare() != r.mottagare().id()) {
            return new DomainException("utbetalning.export.mottagareAvviker", arende, r.mottagare().namn());
        }
        if (!r.mottagare().arGodkand() || !u.kontoGodkant()) {
            return new DomainException("utbetalning.export.kontoEjGodkant", arende, r.mottagare().namn());
        }
        Roll roll = underlag.roller().get(r.attesteradAv());
        if (roll == null || !roll.name().equals(u.attestRoll())) {
            return new DomainException("utbetalning.export.attestRollAvviker", arende);
        }
        Money livsforing = r.beslut().livsforing();
        boolean inomRatt = u.attestGrans().map(g -> !belopp.minus(livsforing).isGreaterThan(g)).orElse(false)
                && (livsforing.isZero() || u.livsforingGrans().map(g -> !livsforing.isGreaterThan(g)).orElse(false));
        if (!inomRatt) {
            return new DomainException("utbetalning.export.attestrattSaknas", arende);
        }
        if (r.beslut().arInblandad(r.attesteradAv())) {
            return new DomainException("utbetalning.export.attestJav", arende);
        }
        return null;
    }
}
