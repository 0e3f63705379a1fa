package se.bistand.domain.utbetalning;

import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.DomainException;

/** The rules a signature must pass; pure, so every refusal has its own unit test. */
public final class Signeringsregler {

    private Signeringsregler() {
    }

    /** The refusal, or null when {@code aktor} may sign {@code lista} whose content hashes to {@code hash}. */
    public static DomainException prova(Utbetalningslista lista, Aktor aktor, String hash, String visadHash) {
        switch (lista.status()) {
            case UTKAST:
                return new DomainException("utbetalning.ejGranskad");
            case SIGNERAD_2:
            case EXPORTERAD:
                return new DomainException("utbetalning.redanFardigsignerad");
            default:
                break;
        }
        if (lista.signaturAv(aktor.id()).isPresent()) {
            return new DomainException("utbetalning.sammaPersonTvaGanger");
        }
        for (Utbetalningsrad r : lista.rader()) {
            if (r.arInblandad(aktor.id())) {
                return new DomainException("utbetalning.jav", r.beslut().arendeText());
            }
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
}
