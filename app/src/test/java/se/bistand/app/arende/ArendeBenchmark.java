package se.bistand.app.arende;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.demo.ArendeGenerator;
import se.bistand.app.demo.DemoData;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.arende.Arbetsrad;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.persistence.grund.Databasanslutning;

/**
 * Measures the case workspace's lists with many households (not a test: run its {@code main}, see
 * README). Default 20 000 households in an in-memory H2; prints the median of several runs per query.
 *
 * <pre>java -cp … se.bistand.app.arende.ArendeBenchmark [hushåll]</pre>
 */
public final class ArendeBenchmark {

    private ArendeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hushall = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Properties p = new Properties();
        p.setProperty("sakerhet.pbkdf2Iterationer", "10000");
        try (AppContext ctx = AppContext.oppna(new AppKonfig(Path.of("target", "tmp"), true, p),
                Databasanslutning.minne("bench" + UUID.randomUUID().toString().replace("-", "")),
                Clock.fixed(FxTestBas.NU, AppContext.TIDSZON))) {
            long t0 = System.nanoTime();
            DemoData.seed(ctx, DemoData.STANDARD_SEED);
            ArendeGenerator.generera(ctx, hushall, 4711);
            System.out.printf("Skapade demodata + %d hushåll på %.1f s%n", hushall, (System.nanoTime() - t0) / 1e9);
            Aktor anna = aktor(ctx, "anna");
            Aktor maria = aktor(ctx, "maria");
            var lista = ctx.arendeService().arbetslista(anna);
            System.out.printf("annas arbetslista: %d ärenden, %d förfallna bevakningar%n", lista.size(),
                    lista.stream().mapToLong(Arbetsrad::antalForfallna).sum());
            var sokt = ctx.personService().sok(anna, "Karlsson");
            Arbetsrad forsta = lista.get(0);
            String pnr = forsta.sokande().identitet();
            matt("Min arbetslista (anna)", () -> ctx.arendeService().arbetslista(anna).size());
            matt("Räknare förfallna (rail badge)", () -> ctx.arendeService().antalForfallna(anna));
            matt("Fördelning (maria, en sida)", () -> ctx.arendeService().fordelning(maria).otilldelade().size());
            matt("Sök namn \"Karlsson\" (" + sokt.size() + " träffar)", () -> ctx.personService().sok(anna, "Karlsson").size());
            matt("Sök namn \"eva karl\"", () -> ctx.personService().sok(anna, "eva karl").size());
            matt("Sök personnummer " + pnr, () -> ctx.personService().sok(anna, pnr).size());
            matt("Öppna ärende (med åtkomstlogg)", () -> ctx.arendeService()
                    .oppna(anna, forsta.rad().arende().id(), Optional.empty()).journal().size());
            matt("Hushåll för månad", () -> ctx.arendeService().hushallForManad(anna, forsta.rad().arende().id(),
                    java.time.YearMonth.of(2026, 10)).size());
        }
    }

    private static Aktor aktor(AppContext ctx, String anv) {
        return ctx.tx().iTransaktion(() -> ctx.anvandarRepository().hitta(anv)).orElseThrow().somAktor();
    }

    private static void matt(String namn, Callable<Integer> arbete) throws Exception {
        long[] tider = new long[7];
        int resultat = 0;
        for (int i = 0; i < tider.length; i++) {
            long t = System.nanoTime();
            resultat = arbete.call();
            tider[i] = System.nanoTime() - t;
        }
        Arrays.sort(tider);
        System.out.printf("%-45s median %7.1f ms  (min %.1f, max %.1f; resultat %d)%n", namn, tider[3] / 1e6,
                tider[0] / 1e6, tider[tider.length - 1] / 1e6, resultat);
    }
}
