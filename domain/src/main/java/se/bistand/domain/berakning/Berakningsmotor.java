package se.bistand.domain.berakning;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

/**
 * The försörjningsstöd calculator: riksnorm + skäliga kostnader − counted income. Pure and
 * deterministic: no clock, no I/O, no state; the same input always gives the same result.
 * The rules are those of {@code shared/reference/riksnorm.md}.
 *
 * <p>Every refusal is a {@link DomainException} whose field is the path of the offending
 * input in the {@code admin calc} exchange format ({@code month}, {@code householdSize},
 * {@code members[1].birthDate}, {@code incomes[0].member}, …), with a {@code berakning.*} key.
 *
 * <p>Named rounding rules: jobbstimulans = 25 % of the lön rounded down to whole öre
 * ({@link Money#percentFloor}); a case's share of gemensamma = gemensamma(n) × m / n rounded
 * half up to whole öre ({@link Money#fractionHalfUp}). Nothing else is rounded.
 */
public final class Berakningsmotor {

    /** Share of employment income disregarded under jobbstimulans. */
    public static final int JOBBSTIMULANS_PROCENT = 25;

    private Berakningsmotor() {
    }

    /**
     * Calculates with the prisbasbelopp of the month's year ({@code prisbasbelopp}); it is
     * only used when a child has work income.
     */
    public static BerakningsResultat berakna(BerakningsUnderlag underlag, Normtabell normtabell, Money prisbasbelopp) {
        return berakna(underlag, normtabell, PrisbasbeloppTabell.of(underlag.manad().getYear(), prisbasbelopp));
    }

    /**
     * Calculates with prisbasbelopp looked up by year when needed (a child with work income);
     * a missing year is refused with {@code berakning.prisbasbeloppSaknas} only then.
     */
    public static BerakningsResultat berakna(BerakningsUnderlag underlag, Normtabell normtabell,
            PrisbasbeloppTabell prisbasbelopp) {
        YearMonth manad = underlag.manad();
        if (normtabell.ar() != manad.getYear()) {
            throw DomainException.forField("month", "berakning.normtabellFelAr", normtabell.ar(), manad.toString());
        }
        validera(underlag);
        LocalDate forstaDagen = manad.atDay(1);
        List<Hushallsmedlem> medlemmar = underlag.medlemmar();

        List<NormRad> normrader = normrader(medlemmar, forstaDagen, normtabell);
        Money personliga = summa(normrader.stream().map(NormRad::belopp).toList());

        int n = underlag.personerIHushallet();
        int m = medlemmar.size();
        Money gemensammaHela = normtabell.gemensamma(n);
        Money gemensamma = n > m ? gemensammaHela.fractionHalfUp(m, n) : gemensammaHela;
        Money norm = personliga.plus(gemensamma);

        Money kostnader = summa(underlag.kostnader().stream().map(Kostnad::belopp).toList());
        Money behov = norm.plus(kostnader);

        List<InkomstRad> inkomstrader = inkomstrader(underlag, prisbasbelopp);
        Money inkomster = summa(inkomstrader.stream().map(r -> r.inkomst().belopp()).toList());
        Money jobbstimulans = summa(inkomstrader.stream().map(InkomstRad::bortsettJobbstimulans).toList());
        Money barn = summa(inkomstrader.stream().map(InkomstRad::bortsettBarn).toList());
        Money bortsett = jobbstimulans.plus(barn);
        Money raknad = inkomster.minus(bortsett);

        return new BerakningsResultat(manad, normtabell.ar(), normtabell.id(), normtabell.version(),
                normtabell.demo(), n, m, normrader, personliga, gemensammaHela, gemensamma, norm,
                underlag.kostnader(), kostnader, behov, inkomstrader, inkomster, jobbstimulans, barn,
                bortsett, raknad, Money.max(Money.ZERO, behov.minus(raknad)),
                Money.max(Money.ZERO, raknad.minus(behov)));
    }

    /** Completed years of age on {@code dag}; 0 for a child born later in the month. */
    public static int alder(LocalDate fodelsedatum, LocalDate dag) {
        return Math.max(0, Period.between(fodelsedatum, dag).getYears());
    }

