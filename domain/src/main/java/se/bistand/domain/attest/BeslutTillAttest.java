package se.bistand.domain.attest;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.bistand.domain.arende.Arende;
import se.bistand.domain.arende.ArendeRepository;
import se.bistand.domain.arende.Hushall;
import se.bistand.domain.arende.Person;
import se.bistand.domain.arende.PersonRepository;
import se.bistand.domain.arende.Skyddsfilter;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutFattat;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutStatus;
import se.bistand.domain.beslut.Utbetalningsuppgift;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.BetalningsmottagareRepository;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;

/**
 * The decision model's {@link BeslutFattat} port, implemented by attest: a stored paying decision
 * is handed to {@link AttestService#lamnaForAttest} with its id, its {@link Beslut#total()} (the
 * same {@code Money}, never recomputed), the stored calculation's summary, the case in brief and
 * the recipient and payment date from the decision form. The delegation check runs there: above
 * the maker's delegation the decision becomes a proposal. The recipient must be one of the
 * case's approved recipients ({@link #mottagare}).
 */
public final class BeslutTillAttest implements BeslutFattat {

    /** Shown instead of the applicant's name in the case in brief when the identity is protected. */
    public static final String SKYDDAD_IDENTITET = "(skyddad identitet)";

    private final Transaktioner tx;
    private final AttestService attest;
    private final ArendeRepository arenden;
    private final PersonRepository personer;
    private final BetalningsmottagareRepository mottagare;
    private final Atkomstlogg atkomst;
    private final Skyddsfilter skydd;

    public BeslutTillAttest(Transaktioner tx, AttestService attest, ArendeRepository arenden, PersonRepository personer,
                            BetalningsmottagareRepository mottagare, Atkomstlogg atkomst, Skyddsfilter skydd) {
        this.tx = tx;
        this.attest = attest;
        this.arenden = arenden;
        this.personer = personer;
        this.mottagare = mottagare;
        this.atkomst = atkomst;
        this.skydd = skydd;
    }

    @Override
    public void fattat(Aktor aktor, BeslutMedBerakning sparat, Utbetalningsuppgift utbetalning) {
        Beslut b = sparat.beslut();
        Arende a = arenden.hitta(b.arende()).orElseThrow(() -> new DomainException("arende.finnsInte", b.arende()));
        boolean godkand = mottagare(b.arende(), b.manad()).stream()
                .anyMatch(m -> m.id() == utbetalning.mottagareId());
        if (!godkand) {
            throw DomainException.forField("mottagare", "beslut.mottagareInteArendets", utbetalning.mottagareId());
        }
        // The case in brief is shown in the attest inbox, on the payout list and in the month's
        // review, to people who are not the case's handläggare: never a protected person's name.
        String sokande = personer.hitta(a.sokandeId())
                .map(p -> p.skyddadIdentitet() ? SKYDDAD_IDENTITET : p.namn()).orElse("");
        BerakningsResultat r = sparat.berakning();
        Beslutstyp typ = b.forsorjningsstod().isPositive() ? Beslutstyp.FORSORJNINGSSTOD : Beslutstyp.LIVSFORING_I_OVRIGT;
        attest.lamnaForAttest(aktor, new NyttBeslutForAttest(b.id().varde(), Optional.of(b.arende().varde()),
                a.nummer() + " " + sokande, b.arende().varde(), typ, b.total(),
                typ == Beslutstyp.FORSORJNINGSSTOD ? b.livsforingBeviljat() : Money.ZERO,
                new AttestBeslut.Berakningssammanfattning(r.norm(), r.kostnader(), r.inkomster()),
                utbetalning.betalningsdatum(), utbetalning.mottagareId()), b.status() == BeslutStatus.FORSLAG);
    }

    /** A proposal was decided (by a delegate or the socialutskott): its payment waits for attest. */
    @Override
    public void forslagFattat(Aktor aktor, BeslutMedBerakning beslut) {
        attest.forslagetFattat(aktor, beslut.beslut().id().varde());
    }

    /** The socialutskott refused a proposal: its payment goes back to the handläggare, never paid. */
    @Override
    public void forslagAvslaget(Aktor aktor, BeslutMedBerakning beslut, String kommentar) {
        attest.forslagetAvslaget(aktor, beslut.beslut().id().varde(), kommentar);
    }

    /**
     * A decision may only be replaced while its payment cannot also happen: not while it waits for
     * attest (or is a proposal) and not once it is attested — the attestant returns it first.
     * Without this the earlier and the replacing decision would both be paid.
     */
    @Override
    public void ersatts(Aktor aktor, se.bistand.domain.beslut.BeslutId tidigare) {
        attest.attestForBeslut(tidigare.varde())
                .filter(b -> b.status() != AttestBeslut.Status.RETURNERAD)
                .ifPresent(b -> {
                    throw new DomainException("beslut.tidigareHosAttest", b.arendeText().split(" ")[0],
                            "attest.status." + b.status().name());
                });
    }

    /**
     * The case's approved recipients for a month (what the decision form offers): approved
     * recipients registered with the personnummer of a member of the case's household that month,
     * then every approved organisation (a landlord, an energy company: they are paid for many
     * households). Person recipients first. Refused for a protected case the user may not see
     * ({@code arende.skyddadIdentitet}); a protected recipient is masked ({@link Skyddsfilter});
     * the read is one access-log row naming the persons shown.
     */
    public List<Betalningsmottagare> mottagare(Aktor aktor, ArendeId arende, YearMonth manad) {
        aktor.krav(Behorighet.BESLUT_FATTA);
        return tx.iTransaktion(() -> {
            skydd.kravSynligt(aktor, arende);
            Skyddsfilter.Visade<Betalningsmottagare> v = skydd.visade(aktor, mottagare(arende, manad));
            atkomst.registreraLista(aktor, "MOTTAGARE_FOR_ARENDE", v.personer(),
                    arenden.hitta(arende).map(a -> a.arTilldelad(aktor)).orElse(false), "ärende " + arende + " " + manad);
            return v.poster();
        });
    }

    private List<Betalningsmottagare> mottagare(ArendeId arende, YearMonth manad) {
        Objects.requireNonNull(arende, "arende");
        return tx.iTransaktion(() -> {
            Set<String> medlemmar = Hushall.forManad(arenden.hushall(arende), manad).stream()
                    .map(d -> personer.hitta(d.personId()).flatMap(Person::personnummer))
                    .flatMap(Optional::stream).map(Personnummer::tolvSiffror).collect(Collectors.toSet());
            return mottagare.alla().stream().filter(Betalningsmottagare::arGodkand)
                    .filter(m -> m.organisationsnummer().isPresent()
                            || m.personnummer().map(p -> medlemmar.contains(p.tolvSiffror())).orElse(false))
                    .sorted(Comparator.comparing(m -> !m.arPerson()))
                    .toList();
        });
    }
}
