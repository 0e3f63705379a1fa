package se.bistand.app.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.app.AppContext;
import se.bistand.domain.arende.Ansokningstyp;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.Hushallsroll;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * Random households of many shapes with a few months of history, for the demo and for load
 * ({@code admin demo seed --hushall 20000}, {@code ArendeBenchmark}). Deterministic from the seed.
 */
public final class ArendeGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(ArendeGenerator.class);
    private static final int PER_TRANSAKTION = 500;

    private final Hushallsbyggare b;
    private final List<AnvandareId> handlaggare = new ArrayList<>();
    private final List<String> namn = new ArrayList<>();

    ArendeGenerator(Hushallsbyggare b, List<Anvandare> anvandare) {
        this.b = b;
        for (String a : List.of("anna", "omar", "erik")) {
            anvandare.stream().filter(x -> x.anvandarnamn().equals(a)).findFirst().ifPresent(x -> {
                handlaggare.add(x.id());
                namn.add(x.namn());
            });
        }
    }

    /** Adds {@code antal} households to a database that has the demo users, in batches of 500 per transaction. */
    public static void generera(AppContext ctx, int antal, long seed) {
        Random slump = new Random(seed);
        Aktor system = Aktor.system("demo");
        List<Anvandare> anv = ctx.tx().iTransaktion(() -> ctx.anvandarRepository().alla());
        ArendeGenerator g = new ArendeGenerator(new Hushallsbyggare(ctx, slump), anv);
        long start = System.nanoTime();
        for (int klara = 0; klara < antal; klara += PER_TRANSAKTION) {
            int n = Math.min(PER_TRANSAKTION, antal - klara);
            ctx.tx().kor(() -> g.generera(n));
            if ((klara / PER_TRANSAKTION) % 10 == 9) {
                LOG.info("{} hushåll skapade", klara + n);
            }
        }
        ctx.tx().kor(() -> ctx.audit().registrera(NyAuditHandelse.av(system, "DEMO_HUSHALL_GENERERADE", "arende", null,
                null, "antal=" + antal + "; seed=" + seed)));
        LOG.info("{} hushåll skapade på {} s", antal, (System.nanoTime() - start) / 1_000_000_000L);
    }

    void generera(int antal) {
        for (int i = 0; i < antal; i++) {
            ettHushall();
        }
    }

    private void ettHushall() {
        Random s = b.slump;
        LocalDate idag = b.idag;
        boolean kvinna = s.nextBoolean();
        String efternamn = b.valj(Hushallsbyggare.EFTERNAMN);
        var sokande = b.person(b.valj(kvinna ? Hushallsbyggare.FORNAMN_K : Hushallsbyggare.FORNAMN_M), efternamn,
                b.fodd(19, 70), s.nextInt(200) == 0, s.nextInt(40) == 0);
        int hv = s.nextInt(handlaggare.size() * 10 + 2);
        AnvandareId handl = hv < handlaggare.size() * 10 ? handlaggare.get(hv % handlaggare.size()) : null;
        String av = handl == null ? "Maria Holm" : namn.get(hv % namn.size());
        int manader = s.nextInt(12);
        LocalDate aktualiserad = manader == 0 ? idag.minusDays(s.nextInt(20)) : idag.minusMonths(manader).minusDays(s.nextInt(25));
        var fall = b.fall(sokande, aktualiserad, handl);
        int form = s.nextInt(10);
        boolean barn = false;
        if (form >= 4) {
            fall.medlem(b.person(b.valj(kvinna ? Hushallsbyggare.FORNAMN_M : Hushallsbyggare.FORNAMN_K), efternamn,
                    b.fodd(19, 70), false, false), Hushallsroll.MEDSOKANDE, aktualiserad, null);
        }
        if (form >= 3) {
            int antalBarn = form == 9 ? 3 + s.nextInt(4) : s.nextInt(3);
            for (int i = 0; i < antalBarn; i++) {
                fall.medlem(b.person(b.valj(s.nextBoolean() ? Hushallsbyggare.FORNAMN_K : Hushallsbyggare.FORNAMN_M),
                        efternamn, b.fodd(0, 17), false, false), Hushallsroll.BARN, aktualiserad, null);
                barn = true;
            }
        }
        if (form == 2) {
            fall.medlem(b.person(b.valj(Hushallsbyggare.FORNAMN_M), efternamn, b.fodd(19, 24), false, false),
                    Hushallsroll.OVRIG_VUXEN, aktualiserad, null);
        }
        if (manader == 0) {
            fall.status(s.nextBoolean() ? ArendeStatus.AKTUALISERAD : ArendeStatus.NYBESOK_BOKAT, null);
            return;
        }
        fall.historik(aktualiserad, manader, av, barn, s.nextInt(8) == 0);
        if (s.nextInt(4) == 0) {
            fall.ansokan(Ansokningstyp.ATERANSOKAN, b.valj(List.of(Kanal.values())), YearMonth.from(idag).plusMonths(1),
                    idag.minusDays(s.nextInt(10)), av, s.nextInt(3)).status(ArendeStatus.UTREDNING, aktualiserad.plusDays(8));
        } else if (s.nextInt(15) == 0) {
            fall.status(ArendeStatus.AVSLUTAD, aktualiserad.plusDays(8));
        }
    }
}
