package se.bistand.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.app.AppContext;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.installation.Installation;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * Deterministic demo data (same seed, same data): one user per role plus a second handläggare,
 * and — contributed by each feature — people, households, cases and history. All people are
 * fictitious, with personnummer in Skatteverket's test serial range 980–999.
 */
public final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    public static final long STANDARD_SEED = 20261123L;

    /** Demo users, shown with their passwords on the sign-in screen of a demo installation only. */
    public record DemoAnvandare(String anvandarnamn, String namn, Roll roll, String losenord, LocalDate fodd,
                                int serienummer) {
        public Personnummer personnummer() {
            return Personnummer.av(fodd, serienummer, false);
        }
    }

    public static final List<DemoAnvandare> ANVANDARE = List.of(
            new DemoAnvandare("anna", "Anna Lind", Roll.HANDLAGGARE, "demo-anna-26", LocalDate.of(1988, 3, 14), 981),
            new DemoAnvandare("omar", "Omar Haddad", Roll.HANDLAGGARE, "demo-omar-26", LocalDate.of(1991, 9, 2), 983),
            new DemoAnvandare("erik", "Erik Sandberg", Roll.SOCIALSEKRETERARE, "demo-erik-26", LocalDate.of(1979, 11, 30), 985),
            new DemoAnvandare("maria", "Maria Holm", Roll.GRUPPLEDARE, "demo-maria-26", LocalDate.of(1975, 6, 21), 982),
            new DemoAnvandare("karin", "Karin Berg", Roll.ENHETSCHEF, "demo-karin-26", LocalDate.of(1970, 1, 8), 984),
            new DemoAnvandare("lars", "Lars Ekström", Roll.AVDELNINGSCHEF, "demo-lars-26", LocalDate.of(1966, 4, 17), 987),
            new DemoAnvandare("sofia", "Sofia Nyberg", Roll.SYSTEMFORVALTARE, "demo-sofia-26", LocalDate.of(1984, 8, 5), 986),
            new DemoAnvandare("johan", "Johan Ali", Roll.EKONOMIADMINISTRATOR, "demo-johan-26", LocalDate.of(1982, 12, 12), 989),
            new DemoAnvandare("eva", "Eva Strand", Roll.REVISOR, "demo-eva-26", LocalDate.of(1961, 2, 27), 988));

    private DemoData() {
    }

    /**
     * Empties a demo database and fills it with the initial demo data again ({@code admin
     * demo-reset}). Refuses any database that is not marked as a demo installation.
     */
    public static void aterstall(AppContext ctx, long seed) {
        ctx.drift().aterstallDemo(() -> seed(ctx, seed));
    }

    /** True when the database has no users at all (a fresh installation). */
    public static boolean arTom(AppContext ctx) {
        return ctx.arTom();
    }

    /**
     * Seeds the demo data into an empty database and marks it as a demo installation. Refuses a
     * database that already holds real (non-demo) data.
     */
    public static void seed(AppContext ctx, long seed) {
        boolean demo = ctx.arDemo();
        if (!arTom(ctx)) {
            if (!demo) {
                throw new DomainException("demo.inteTomDatabas");
            }
            throw new DomainException("demo.redanSeedad");
        }
        Aktor system = Aktor.system("demo");
        ctx.tx().kor(() -> {
            ctx.installation().satt(Installation.DEMO, "true");
            ctx.audit().registrera(NyAuditHandelse.av(system, "DEMO_SEEDAD", "installation", null, null,
                    "seed=" + seed));
        });
        for (DemoAnvandare d : ANVANDARE) {
            ctx.anvandarService().skapa(system, d.anvandarnamn(), d.namn(), d.roll(), Optional.of(d.personnummer()),
                    d.losenord().toCharArray());
        }
        Random slump = new Random(seed);
        for (DemoBidrag bidrag : DemoBidrag.alla()) {
            bidrag.seed(ctx, system, slump);
        }
        LOG.info("Demodata skapad (seed {})", seed);
    }

    /** A feature's contribution to the demo data; run in order after the users exist. */
    public interface DemoBidrag {
        void seed(AppContext ctx, Aktor system, Random slump);

        static List<DemoBidrag> alla() {
            return List.of(
                    new ArendeDemo(),
                    // the demo norm table (2026, demo=true): stored now that the installation is a demo one
                    (ctx, system, slump) -> ctx.lagraLevereradeNormtabeller(),
                    new AttestDemo(),
                    new AvvikelseDemo());
        }
    }
}
