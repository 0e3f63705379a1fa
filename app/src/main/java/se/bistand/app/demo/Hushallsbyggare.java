package se.bistand.app.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.bistand.app.AppContext;
import se.bistand.domain.arende.Adress;
import se.bistand.domain.arende.Ansokningstyp;
import se.bistand.domain.arende.Arende;
import se.bistand.domain.arende.ArendeRepository;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.Checklistpost;
import se.bistand.domain.arende.Hushallsroll;
import se.bistand.domain.arende.Identitetstyp;
import se.bistand.domain.arende.Journalanteckning;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.arende.Kontrollpunkt;
import se.bistand.domain.arende.Kontrollstatus;
import se.bistand.domain.arende.Person;
import se.bistand.domain.arende.PersonRepository;
import se.bistand.domain.arende.Uppfoljning;
import se.bistand.domain.arende.Uppfoljningstyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Personnummer;

/**
 * Writes demo households with a history (dates in the past) straight through the repository ports,
 * inside the caller's transaction. Deterministic from the {@link Random}; fictitious people with
 * personnummer in the test serial range 980–999.
 */
final class Hushallsbyggare {

    static final List<String> FORNAMN_K = List.of("Karin", "Lina", "Maja", "Fatima", "Sara", "Eva", "Amina", "Ebba",
            "Elin", "Hanna", "Sofia", "Leila", "Ingrid", "Nour", "Jenny", "Ida", "Zeynep", "Agnes", "Malin", "Linnea");
    static final List<String> FORNAMN_M = List.of("Per", "Johan", "Ahmed", "Nils", "Oscar", "Ali", "Erik", "Mikael",
            "Yusuf", "Anders", "Jonas", "Omid", "Karl", "Daniel", "Hassan", "Viktor", "Emil", "Samir", "Olle", "Lars");
    static final List<String> EFTERNAMN = List.of("Ek", "Lindqvist", "Ali", "Berg", "Svensson", "Holm", "Nilsson",
            "Hassan", "Karlsson", "Ström", "Johansson", "Andersson", "Mohammed", "Larsson", "Olsson", "Persson",
            "Yilmaz", "Gustafsson", "Ahmadi", "Lundberg", "Sandström", "Jakobsson", "Öberg", "Åberg", "Hussein");
    static final List<String> GATOR = List.of("Storgatan", "Drottninggatan", "Bruksgatan", "Parkvägen", "Skolgatan",
            "Ängsvägen", "Järnvägsgatan", "Kyrkogatan", "Björkvägen", "Tallstigen");

    final AppContext ctx;
    final Random slump;
    final LocalDate idag;
    private final PersonRepository personer;
    private final ArendeRepository arenden;
    private final Set<String> tagna = new HashSet<>();

    Hushallsbyggare(AppContext ctx, Random slump) {
        this.ctx = ctx;
        this.slump = slump;
        this.idag = LocalDate.now(ctx.klocka());
        this.personer = ctx.personRepository();
        this.arenden = ctx.arendeRepository();
    }

    <T> T valj(List<T> l) {
        return l.get(slump.nextInt(l.size()));
    }

    LocalDate fodd(int minAr, int maxAr) {
        LocalDate fran = idag.minusYears(maxAr);
        long dagar = java.time.temporal.ChronoUnit.DAYS.between(fran, idag.minusYears(minAr));
        return fran.plusDays(slump.nextInt((int) Math.max(1, dagar)));
    }

    Adress adress() {
        return new Adress(valj(GATOR) + " " + (1 + slump.nextInt(60)), "642 " + (30 + slump.nextInt(40)), "Flen");
    }

    PersonId person(String fornamn, String efternamn, LocalDate fodd, boolean skyddad, boolean hot) {
        Personnummer pnr = null;
        for (int forsok = 0; pnr == null; forsok++) {
            LocalDate d = forsok < 40 ? fodd : fodd.plusDays(forsok);
            Personnummer p = Personnummer.av(d, 980 + slump.nextInt(20), false);
            if (tagna.add(p.tolvSiffror()) && personer.hittaIdentitet(p.tolvSiffror()).isEmpty()) {
                pnr = p;
            }
        }
        String tel = "070-" + (100 + slump.nextInt(900)) + " " + (10 + slump.nextInt(90)) + " " + (10 + slump.nextInt(90));
        return personer.skapa(new Person(null, Identitetstyp.PERSONNUMMER, pnr.tolvSiffror(), null, fornamn, efternamn,
                pnr.fodelsedatum(), adress(), tel, fornamn.toLowerCase().replace("å", "a").replace("ä", "a")
                .replace("ö", "o") + "@exempel.se", skyddad, hot, 0));
    }

    PersonId reservperson(String fornamn, String efternamn, LocalDate fodd, String skal) {
        return personer.skapa(new Person(null, Identitetstyp.RESERVNUMMER, personer.nastaReservnummer(fodd), skal,
                fornamn, efternamn, fodd, Adress.TOM, "", "", false, false, 0));
    }

