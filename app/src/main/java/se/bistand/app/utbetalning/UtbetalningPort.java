package se.bistand.app.utbetalning;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.AnvandarService;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.utbetalning.Exportskrivare;
import se.bistand.domain.utbetalning.StickprovService;
import se.bistand.domain.utbetalning.Stickprovsregel;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/**
 * What the Utbetalningar section asks of the domain: payout lists, their lines' decisions, the
 * sample rule, payment recipients. {@link #av} answers it with the domain's services;
 * view-model tests answer it with a fake (no database).
 */
public interface UtbetalningPort {

    /** Display names of the users by id (who attested, signed, registered). */
    Map<AnvandareId, String> anvandarnamn();

    List<Utbetalningslista> listor(Aktor aktor);

    UtbetalningService.Listvy lista(Aktor aktor, long id);

    UtbetalningService.Listvy draStickprov(Aktor aktor, long id);

    Utbetalningsrad oppnaRad(Aktor aktor, long listaId, long radId);

    UtbetalningService.Listvy markeraGranskad(Aktor aktor, long listaId, long radId);

    UtbetalningService.Listvy signera(Aktor aktor, long listaId, char[] losenord, String visadHash);

    /** Exports the signed list; returns the names of the files written. */
    List<String> exportera(Aktor aktor, long listaId);

    UtbetalningService.Manadsgranskning manadsgranskning(Aktor aktor, YearMonth manad);

    /** A line's decision as stored (its amount card). */
    BeslutMedBerakning beslut(Aktor aktor, BeslutId id);

    /** The sample rule in force now. */
    Stickprovsregel stickprovsregel(Aktor aktor);

    /** Withdraws an attest while its list is unsigned. */
    void aterkallaAttest(Aktor aktor, long attestId, String kommentar);

    List<BetalningsmottagareService.MedFlaggor> mottagare(Aktor aktor);

    void godkann(Aktor aktor, long mottagare);

    void avvisa(Aktor aktor, long mottagare, String orsak);

    void andraKonto(Aktor aktor, long mottagare, Kontouppgift konto);

    long registrera(Aktor aktor, String namn, Optional<Personnummer> personnummer,
                    Optional<Organisationsnummer> organisationsnummer, Kontouppgift konto);

    /** The port answered by the domain's services; exports are written by {@code export}. */
    static UtbetalningPort av(UtbetalningService utbetalning, BeslutService beslut, StickprovService stickprov,
                              AttestService attest, BetalningsmottagareService mottagare, AnvandarService anvandare,
                              Exportskrivare export) {
        return new UtbetalningPort() {
            @Override
            public Map<AnvandareId, String> anvandarnamn() {
                return anvandare.visningsnamn();
            }

            @Override
            public List<Utbetalningslista> listor(Aktor aktor) {
                return utbetalning.listor(aktor);
            }

            @Override
            public UtbetalningService.Listvy lista(Aktor aktor, long id) {
                return utbetalning.lista(aktor, id);
            }

            @Override
            public UtbetalningService.Listvy draStickprov(Aktor aktor, long id) {
                return utbetalning.draStickprov(aktor, id);
            }

            @Override
            public Utbetalningsrad oppnaRad(Aktor aktor, long listaId, long radId) {
                return utbetalning.oppnaRad(aktor, listaId, radId);
            }

            @Override
            public UtbetalningService.Listvy markeraGranskad(Aktor aktor, long listaId, long radId) {
                return utbetalning.markeraGranskad(aktor, listaId, radId);
            }

            @Override
            public UtbetalningService.Listvy signera(Aktor aktor, long listaId, char[] losenord, String visadHash) {
                return utbetalning.signera(aktor, listaId, losenord, visadHash);
            }

            @Override
            public List<String> exportera(Aktor aktor, long listaId) {
                return utbetalning.exportera(aktor, listaId, export);
            }

            @Override
            public UtbetalningService.Manadsgranskning manadsgranskning(Aktor aktor, YearMonth manad) {
                return utbetalning.manadsgranskning(aktor, manad);
            }

            @Override
            public BeslutMedBerakning beslut(Aktor aktor, BeslutId id) {
                return beslut.hamta(aktor, id);
            }

            @Override
            public Stickprovsregel stickprovsregel(Aktor aktor) {
                return stickprov.lage(aktor).gallande();
            }

            @Override
            public void aterkallaAttest(Aktor aktor, long attestId, String kommentar) {
                attest.aterkalla(aktor, attestId, kommentar);
            }

            @Override
            public List<BetalningsmottagareService.MedFlaggor> mottagare(Aktor aktor) {
                return mottagare.lista(aktor);
            }

            @Override
            public void godkann(Aktor aktor, long id) {
                mottagare.godkann(aktor, id);
            }

            @Override
            public void avvisa(Aktor aktor, long id, String orsak) {
                mottagare.avvisa(aktor, id, orsak);
            }

            @Override
            public void andraKonto(Aktor aktor, long id, Kontouppgift konto) {
                mottagare.andraKonto(aktor, id, konto);
            }

            @Override
            public long registrera(Aktor aktor, String namn, Optional<Personnummer> personnummer,
                                   Optional<Organisationsnummer> organisationsnummer, Kontouppgift konto) {
                return mottagare.registrera(aktor, namn, personnummer, organisationsnummer, konto);
            }
        };
    }
}