    private static void validera(BerakningsUnderlag underlag) {
        List<Hushallsmedlem> medlemmar = underlag.medlemmar();
        long sokande = medlemmar.stream().filter(x -> x.roll() == Roll.SOKANDE).count();
        long medsokande = medlemmar.stream().filter(x -> x.roll() == Roll.MEDSOKANDE).count();
        if (sokande != 1) {
            throw DomainException.forField("members", "berakning.enSokande", sokande);
        }
        if (medsokande > 1) {
            throw DomainException.forField("members", "berakning.hogstEnMedsokande", medsokande);
        }
        if (underlag.hushallsstorlek().isPresent() && underlag.hushallsstorlek().getAsInt() < medlemmar.size()) {
            throw DomainException.forField("householdSize", "berakning.hushallsstorlekForLiten",
                    underlag.hushallsstorlek().getAsInt(), medlemmar.size());
        }
        LocalDate sistaDagen = underlag.manad().atEndOfMonth();
        LocalDate forstaDagen = underlag.manad().atDay(1);
        for (int i = 0; i < medlemmar.size(); i++) {
            valideraMedlem(medlemmar.get(i), "members[" + i + "].", forstaDagen, sistaDagen);
        }
        for (int i = 0; i < underlag.kostnader().size(); i++) {
            ickeNegativ(underlag.kostnader().get(i).belopp(), "costs[" + i + "].amount");
        }
        for (int i = 0; i < underlag.inkomster().size(); i++) {
            Inkomst inkomst = underlag.inkomster().get(i);
            String falt = "incomes[" + i + "].";
            if (inkomst.medlem() < 0 || inkomst.medlem() >= medlemmar.size()) {
                throw DomainException.forField(falt + "member", "berakning.inkomstOkandMedlem",
                        inkomst.medlem(), medlemmar.size());
            }
            ickeNegativ(inkomst.belopp(), falt + "amount");
            if (inkomst.jobbstimulans() && inkomst.typ() != Inkomsttyp.LON) {
                throw DomainException.forField(falt + "jobbstimulans", "berakning.jobbstimulansEndastLon",
                        inkomst.typ().kod());
            }
            if (inkomst.jobbstimulans() && medlemmar.get(inkomst.medlem()).roll() == Roll.BARN) {
                throw DomainException.forField(falt + "jobbstimulans", "berakning.jobbstimulansEjBarn");
            }
        }
    }

    private static void valideraMedlem(Hushallsmedlem medlem, String falt, LocalDate forstaDagen,
            LocalDate sistaDagen) {
        if (medlem.fodelsedatum().isAfter(sistaDagen)) {
            throw DomainException.forField(falt + "birthDate", "berakning.foddEfterManaden",
                    medlem.fodelsedatum().toString());
        }
        int alder = alder(medlem.fodelsedatum(), forstaDagen);
        if (medlem.roll() == Roll.BARN && alder > Aldersgrupp.HOGSTA_ALDER) {
            throw DomainException.forField(falt + "birthDate", "berakning.barnForGammalt", alder);
        }
        ickeNegativ(medlem.arbetsinkomstTidigareIAr(), falt + "workIncomeEarlierThisYear");
        if (medlem.normJustering().isPresent()) {
            NormJustering j = medlem.normJustering().get();
            ickeNegativ(j.belopp(), falt + "normAdjustment.amount");
            if (j.skal().isEmpty()) {
                throw DomainException.forField(falt + "normAdjustment.reason", "berakning.justeringSkalSaknas");
            }
        }
    }

    private static void ickeNegativ(Money belopp, String falt) {
        if (belopp.isNegative()) {
            throw DomainException.forField(falt, "berakning.negativtBelopp", belopp.toPlainString());
        }
    }

