package se.bistand.app.berakning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bistand.app.Meddelanden;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.berakning.InkomstRad;
import se.bistand.domain.berakning.Kostnad;
import se.bistand.domain.berakning.NormPost;
import se.bistand.domain.berakning.NormRad;
import se.bistand.domain.berakning.Roll;
import se.bistand.domain.gemensam.Money;

/**
 * The human-readable specification of one calculation: every line and every intermediate sum,
 * in Swedish, with the amounts as {@link Money} values. The one place that decides how a
 * calculation is spelt out, used by {@code admin calc --explain}, the calculator screen's
 * summary and the decision letter, so all three show the same numbers the same way.
 */
public final class Berakningsspecifikation {

    /** How a line is shown: a group heading, a detail line, a sub-line, or a sum. */
    public enum Niva {
        RUBRIK, RAD, UNDERRAD, SUMMA, RESULTAT
    }

    /** One line; {@code belopp} is empty for headings. */
    public record Rad(Niva niva, String text, Optional<Money> belopp) {
        public String formateratBelopp() {
            return belopp.map(Money::format).orElse("");
        }
    }

    private Berakningsspecifikation() {
    }

    /**
     * The lines of {@code r}. {@code roller} are the members' roles in underlag order (for
     * naming whose line it is); {@code jobbstimulansTom} the last month of the jobbstimulans
     * window, when known, shown on the disregard line.
     */
    public static List<Rad> rader(BerakningsResultat r, List<Roll> roller, Optional<YearMonth> jobbstimulansTom) {
        List<Rad> rader = new ArrayList<>();
        rader.add(rubrik("spec.norm", r.normAr()));
        for (NormRad n : r.normrader()) {
            rader.add(rad(Niva.RAD, normtext(n), n.tabellbelopp()));
            if (!n.justering().isZero()) {
                rader.add(rad(Niva.UNDERRAD, Meddelanden.t(n.justering().isNegative() ? "spec.reducerad" : "spec.hojd",
                        String.join("; ", n.justeringsskal())), n.justering()));
            }
        }
        if (r.personerIHushallet() > r.personerIArendet()) {
            rader.add(rad(Niva.RAD, Meddelanden.t("spec.gemensammaAndel", r.personerIHushallet(),
                    r.gemensammaForHushallet().format(), r.personerIArendet()), r.gemensamma()));
        } else {
            rader.add(rad(Niva.RAD, Meddelanden.t("spec.gemensamma", r.personerIHushallet()), r.gemensamma()));
        }
        rader.add(rad(Niva.SUMMA, Meddelanden.t("spec.summaNorm"), r.norm()));

        rader.add(rubrik("spec.kostnader"));
        for (Kostnad k : r.kostnadsrader()) {
            rader.add(rad(Niva.RAD, Meddelanden.t("kostnadstyp." + k.typ().kod()), k.belopp()));
        }
        rader.add(rad(Niva.SUMMA, Meddelanden.t("spec.summaKostnader"), r.kostnader()));
        rader.add(rad(Niva.SUMMA, Meddelanden.t("spec.behov"), r.behov()));

        rader.add(rubrik("spec.inkomster"));
        for (InkomstRad i : r.inkomstrader()) {
            rader.add(rad(Niva.RAD, Meddelanden.t("spec.inkomst", Meddelanden.t("inkomsttyp." + i.inkomst().typ().kod()),
                    medlem(i.inkomst().medlem(), roller)), i.inkomst().belopp()));
            if (!i.bortsettJobbstimulans().isZero()) {
                rader.add(rad(Niva.UNDERRAD, jobbstimulanstext(jobbstimulansTom), i.bortsettJobbstimulans().negate()));
            }
            if (!i.bortsettBarn().isZero()) {
                rader.add(rad(Niva.UNDERRAD, Meddelanden.t("spec.barnsInkomst"), i.bortsettBarn().negate()));
            }
        }
        rader.add(rad(Niva.SUMMA, Meddelanden.t("spec.summaInkomster"), r.inkomster()));
        if (!r.bortsett().isZero()) {
            rader.add(rad(Niva.SUMMA, Meddelanden.t("spec.bortsett"), r.bortsett().negate()));
        }
        rader.add(rad(Niva.SUMMA, Meddelanden.t("spec.raknadInkomst"), r.raknadInkomst()));
        rader.add(rad(Niva.RESULTAT, Meddelanden.t("spec.belopp"), r.belopp()));
        if (r.normoverskott().isPositive()) {
            rader.add(rad(Niva.RESULTAT, Meddelanden.t("spec.normoverskott"), r.normoverskott()));
        }
        return rader;
    }

    /** The lines as plain text, one per line, amounts right-aligned (for {@code --explain}). */
    public static String somText(List<Rad> rader, String normtabellRad) {
        StringBuilder sb = new StringBuilder(normtabellRad).append('\n');
        for (Rad r : rader) {
            String indrag = switch (r.niva()) {
                case RUBRIK -> "\n";
                case RAD -> "  ";
                case UNDERRAD -> "      ";
                case SUMMA, RESULTAT -> "= ";
            };
            String text = indrag + r.text();
            sb.append(r.belopp().isEmpty() ? text : String.format("%-58s %16s", text, r.formateratBelopp()))
                    .append('\n');
        }
        return sb.toString().replace('\u00a0', ' ');
    }

    /** "Riksnorm 2021 (riksnorm-2021 v1)", with the DEMO label for a demo table. */
    public static String normtabellText(BerakningsResultat r) {
        return Meddelanden.t("spec.normtabell", Integer.toString(r.normAr()), r.normtabellId(), r.normtabellVersion())
                + (r.normtabellDemo() ? " · " + Meddelanden.t("normtabeller.demoEtikett") : "");
    }

    /** "−25 % jobbstimulans, gäller t.o.m. 2027-03" (without the date when it is not known). */
    public static String jobbstimulanstext(Optional<YearMonth> tom) {
        return tom.map(m -> Meddelanden.t("spec.jobbstimulansTom", m.toString()))
                .orElseGet(() -> Meddelanden.t("spec.jobbstimulans"));
    }

    /** "sökande", "medsökande", "barn (person 3)". */
    public static String medlem(int index, List<Roll> roller) {
        if (index < 0 || index >= roller.size()) {
            return Meddelanden.t("spec.person", index + 1);
        }
        return Meddelanden.tFor("spec.medlem.", roller.get(index).kod(), index + 1);
    }

    private static String normtext(NormRad n) {
        if (n.post() == NormPost.SAMBOR) {
            return Meddelanden.t("spec.normSambor");
        }
        if (n.post() == NormPost.ENSAMSTAENDE) {
            return Meddelanden.t("spec.normEnsam");
        }
        return Meddelanden.t(n.ejLunch() ? "spec.normBarnEjLunch" : "spec.normBarn", n.medlemmar().get(0) + 1,
                n.alder());
    }

    private static Rad rubrik(String nyckel, Object... args) {
        return new Rad(Niva.RUBRIK, Meddelanden.t(nyckel, args), Optional.empty());
    }

    private static Rad rad(Niva niva, String text, Money belopp) {
        return new Rad(niva, text, Optional.of(belopp));
    }
}
