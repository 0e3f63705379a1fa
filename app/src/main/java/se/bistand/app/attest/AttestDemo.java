package se.bistand.app.attest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import se.bistand.app.AppContext;
import se.bistand.app.demo.DemoData;
import se.bistand.app.utbetalning.export.FilExportskrivare;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.NyttBeslutForAttest;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Kontrollsiffra;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/**
 * Demo data for attest and payouts: decisions waiting for attest from several handläggare, one
 * above delegation, a recipient waiting for approval, the Flen fraud pattern (one account shared
 * by two unrelated households, one equal to a staff member's salary account) and a payout list
 * for tomorrow that is reviewed and ready to sign.
 */
public final class AttestDemo implements DemoData.DemoBidrag {

    private long nastaBeslut = 5001;

    @Override
    public void seed(AppContext ctx, Aktor system, Random slump) {
        LocalDate idag = LocalDate.now(ctx.klocka());
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
        ctx.tx().kor(() -> ctx.mottagarRepository().laggTillPersonalkonto(omar.id(), personalens));

        long karinEk = person(ctx, anna, maria, "Karin Ek", 1985, 4, 12, 980, konto(slump));
        long mikael = person(ctx, omar, maria, "Mikael Sund", 1979, 2, 3, 991, delat);
        long lina = person(ctx, anna, maria, "Lina Berg", 1992, 7, 19, 992, delat);
        long peter = person(ctx, omar, maria, "Peter Lund", 1988, 10, 1, 993, personalens);
        long sara = person(ctx, anna, maria, "Sara Nilsson", 1990, 5, 30, 994, konto(slump));
        long solglantan = ctx.mottagarService().registrera(anna, "Fastighets AB Solgläntan", Optional.empty(),
                Optional.of(Organisationsnummer.parse("556036-0793")), Bankgiro.parse("5050-1055"));
        ctx.mottagarService().godkann(maria, solglantan);
        ctx.mottagarService().registrera(omar, "Elbolaget Norr AB", Optional.empty(),
                Optional.of(Organisationsnummer.parse("556677-889" + Kontrollsiffra.luhn("556677889"))),
                Bankgiro.parse("5555-555" + Kontrollsiffra.luhn("5555555")));

        LocalDate imorgon = idag.plusDays(1);
        LocalDate om2 = idag.plusDays(2);
        // Tomorrow's list: attested, sampled, reviewed; ready for two signatures.
        long a = lamna(ctx, anna, 11, "2026-0411 Karin Ek", Beslutstyp.FORSORJNINGSSTOD, 9_800, imorgon, karinEk);
        long b = lamna(ctx, omar, 12, "2026-0388 Fastighets AB Solgläntan (hyra)", Beslutstyp.FORSORJNINGSSTOD, 6_900,
                imorgon, solglantan);
        long c = lamna(ctx, anna, 13, "2026-0402 Sara Nilsson", Beslutstyp.FORSORJNINGSSTOD, 5_400, imorgon, sara);
        ctx.attestService().attestera(erik, a);
        ctx.attestService().attestera(maria, b);
        ctx.attestService().attestera(erik, c);
        long listaId = ctx.utbetalningService().listor(karin).get(0).id();
        UtbetalningService.Listvy vy = ctx.utbetalningService().draStickprov(karin, listaId);
        for (Utbetalningsrad r : vy.lista().rader()) {
            if (r.iStickprov()) {
                ctx.utbetalningService().markeraGranskad(karin, listaId, r.id());
            }
        }
        // Waiting for attest, from several handläggare; the Flen pattern among them.
        lamna(ctx, anna, 14, "2026-0415 Lina Berg", Beslutstyp.FORSORJNINGSSTOD, 7_400, om2, lina);
        lamna(ctx, omar, 15, "2026-0397 Mikael Sund", Beslutstyp.FORSORJNINGSSTOD, 8_900, om2, mikael);
        lamna(ctx, omar, 16, "2026-0420 Peter Lund", Beslutstyp.FORSORJNINGSSTOD, 6_200, om2, peter);
        lamna(ctx, erik, 11, "2026-0411 Karin Ek (glasögon)", Beslutstyp.LIVSFORING_I_OVRIGT, 2_300, om2, karinEk);
        // Above the handläggare's delegation (5 000 kr): a proposal to the enhetschef.
        lamna(ctx, anna, 11, "2026-0411 Karin Ek (tandvård)", Beslutstyp.LIVSFORING_I_OVRIGT, 12_000, om2, karinEk);
    }

    private long lamna(AppContext ctx, Aktor vem, long hushall, String text, Beslutstyp typ, long kronor,
                       LocalDate datum, long mottagare) {
        Money belopp = Money.ofKronor(kronor);
        AttestBeslut.Berakningssammanfattning ber = typ == Beslutstyp.FORSORJNINGSSTOD
                ? new AttestBeslut.Berakningssammanfattning(Money.ofKronor(kronor - 2_000 + 1_200),
                Money.ofKronor(2_000), Money.ofKronor(1_200))
                : new AttestBeslut.Berakningssammanfattning(Money.ZERO, belopp, Money.ZERO);
        return ctx.attestService().lamnaForAttest(vem, new NyttBeslutForAttest(nastaBeslut++, Optional.of(hushall), text,
                hushall, typ, belopp, ber, datum, mottagare)).id();
    }

    private static long person(AppContext ctx, Aktor registrerar, Aktor godkanner, String namn, int ar, int man, int dag,
                               int serie, Kontouppgift konto) {
        long id = ctx.mottagarService().registrera(registrerar, namn,
                Optional.of(Personnummer.av(LocalDate.of(ar, man, dag), serie, false)), Optional.empty(), konto);
        ctx.mottagarService().godkann(godkanner, id);
        return id;
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