    private static List<NormRad> normrader(List<Hushallsmedlem> medlemmar, LocalDate forstaDagen, Normtabell tabell) {
        List<NormRad> rader = new ArrayList<>();
        List<Integer> vuxna = new ArrayList<>();
        for (int i = 0; i < medlemmar.size(); i++) {
            if (medlemmar.get(i).arVuxen()) {
                vuxna.add(i);
            }
        }
        boolean sambor = vuxna.size() == 2;
        int sokande = vuxna.stream().filter(i -> medlemmar.get(i).roll() == Roll.SOKANDE).findFirst().orElseThrow();
        rader.add(rad(medlemmar, vuxna, sambor ? NormPost.SAMBOR : NormPost.ENSAMSTAENDE, Optional.empty(),
                alder(medlemmar.get(sokande).fodelsedatum(), forstaDagen), false,
                sambor ? tabell.sambor() : tabell.ensamstaende()));
        for (int i = 0; i < medlemmar.size(); i++) {
            Hushallsmedlem barn = medlemmar.get(i);
            if (barn.arVuxen()) {
                continue;
            }
            int alder = alder(barn.fodelsedatum(), forstaDagen);
            Aldersgrupp grupp = Aldersgrupp.forAlder(alder);
            boolean ejLunch = barn.lunchBorta() && grupp.harEjLunchVarde();
            if (ejLunch && !tabell.harEjLunchVarden()) {
                throw DomainException.forField("members[" + i + "].lunchAway", "berakning.ejLunchVardeSaknas",
                        tabell.ar());
            }
            rader.add(rad(medlemmar, List.of(i), NormPost.BARN, Optional.of(grupp), alder, ejLunch,
                    tabell.personligKostnadBarn(grupp, ejLunch)));
        }
        return rader;
    }

    private static NormRad rad(List<Hushallsmedlem> medlemmar, List<Integer> index, NormPost post,
            Optional<Aldersgrupp> grupp, int alder, boolean ejLunch, Money tabellbelopp) {
        Money justering = Money.ZERO;
        List<String> skal = new ArrayList<>();
        for (int i : index) {
            Optional<NormJustering> j = medlemmar.get(i).normJustering();
            if (j.isPresent()) {
                justering = justering.plus(j.get().andring());
                skal.add(j.get().skal());
            }
        }
        Money belopp = tabellbelopp.plus(justering);
        if (belopp.isNegative()) {
            throw DomainException.forField("members[" + index.get(0) + "].normAdjustment.amount",
                    "berakning.justeringStorreAnNorm", justering.negate().toPlainString(), tabellbelopp.toPlainString());
        }
        return new NormRad(index, post, grupp, alder, ejLunch, tabellbelopp, justering, skal, belopp);
    }

    private static List<InkomstRad> inkomstrader(BerakningsUnderlag underlag, PrisbasbeloppTabell prisbasbelopp) {
        List<InkomstRad> rader = new ArrayList<>();
        Map<Integer, Money> barnsArbetsinkomstHittills = new HashMap<>();
        for (Inkomst inkomst : underlag.inkomster()) {
            Hushallsmedlem medlem = underlag.medlemmar().get(inkomst.medlem());
            Money jobbstimulans = inkomst.jobbstimulans()
                    ? inkomst.belopp().percentFloor(JOBBSTIMULANS_PROCENT)
                    : Money.ZERO;
            Money bortsettBarn = Money.ZERO;
            if (medlem.roll() == Roll.BARN && inkomst.typ() == Inkomsttyp.LON) {
                Money pbb = prisbasbelopp.hamta(underlag.manad().getYear());
                Money fore = barnsArbetsinkomstHittills.getOrDefault(inkomst.medlem(), medlem.arbetsinkomstTidigareIAr());
                Money efter = fore.plus(inkomst.belopp());
                barnsArbetsinkomstHittills.put(inkomst.medlem(), efter);
                Money raknasBarn = overstigande(efter, pbb).minus(overstigande(fore, pbb));
                bortsettBarn = inkomst.belopp().minus(raknasBarn);
            }
            Money raknad = inkomst.belopp().minus(jobbstimulans).minus(bortsettBarn);
            rader.add(new InkomstRad(inkomst, jobbstimulans, bortsettBarn, raknad));
        }
        return rader;
    }

    /** The part of {@code belopp} above {@code grans}, or zero. */
    private static Money overstigande(Money belopp, Money grans) {
        return Money.max(Money.ZERO, belopp.minus(grans));
    }

    private static Money summa(List<Money> belopp) {
        Money s = Money.ZERO;
        for (Money b : belopp) {
            s = s.plus(b);
        }
        return s;
    }
}