    /** A case with its sökande from {@code aktualiserad}. */
    Fall fall(PersonId sokande, LocalDate aktualiserad, AnvandareId handlaggare) {
        String nummer = arenden.nastaNummer(aktualiserad.getYear());
        ArendeId id = arenden.skapa(nummer, sokande, aktualiserad, handlaggare);
        arenden.laggTillMedlem(id, sokande, Hushallsroll.SOKANDE, aktualiserad);
        return new Fall(id);
    }

    /** Builds one case's history. */
    final class Fall {
        final ArendeId id;

        Fall(ArendeId id) {
            this.id = id;
        }

        Fall medlem(PersonId p, Hushallsroll roll, LocalDate fran, LocalDate till) {
            long m = arenden.laggTillMedlem(id, p, roll, fran);
            if (till != null) {
                arenden.avslutaMedlem(m, till);
            }
            return this;
        }

        Fall status(ArendeStatus s, LocalDate nybesok) {
            Arende a = arenden.hitta(id).orElseThrow();
            arenden.uppdatera(new Arende(a.id(), a.nummer(), a.sokandeId(), s, a.handlaggare(), a.aktualiserad(),
                    nybesok, s == ArendeStatus.AVSLUTAD ? idag.minusDays(10) : null, a.version()));
            return this;
        }

        /** An application; {@code oppna} checklist items are left unchecked (the rest checked by {@code av}). */
        Fall ansokan(Ansokningstyp typ, Kanal kanal, YearMonth manad, LocalDate inkommen, String av, int oppna) {
            List<Kontrollpunkt> lista = typ.checklista();
            long aid = arenden.laggTillAnsokan(id, typ, kanal, manad, inkommen, av, lista);
            for (int i = 0; i < lista.size() - oppna; i++) {
                Kontrollpunkt k = lista.get(i);
                boolean undantag = k == Kontrollpunkt.LAKARINTYG || k == Kontrollpunkt.NARVAROLISTOR;
                arenden.markera(new Checklistpost(aid, k, undantag ? Kontrollstatus.UNDANTAGEN : Kontrollstatus.KONTROLLERAD,
                        inkommen.plusDays(2), av, undantag ? "Inte aktuellt denna månad" : null));
            }
            return this;
        }

        Fall journal(LocalDate datum, String text, String av) {
            arenden.laggTillJournal(new Journalanteckning(0, id, datum,
                    datum.atTime(14, 30).atZone(ctx.klocka().getZone()).toInstant(), av, text, null));
            return this;
        }

        Fall uppfoljning(Uppfoljningstyp typ, LocalDate datum, LocalDate nasta, String text, String av) {
            arenden.laggTillUppfoljning(new Uppfoljning(0, id, typ, datum, nasta, text, av));
            return this;
        }

        /** The usual history of a case in monthly återansökan: nybesök, first application, FREDA, plan. */
        Fall historik(LocalDate aktualiserad, int manader, String av, boolean barn, boolean planForsenad) {
            LocalDate nybesok = aktualiserad.plusDays(6 + slump.nextInt(6));
            journal(aktualiserad, "Aktualisering via telefon. Nybesök bokat " + nybesok + ".", av);
            journal(nybesok, "Nybesök genomfört. Gick igenom inkomster, boende och planering framåt.", av);
            uppfoljning(Uppfoljningstyp.FREDA, nybesok, nybesok.plusMonths(6), "FREDA-kortfrågor ställda; inget framkom.",
                    av);
            YearMonth forsta = YearMonth.from(nybesok);
            for (int i = 0; i < manader; i++) {
                LocalDate inkommen = forsta.plusMonths(i).atDay(Math.min(20, 3 + slump.nextInt(10)));
                if (inkommen.isAfter(idag)) {
                    break;
                }
                ansokan(i == 0 ? Ansokningstyp.NY : Ansokningstyp.ATERANSOKAN, valj(List.of(Kanal.values())),
                        forsta.plusMonths(i), inkommen, av, 0);
            }
            if (nybesok.isBefore(idag.minusMonths(5))) {
                LocalDate freda = idag.minusDays(slump.nextInt(90));
                uppfoljning(Uppfoljningstyp.FREDA, freda, freda.plusMonths(6), "FREDA följd upp; inget nytt framkom.", av);
            }
            LocalDate tidig = nybesok.plusDays(7);
            LocalDate sen = idag.minusDays(slump.nextInt(60));
            LocalDate plan = planForsenad ? idag.minusMonths(4) : sen.isAfter(tidig) ? sen : tidig;
            uppfoljning(Uppfoljningstyp.HANDLINGSPLAN, plan, plan.plusMonths(3),
                    "Mål: egen försörjning. Aktivt arbetssökande via Arbetsförmedlingen, SFI två dagar i veckan.", av);
            if (barn) {
                uppfoljning(Uppfoljningstyp.BARNKONSEKVENSANALYS, nybesok.plusDays(3), null,
                        "Barnens behov av trygg boendesituation och fritidsaktiviteter har vägts in.", av);
            }
            return status(ArendeStatus.UPPFOLJNING, nybesok);
        }
    }
}
