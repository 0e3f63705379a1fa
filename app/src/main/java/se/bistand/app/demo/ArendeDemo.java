package se.bistand.app.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import se.bistand.app.AppContext;
import se.bistand.domain.arende.Ansokningstyp;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.Hushallsroll;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.arende.Uppfoljningstyp;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * The case workspace's demo storyline: households of many shapes (single, couple with children,
 * adult child at home, 8 persons), one with skyddad identitet, an overdue handlingsplan, an
 * incomplete checklist, cases for anna and omar, unassigned ones, a few months of history.
 */
public final class ArendeDemo implements DemoData.DemoBidrag {

    /** Extra random households beside the storyline, so that the lists look like a working day. */
    static final int EXTRA_HUSHALL = 14;

    @Override
    public void seed(AppContext ctx, Aktor system, Random slump) {
        ctx.tx().kor(() -> {
            List<Anvandare> alla = ctx.anvandarRepository().alla();
            Map<String, AnvandareId> anv = alla.stream().collect(Collectors.toMap(Anvandare::anvandarnamn, Anvandare::id));
            Hushallsbyggare b = new Hushallsbyggare(ctx, slump);
            LocalDate idag = b.idag;
            AnvandareId anna = anv.get("anna");
            AnvandareId omar = anv.get("omar");
            String annaNamn = "Anna Lind";
            String omarNamn = "Omar Haddad";

            // Couple with two children (3 and 8); återansökan whose checklist is not done yet.
            LocalDate ak1 = idag.minusMonths(5).withDayOfMonth(4);
            PersonId karin = b.person("Karin", "Ek", LocalDate.of(1985, 4, 12), false, false);
            var ek = b.fall(karin, ak1, anna)
                    .medlem(b.person("Per", "Ek", LocalDate.of(1983, 9, 2), false, false), Hushallsroll.MEDSOKANDE, ak1, null)
                    .medlem(b.person("Elsa", "Ek", idag.minusYears(8).minusDays(40), false, false), Hushallsroll.BARN, ak1, null)
                    .medlem(b.person("Alve", "Ek", idag.minusYears(3).minusDays(100), false, false), Hushallsroll.BARN, ak1, null)
                    .historik(ak1, 6, annaNamn, true, false);
            ek.ansokan(Ansokningstyp.ATERANSOKAN, Kanal.DIGITAL, YearMonth.from(idag).plusMonths(1), idag.minusDays(3),
                    annaNamn, 3).status(ArendeStatus.UTREDNING, ak1.plusDays(8));
            ek.journal(idag.minusDays(2), "Återansökan inkommen digitalt. Kontoutdrag saknas för november; begärt komplettering.",
                    annaNamn);

            // Single man, handlingsplan overdue.
            LocalDate ak2 = idag.minusMonths(9).withDayOfMonth(12);
            b.fall(b.person("Johan", "Lindqvist", LocalDate.of(1979, 2, 17), false, false), ak2, anna)
                    .historik(ak2, 9, annaNamn, false, true);

            // Eight persons: couple and six children; förmedlingsmedel under review, overdue.
            LocalDate ak3 = idag.minusMonths(8).withDayOfMonth(2);
            var ali = b.fall(b.person("Fatima", "Ali", LocalDate.of(1984, 6, 30), false, false), ak3, omar)
                    .medlem(b.person("Ahmed", "Ali", LocalDate.of(1980, 1, 15), false, false), Hushallsroll.MEDSOKANDE, ak3, null);
            for (int i = 0; i < 6; i++) {
                ali.medlem(b.person(b.valj(i % 2 == 0 ? Hushallsbyggare.FORNAMN_K : Hushallsbyggare.FORNAMN_M), "Ali",
                        idag.minusYears(2 + i * 3L).minusDays(30L * i), false, false), Hushallsroll.BARN, ak3, null);
            }
            ali.historik(ak3, 8, omarNamn, true, false)
                    .uppfoljning(Uppfoljningstyp.FORMEDLINGSMEDEL_START, idag.minusMonths(7), idag.minusMonths(1),
                            "Hyran betalas direkt till hyresvärden efter överenskommelse.", omarNamn);

            // Skyddad identitet.
            LocalDate ak4 = idag.minusMonths(3).withDayOfMonth(20);
            b.fall(b.person("Lina", "Berg", LocalDate.of(1991, 11, 5), true, false), ak4, anna)
                    .medlem(b.person("Leo", "Berg", idag.minusYears(6).minusDays(12), true, false), Hushallsroll.BARN, ak4, null)
                    .historik(ak4, 3, annaNamn, true, false);

            // Mother with an adult son at home; application waiting for a decision for more than 14 days.
            LocalDate ak5 = idag.minusMonths(2).withDayOfMonth(1);
            var sv = b.fall(b.person("Maja", "Svensson", LocalDate.of(1968, 3, 3), false, true), ak5, omar)
                    .medlem(b.person("Oscar", "Svensson", idag.minusYears(22).minusDays(80), false, false),
                            Hushallsroll.OVRIG_VUXEN, ak5, null)
                    .journal(ak5, "Aktualisering på plats i receptionen.", omarNamn)
                    .uppfoljning(Uppfoljningstyp.FREDA, ak5.plusDays(9), ak5.plusDays(9).plusMonths(6),
                            "FREDA vid nybesök; inget framkom.", omarNamn)
                    .status(ArendeStatus.NYBESOK_GENOMFORT, ak5.plusDays(9));
            sv.ansokan(Ansokningstyp.NY, Kanal.PAPPER, YearMonth.from(idag), idag.minusDays(19), omarNamn, 0)
                    .status(ArendeStatus.UTREDNING, ak5.plusDays(9));

            // Mother whose child moved out in the summer (household history); FREDA overdue.
            LocalDate ak6 = idag.minusMonths(11).withDayOfMonth(8);
            b.fall(b.person("Eva", "Karlsson", LocalDate.of(1975, 7, 19), false, false), ak6, anna)
                    .medlem(b.person("Tove", "Karlsson", idag.minusYears(19).minusDays(20), false, false), Hushallsroll.BARN,
                            ak6, idag.minusMonths(4).withDayOfMonth(30))
                    .historik(ak6, 11, annaNamn, true, false);

            // Reserve number, nybesök booked.
            b.fall(b.reservperson("Yusuf", "Ahmadi", LocalDate.of(1996, 1, 1), "Nyanländ; väntar på samordningsnummer"),
                    idag.minusDays(6), omar)
                    .journal(idag.minusDays(6), "Kom till receptionen med tolk. Nybesök bokat.", omarNamn)
                    .status(ArendeStatus.NYBESOK_BOKAT, null);

            // Unassigned: one waiting too long for nybesök, one fresh.
            b.fall(b.person("Nils", "Holm", LocalDate.of(1958, 10, 10), false, false), idag.minusDays(20), null)
                    .journal(idag.minusDays(20), "Ansökan om nybesök via e-tjänsten.", "Maria Holm");
            b.fall(b.person("Sara", "Nilsson", LocalDate.of(2001, 5, 23), false, false), idag.minusDays(3), null);

            // A closed case.
            LocalDate ak7 = idag.minusMonths(10);
            b.fall(b.person("Bertil", "Ström", LocalDate.of(1962, 12, 1), false, false), ak7, anna)
                    .historik(ak7, 6, annaNamn, false, false).status(ArendeStatus.AVSLUTAD, ak7.plusDays(10));

            new ArendeGenerator(b, alla).generera(EXTRA_HUSHALL);
            ctx.audit().registrera(NyAuditHandelse.av(system, "DEMO_ARENDEN", "arende", null, null,
                    "berattelse=10; extra=" + EXTRA_HUSHALL));
        });
    }
}
