package se.bistand.app.attest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.beslut.Utskottsbeslut;
import se.bistand.domain.utbetalning.Signeringsregler;
import se.bistand.domain.utbetalning.UtbetalningService;

/**
 * What the attest inbox asks of the domain. {@link #av} answers it with the attest and decision
 * services; view-model tests answer it with a fake (no database).
 */
public interface AttestPort {

    List<AttestService.Post> inkorg(Aktor aktor);

    List<AttestService.Post> attesteradeAvMig(Aktor aktor);

    List<AttestService.Post> forslag(Aktor aktor);

    List<AttestService.Post> mina(Aktor aktor);

    /** Opens a decision (recorded in the access log). */
    AttestService.Post oppna(Aktor aktor, long id);

    /** The decision as stored, with its checked calculation. */
    BeslutMedBerakning beslut(Aktor aktor, BeslutId id);

    void attestera(Aktor aktor, long id);

    void returnera(Aktor aktor, long id, String kommentar);

    void aterkalla(Aktor aktor, long id, String kommentar);

    /** Decides a proposal above its maker's delegation (the decision model's rule, finding 4). */
    void fattaForslag(Aktor aktor, BeslutId beslut);

    /** Registers the socialutskott's decision on a proposal above every limit (decision 0022). */
    BeslutMedBerakning registreraUtskottsbeslut(Aktor aktor, BeslutId beslut, LocalDate sammantrade, String paragraf,
                                                Utskottsbeslut.Utfall utfall);

    /**
     * For a chef who signs payout lists: what attesting a decision paid on {@code betalningsdatum}
     * does to signing that day's list (empty for others, and in fakes).
     */
    default Optional<Signeringsregler.Signeringslage> signeringOmAttest(Aktor aktor, LocalDate betalningsdatum) {
        return Optional.empty();
    }

    /** The port answered by the domain's services (the payout service tells what attesting does to signing). */
    static AttestPort av(AttestService attest, BeslutService beslut, UtbetalningService utbetalning) {
        return new AttestPort() {
            @Override
            public Optional<Signeringsregler.Signeringslage> signeringOmAttest(Aktor aktor, LocalDate betalningsdatum) {
                return utbetalning.signeringOmAttest(aktor, betalningsdatum);
            }

            @Override
            public List<AttestService.Post> inkorg(Aktor aktor) {
                return attest.inkorg(aktor);
            }

            @Override
            public List<AttestService.Post> attesteradeAvMig(Aktor aktor) {
                return attest.attesteradeAvMig(aktor);
            }

            @Override
            public List<AttestService.Post> forslag(Aktor aktor) {
                return attest.forslag(aktor);
            }

            @Override
            public List<AttestService.Post> mina(Aktor aktor) {
                return attest.mina(aktor);
            }

            @Override
            public AttestService.Post oppna(Aktor aktor, long id) {
                return attest.oppna(aktor, id);
            }

            @Override
            public BeslutMedBerakning beslut(Aktor aktor, BeslutId id) {
                return beslut.hamta(aktor, id);
            }

            @Override
            public void attestera(Aktor aktor, long id) {
                attest.attestera(aktor, id);
            }

            @Override
            public void returnera(Aktor aktor, long id, String kommentar) {
                attest.returnera(aktor, id, kommentar);
            }

            @Override
            public void aterkalla(Aktor aktor, long id, String kommentar) {
                attest.aterkalla(aktor, id, kommentar);
            }

            @Override
            public void fattaForslag(Aktor aktor, BeslutId id) {
                beslut.fattaForslag(aktor, id);
            }

            @Override
            public BeslutMedBerakning registreraUtskottsbeslut(Aktor aktor, BeslutId id, LocalDate sammantrade,
                                                               String paragraf, Utskottsbeslut.Utfall utfall) {
                return beslut.registreraUtskottsbeslut(aktor, id, sammantrade, paragraf, utfall);
            }
        };
    }
}
