package se.bistand.app.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import se.bistand.app.AppContext;
import se.bistand.app.utbetalning.export.FilExportskrivare;
import se.bistand.domain.arende.Ansokningstyp;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.arende.Kontrollpunkt;
import se.bistand.domain.arende.Kontrollstatus;
import se.bistand.domain.arende.NyPerson;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Inkomst;
import se.bistand.domain.berakning.Inkomsttyp;
import se.bistand.domain.berakning.Kostnad;
import se.bistand.domain.berakning.Kostnadstyp;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.Beslutsforslag;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.Lagrum;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.beslut.LivsforingTyp;
import se.bistand.domain.beslut.Utbetalningsuppgift;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Kontrollsiffra;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.utbetalning.Bankdagar;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/**
 * Demo data for attest and payouts: decisions waiting for attest from several handläggare, one
 * above delegation, approved recipients for a landlord and an energy company (offered in every
 * case's decision form), a recipient waiting for approval and a rejected one, the Flen fraud pattern (one account shared
 * by two unrelated households, one equal to a staff member's salary account) and a payout list
 * for the next bank day that is reviewed and ready to sign. Every decision is a real one: a demo
 * person and case from the case workspace's services, a decision made through the decision
 * service (calculated amount), handed to attest the way the calculator's decisions are.
 */
public final class AttestDemo implements DemoData.DemoBidrag {

    private long nastaBeslut = 5001;

