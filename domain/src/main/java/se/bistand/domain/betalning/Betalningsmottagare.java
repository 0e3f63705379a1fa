package se.bistand.domain.betalning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.arende.SkyddadIdentitet;
import se.bistand.domain.arende.Skyddsfilter;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;

/**
 * A payment recipient (the client, a landlord, an energy company) with one account, tied to a
 * personnummer or an organisationsnummer. Usable for payments only when {@link Status#GODKAND}:
 * approved by someone other than the person who registered it and the person who last changed
 * its account. A rejected recipient ({@link Status#AVVISAD}) is final: it is never approved,
 * changed or paid; a corrected one is registered anew.
 *
 * @param registreradAv who registered the recipient (kept when the account is changed)
 * @param kontoAndradAv who last changed the account, if anyone has
 * @param avvisning the rejection, when {@link Status#AVVISAD}
 * @param maskerad a person with skyddad identitet as shown to someone who may not see them
 *                 ({@link se.bistand.domain.arende.Skyddsfilter}): no name and no personnummer
 */
public record Betalningsmottagare(long id, String namn, Optional<Personnummer> personnummer,
                                  Optional<Organisationsnummer> organisationsnummer, Kontouppgift konto,
                                  Status status, AnvandareId registreradAv, Instant registrerad,
                                  Optional<AnvandareId> godkandAv, Optional<Instant> godkand,
                                  Instant kontoAndrad, Optional<AnvandareId> kontoAndradAv,
                                  Optional<Avvisning> avvisning, long version, boolean maskerad)
        implements Skyddsfilter.Skyddbar<Betalningsmottagare> {

    public enum Status {
        VANTAR, GODKAND, AVVISAD;

        public String textnyckel() {
            return "mottagare.status." + name();
        }
    }

    /** A second person's refusal of a waiting recipient, with the reason given. */
    public record Avvisning(AnvandareId av, Instant tid, String orsak) {
        public Avvisning {
            Objects.requireNonNull(av);
            Objects.requireNonNull(tid);
            Objects.requireNonNull(orsak);
        }
    }

    public Betalningsmottagare {
        Objects.requireNonNull(namn);
        Objects.requireNonNull(konto);
        if (maskerad ? personnummer.isPresent() || organisationsnummer.isPresent() || !namn.equals(
                SkyddadIdentitet.MASKERAT_NAMN) : personnummer.isPresent() == organisationsnummer.isPresent()) {
            throw new IllegalArgumentException("exactly one of personnummer and organisationsnummer, none when masked");
        }
        if ((status == Status.AVVISAD) != avvisning.isPresent()) {
            throw new IllegalArgumentException("a rejection exactly when rejected");
        }
    }

    /** A recipient as stored (not masked). */
    public Betalningsmottagare(long id, String namn, Optional<Personnummer> personnummer,
                               Optional<Organisationsnummer> organisationsnummer, Kontouppgift konto,
                               Status status, AnvandareId registreradAv, Instant registrerad,
                               Optional<AnvandareId> godkandAv, Optional<Instant> godkand,
                               Instant kontoAndrad, Optional<AnvandareId> kontoAndradAv,
                               Optional<Avvisning> avvisning, long version) {
        this(id, namn, personnummer, organisationsnummer, konto, status, registreradAv, registrerad, godkandAv, godkand,
                kontoAndrad, kontoAndradAv, avvisning, version, false);
    }

    @Override
    public Optional<String> skyddsidentitet() {
        return personnummer.map(Personnummer::tolvSiffror);
    }

    /** Without the person's name and personnummer (the account, status and history stay). */
    @Override
    public Betalningsmottagare maskera() {
        return new Betalningsmottagare(id, SkyddadIdentitet.MASKERAT_NAMN, Optional.empty(), Optional.empty(), konto,
                status, registreradAv, registrerad, godkandAv, godkand, kontoAndrad, kontoAndradAv, avvisning, version,
                true);
    }

    /** A newly registered recipient, waiting for approval. */
    public static Betalningsmottagare ny(String namn, Optional<Personnummer> personnummer,
                                         Optional<Organisationsnummer> organisationsnummer, Kontouppgift konto,
                                         AnvandareId av, Instant nar) {
        return new Betalningsmottagare(0, namn, personnummer, organisationsnummer, konto, Status.VANTAR, av, nar,
                Optional.empty(), Optional.empty(), nar, Optional.empty(), Optional.empty(), 0);
    }

    public boolean arPerson() {
        return personnummer.isPresent() || maskerad;
    }

    public boolean arGodkand() {
        return status == Status.GODKAND;
    }

    /**
     * True when {@code anvandare} entered something that waits for approval: the registrant, or
     * the one who last changed the account. Neither may approve or reject the recipient.
     */
    public boolean inmatadAv(AnvandareId anvandare) {
        return registreradAv.equals(anvandare) || kontoAndradAv.map(anvandare::equals).orElse(false);
    }

    /** This recipient approved by {@code av}. */
    public Betalningsmottagare godkand(AnvandareId av, Instant nar) {
        return new Betalningsmottagare(id, namn, personnummer, organisationsnummer, konto, Status.GODKAND,
                registreradAv, registrerad, Optional.of(av), Optional.of(nar), kontoAndrad, kontoAndradAv,
                Optional.empty(), version);
    }

    /** This recipient rejected by {@code av} for {@code orsak}. */
    public Betalningsmottagare avvisad(AnvandareId av, Instant nar, String orsak) {
        return new Betalningsmottagare(id, namn, personnummer, organisationsnummer, konto, Status.AVVISAD,
                registreradAv, registrerad, Optional.empty(), Optional.empty(), kontoAndrad, kontoAndradAv,
                Optional.of(new Avvisning(av, nar, orsak)), version);
    }

    /** This recipient with a new account entered by {@code av}: waiting for approval again. */
    public Betalningsmottagare medNyttKonto(Kontouppgift nytt, AnvandareId av, Instant nar) {
        return new Betalningsmottagare(id, namn, personnummer, organisationsnummer, nytt, Status.VANTAR,
                registreradAv, registrerad, Optional.empty(), Optional.empty(), nar, Optional.of(av),
                Optional.empty(), version);
    }

    /** The personnummer or organisationsnummer, formatted; masked: no digit of it. */
    public String identitet() {
        if (maskerad) {
            return SkyddadIdentitet.MASKERAD_IDENTITET;
        }
        return personnummer.map(Personnummer::formaterat)
                .orElseGet(() -> organisationsnummer.map(Organisationsnummer::formaterat).orElse(""));
    }
}
