package se.bistand.domain.utbetalning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** The rules a signature must pass; pure, so every refusal has its own unit test. */
public final class Signeringsregler {

    private Signeringsregler() {
    }

    /**
     * The refusal, or null when {@code aktor} may sign {@code lista} under {@code regel} (the
     * list's rule: that of its first signature, else the one in force) whose content hashes to
     * {@code hash}.
     */
    public static DomainException prova(Utbetalningslista lista, Aktor aktor, Signeringsregel regel, String hash,
                                        String visadHash) {
        DomainException hinder = hinder(lista, aktor.id(), aktor.roll(), regel);
        if (hinder != null) {
            return hinder;
        }
        for (Utbetalningsrad r : lista.rader()) {
            if (!r.mottagare().arGodkand()) {
                return new DomainException("utbetalning.mottagareEjGodkand", r.mottagare().namn());
            }
        }
        if (lista.status() == Utbetalningslista.Status.SIGNERAD_1 && !lista.innehallHash().orElse("").equals(hash)) {
            return new DomainException("utbetalning.innehalletAndratEfterSignering");
        }
        if (visadHash == null || !visadHash.equals(hash)) {
            return new DomainException("utbetalning.innehalletAndrat");
        }
        return null;
    }

    /**
     * Why the person {@code vem} in {@code roll} cannot sign {@code lista} now, whatever the
     * content: the list's status, a signature of theirs already on it, the rule has no place left
     * for their role, or they prepared, decided or attested a line. Null when nothing bars them.
     */
    public static DomainException hinder(Utbetalningslista lista, AnvandareId vem, Roll roll, Signeringsregel regel) {
        switch (lista.status()) {
            case UTKAST:
                return new DomainException("utbetalning.ejGranskad");
            case SIGNERAD_2:
            case EXPORTERAD:
                return new DomainException("utbetalning.redanFardigsignerad");
            default:
                return personligtHinder(lista, vem, roll, regel);
        }
    }

    /**
     * Why {@code vem} in {@code roll} could not sign {@code lista} whatever its status and content: a
     * signature of theirs already on it, no place left for their role in the rule, or a line they
     * prepared, decided or attested. Null when nothing bars them personally.
     */
    public static DomainException personligtHinder(Utbetalningslista lista, AnvandareId vem, Roll roll,
                                                   Signeringsregel regel) {
        if (lista.signaturAv(vem).isPresent()) {
            return new DomainException("utbetalning.sammaPersonTvaGanger");
        }
        if (regel.ledigPlats(roll, lista.signaturer()).isEmpty()) {
            List<Roll> kvar = regel.kvar(lista.signaturer());
            return regel.innehaller(roll) && !kvar.isEmpty()
                    ? new DomainException("utbetalning.rollenHarSignerat", roll.textnyckel(), kvar.get(0).textnyckel())
                    : new DomainException("utbetalning.rollenSignerarInte", roll.textnyckel(),
                            regel.roller().get(0).textnyckel(), regel.roller().get(1).textnyckel());
        }
        for (Utbetalningsrad r : lista.rader()) {
            if (r.arInblandad(vem)) {
                return new DomainException("utbetalning.jav", r.beslut().arendeText());
            }
        }
        return null;
    }

    /** A person who may still sign the list (active, in a role with a free place, not barred). */
    public record Kandidat(AnvandareId id, String namn, Roll roll) {
    }

    /**
     * Where the list's signing stands: the rule, the roles still missing, who may still sign,
     * whether the missing signatures can be made by different available people at all (when not,
     * the list is flagged), and why the viewer personally cannot sign (empty when nothing bars them;
     * the list's status is not a personal bar).
     */
    public record Signeringslage(Signeringsregel regel, List<Roll> kvar, List<Kandidat> kandidater,
                                 boolean kanFullbordas, Optional<DomainException> dittHinder) {

        public boolean klar() {
            return kvar.isEmpty();
        }

        /** The missing roles that have fewer available people than signatures still needed (why it cannot be completed). */
        public List<Roll> saknadeRoller() {
            return kvar.stream().distinct().filter(r -> kandidater.stream().filter(k -> k.roll() == r).count()
                    < kvar.stream().filter(r::equals).count()).toList();
        }
    }

    /** The signing state of {@code lista} under {@code regel}, for {@code betraktare}, among {@code anvandare}. */
    public static Signeringslage lage(Utbetalningslista lista, Signeringsregel regel, List<Anvandare> anvandare,
                                      Aktor betraktare) {
        return lage(lista, regel, anvandare, betraktare, Optional.empty());
    }

    /**
     * The signing state as it would be if {@code attestant} also attested a line of the list (a
     * chef who attests is barred from signing it): what the attest view tells a chef beforehand.
     */
    public static Signeringslage lage(Utbetalningslista lista, Signeringsregel regel, List<Anvandare> anvandare,
                                      Aktor betraktare, Optional<AnvandareId> attestant) {
        boolean klar = lista.status() == Utbetalningslista.Status.SIGNERAD_2
                || lista.status() == Utbetalningslista.Status.EXPORTERAD;
        List<Roll> kvar = klar ? List.of() : regel.kvar(lista.signaturer());
        List<Kandidat> kandidater = new ArrayList<>();
        for (Anvandare a : anvandare) {
            if (!klar && a.aktiv() && !a.last() && a.roll().har(Behorighet.UTBETALNINGSLISTA_SIGNERA)
                    && kvar.contains(a.roll()) && lista.signaturAv(a.id()).isEmpty()
                    && lista.rader().stream().noneMatch(r -> r.arInblandad(a.id()))
                    && !attestant.map(a.id()::equals).orElse(false)) {
                kandidater.add(new Kandidat(a.id(), a.namn(), a.roll()));
            }
        }
        Optional<DomainException> dittHinder = klar ? Optional.empty()
                : Optional.ofNullable(personligtHinder(lista, betraktare.id(), betraktare.roll(), regel));
        if (dittHinder.isEmpty() && attestant.map(betraktare.id()::equals).orElse(false)) {
            dittHinder = Optional.of(new DomainException("utbetalning.javOmAttest", lista.betalningsdatum().toString()));
        }
        return new Signeringslage(regel, kvar, List.copyOf(kandidater), kanFyllas(kvar, kandidater, new ArrayList<>()),
                dittHinder);
    }

    /** Whether every missing role can get its own person among the candidates (a small matching). */
    private static boolean kanFyllas(List<Roll> kvar, List<Kandidat> kandidater, List<AnvandareId> anvanda) {
        if (kvar.isEmpty()) {
            return true;
        }
        Roll forsta = kvar.get(0);
        for (Kandidat k : kandidater) {
            if (k.roll() == forsta && !anvanda.contains(k.id())) {
                anvanda.add(k.id());
                if (kanFyllas(kvar.subList(1, kvar.size()), kandidater, anvanda)) {
                    return true;
                }
                anvanda.remove(k.id());
            }
        }
        return false;
    }
}