    @Override
    public void seed(AppContext ctx, Aktor system, Random slump) {
        LocalDate idag = LocalDate.now(ctx.klocka());
        YearMonth manad = YearMonth.from(idag);
        ctx.tx().kor(() -> {
            ctx.installation().satt(FilExportskrivare.NAMN, "Demo kommun, Socialförvaltningen");
            ctx.installation().satt(FilExportskrivare.ORGNR, "212000-014" + Kontrollsiffra.luhn("212000014"));
            ctx.installation().satt(FilExportskrivare.BANKGIRO, "5050-1055");
        });
        Aktor anna = aktor(ctx, "anna");
        Aktor omar = aktor(ctx, "omar");
        Aktor erik = aktor(ctx, "erik");
        Aktor maria = aktor(ctx, "maria");
        Aktor karin = aktor(ctx, "karin");

        Bankkonto delat = konto(slump);
        Bankkonto personalens = konto(slump);
        ctx.mottagarService().registreraPersonalkonto(aktor(ctx, "sofia"), omar.id(), personalens);

        Klient karinEk = klient(ctx, anna, maria, "Elin", "Holmgren", LocalDate.of(1987, 8, 21), 980, konto(slump), manad);
        Klient mikael = klient(ctx, omar, maria, "Mikael", "Sund", LocalDate.of(1979, 2, 3), 991, delat, manad);
        // Skyddad identitet: only anna (her handläggare) and the chefs see her name as the recipient.
        Klient lina = klient(ctx, anna, maria, "Josefin", "Falk", LocalDate.of(1992, 7, 19), 992, delat, manad, true);
        Klient peter = klient(ctx, omar, maria, "Peter", "Lund", LocalDate.of(1988, 10, 1), 993, personalens, manad);
        Klient sara = klient(ctx, anna, maria, "Sara", "Nilsson", LocalDate.of(1990, 5, 30), 994, konto(slump), manad);
        Klient ola = klient(ctx, anna, maria, "Ola", "Viklund", LocalDate.of(1981, 3, 9), 995, konto(slump), manad);
        // Ready for a decision in the calculator (application in, checklist done, no decision yet).
        klient(ctx, anna, maria, "Nora", "Åberg", LocalDate.of(1994, 1, 17), 997, konto(slump), manad);
        long solglantan = ctx.mottagarService().registrera(anna, "Fastighets AB Solgläntan", Optional.empty(),
                Optional.of(Organisationsnummer.parse("556036-0793")), Bankgiro.parse("5050-1055"));
        ctx.mottagarService().godkann(maria, solglantan);
        long elbolaget = ctx.mottagarService().registrera(omar, "Elbolaget Norr AB", Optional.empty(),
                Optional.of(orgnr("556677889")), Bankgiro.parse("5555-555" + Kontrollsiffra.luhn("5555555")));
        ctx.mottagarService().godkann(maria, elbolaget);
        // Waiting for a second person's approval, and one rejected (never payable).
        ctx.mottagarService().registrera(omar, "Bostads AB Lönngården", Optional.empty(), Optional.of(orgnr("559012345")),
                Bankgiro.parse("5402-912" + Kontrollsiffra.luhn("5402912")));
        long snabbhyra = ctx.mottagarService().registrera(anna, "Snabbhyra Norden HB", Optional.empty(),
                Optional.of(orgnr("969712345")), Bankgiro.parse("5123-456" + Kontrollsiffra.luhn("5123456")));
        ctx.mottagarService().avvisa(karin, snabbhyra, "Hyresavtalet är inte styrkt och bolaget saknar fastigheter i "
                + "kommunen. Klienten betalar hyran till sin hyresvärd Solgläntan.");

        LocalDate forsta = Bankdagar.nasta(idag);
        LocalDate andra = Bankdagar.nasta(forsta);
        // The first bank day's list: decided in the calculator's way, attested, sampled, reviewed; ready to sign.
        long a = forsorjningsstod(ctx, anna, karinEk, manad, 6_500, forsta);
        long c = forsorjningsstod(ctx, anna, sara, manad, 4_200, forsta);
        ctx.attestService().attestera(erik, a);
        ctx.attestService().attestera(erik, c);
        long listaId = ctx.utbetalningService().listor(karin).get(0).id();
        UtbetalningService.Listvy vy = ctx.utbetalningService().draStickprov(karin, listaId);
        for (Utbetalningsrad r : vy.lista().rader()) {
            if (r.iStickprov()) {
                ctx.utbetalningService().oppnaRad(karin, listaId, r.id());
                ctx.utbetalningService().markeraGranskad(karin, listaId, r.id());
            }
        }
        // Waiting for attest, from several handläggare; the Flen pattern among them.
        forsorjningsstod(ctx, anna, lina, manad, 5_400, andra);
        forsorjningsstod(ctx, omar, mikael, manad, 6_900, andra);
        forsorjningsstod(ctx, omar, peter, manad, 4_800, andra);
        // Income above the norm but a dental bill: 12 000 kr is above the handläggare's delegation
        // for livsföring i övrigt (5 000 kr), so the decision becomes a proposal to the enhetschef.
        ctx.beslutService().fatta(anna, new Beslutsforslag(ola.arende(), new BerakningsUnderlag(manad, OptionalInt.empty(),
                List.of(Hushallsmedlem.sokande(ola.fodd())), List.of(new Kostnad(Kostnadstyp.BOENDE, Money.ofKronor(5_200))),
                List.of(Inkomst.av(0, Inkomsttyp.LON, Money.ofKronor(24_000)))), Beslutsutfall.AVSLAG, Optional.empty(),
                "Inkomsten täcker normen och boendekostnaden.", Lagrum.FORSORJNINGSSTOD, "",
                List.of(new LivsforingPost(LivsforingTyp.TANDVARD, "Akut tandvård enligt kostnadsförslag",
                        Money.ofKronor(12_000), Beslutsutfall.BIFALL, Money.ofKronor(12_000),
                        "Akut behov; kostnadsförslag från Folktandvården.")),
                Optional.of(new Utbetalningsuppgift(ola.mottagare(), andra))));
        // Above every delegation limit (20 000 kr for livsföring i övrigt): the proposal goes to the
        // socialutskott, and a chef registers the utskott's decision from its protocol (decision 0022).
        ctx.beslutService().fatta(anna, new Beslutsforslag(sara.arende(), new BerakningsUnderlag(manad,
                OptionalInt.empty(), List.of(Hushallsmedlem.sokande(sara.fodd())), List.of(), List.of()),
                Beslutsutfall.EJ_PROVAT, Optional.empty(), "", Lagrum.FORSORJNINGSSTOD, "",
                List.of(new LivsforingPost(LivsforingTyp.FLYTT, "Flytt och deposition till tillgänglighetsanpassad bostad",
                        Money.ofKronor(26_000), Beslutsutfall.BIFALL, Money.ofKronor(26_000),
                        "Läkarintyg styrker behovet av anpassad bostad; ingen annan lösning finns.")),
                Optional.of(new Utbetalningsuppgift(sara.mottagare(), andra))));
    }

    /** A demo client: a person with an open case (nybesök held, application, checklist done) and an approved own account. */
    private record Klient(ArendeId arende, LocalDate fodd, long mottagare) {
    }

    private static Klient klient(AppContext ctx, Aktor handlaggare, Aktor godkanner, String fornamn, String efternamn,
                                 LocalDate fodd, int serie, Kontouppgift konto, YearMonth manad) {
        return klient(ctx, handlaggare, godkanner, fornamn, efternamn, fodd, serie, konto, manad, false);
    }

    private static Klient klient(AppContext ctx, Aktor handlaggare, Aktor godkanner, String fornamn, String efternamn,
                                 LocalDate fodd, int serie, Kontouppgift konto, YearMonth manad, boolean skyddad) {
        Personnummer pnr = Personnummer.av(fodd, serie, false);
        NyPerson ny = NyPerson.med(pnr.tolvSiffror(), fornamn, efternamn);
        PersonId person = ctx.personService().skapa(handlaggare, skyddad ? ny.skyddad() : ny);
        ArendeId arende = ctx.arendeService().aktualisera(handlaggare, person);
        LocalDate idag = LocalDate.now(ctx.klocka());
        for (ArendeStatus steg : List.of(ArendeStatus.NYBESOK_BOKAT, ArendeStatus.NYBESOK_GENOMFORT)) {
            ctx.arendeService().andraStatus(handlaggare, arende, version(ctx, handlaggare, arende), steg);
        }
        ctx.arendeService().registreraAnsokan(handlaggare, arende, version(ctx, handlaggare, arende), Kanal.DIGITAL,
                manad, idag);
        for (Kontrollpunkt p : Ansokningstyp.NY.checklista()) {
            ctx.arendeService().markeraKontroll(handlaggare, arende, version(ctx, handlaggare, arende), p,
                    Kontrollstatus.KONTROLLERAD, "");
        }
        long mottagare = ctx.mottagarService().registrera(handlaggare, fornamn + " " + efternamn, Optional.of(pnr),
                Optional.empty(), konto);
        ctx.mottagarService().godkann(godkanner, mottagare);
        return new Klient(arende, fodd, mottagare);
    }

    private static long version(AppContext ctx, Aktor aktor, ArendeId arende) {
        return ctx.arendeService().hamta(aktor, arende).version();
    }

    /**
     * A försörjningsstöd decision for a single adult with the rent as the one cost, made through
     * the decision service (the amount is calculated, stored, and handed to attest with the
     * decision); returns the attest id.
     */
    private static long forsorjningsstod(AppContext ctx, Aktor vem, Klient k, YearMonth manad, long hyra,
                                         LocalDate betalningsdatum) {
        BeslutMedBerakning b = ctx.beslutService().fatta(vem, new Beslutsforslag(k.arende(),
                new BerakningsUnderlag(manad, OptionalInt.empty(), List.of(Hushallsmedlem.sokande(k.fodd())),
                        List.of(new Kostnad(Kostnadstyp.BOENDE, Money.ofKronor(hyra))), List.of()),
                Beslutsutfall.BIFALL, Optional.empty(), "Sökanden saknar inkomster; behovet är styrkt.",
                Lagrum.FORSORJNINGSSTOD, "", List.of(), Optional.of(new Utbetalningsuppgift(k.mottagare(),
                betalningsdatum))));
        long beslutId = b.beslut().id().varde();
        return ctx.attestService().mina(vem).stream().map(AttestService.Post::beslut)
                .filter(x -> x.beslutId() == beslutId).findFirst().orElseThrow().id();
    }

    /** A valid organisationsnummer: nine digits and the Luhn check digit. */
    private static Organisationsnummer orgnr(String nioSiffror) {
        return Organisationsnummer.parse(nioSiffror + Kontrollsiffra.luhn(nioSiffror));
    }

    /** A valid Forex (9420) account number drawn from the seed. */
    private static Bankkonto konto(Random slump) {
        while (true) {
            try {
                return Bankkonto.parse("9420", String.format("%07d", 1_000_000 + slump.nextInt(8_999_999)));
            } catch (DomainException e) {
                continue;
            }
        }
    }

    private static Aktor aktor(AppContext ctx, String anvandarnamn) {
        se.bistand.domain.behorighet.AnvandareRepository repo = ctx.anvandarRepository();
        return ctx.tx().iTransaktion(() -> repo.hitta(anvandarnamn)).orElseThrow().somAktor();
    }
}
