package se.bistand.domain.berakning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.bistand.domain.gemensam.Money;

/**
 * A {@link BerakningsUnderlag} as immutable text ({@value #FORMAT}), stored with a decision so
 * that the calculation can be recomputed exactly. One {@code path=value} per line, the paths
 * of the {@code admin calc} exchange format ({@code members[1].birthDate},
 * {@code incomes[0].amount} …); text values escape {@code \}, newline and carriage return.
 * Pure: {@link #las(String)} of {@link #skriv(BerakningsUnderlag)} gives an equal underlag.
 */
public final class UnderlagFormat {

    public static final String FORMAT = "bistand-berakningsunderlag/1";

    private UnderlagFormat() {
    }

    public static String skriv(BerakningsUnderlag u) {
        StringBuilder sb = new StringBuilder();
        rad(sb, "format", FORMAT);
        rad(sb, "month", u.manad().toString());
        u.hushallsstorlek().ifPresent(n -> rad(sb, "householdSize", Integer.toString(n)));
        for (int i = 0; i < u.medlemmar().size(); i++) {
            Hushallsmedlem m = u.medlemmar().get(i);
            String p = "members[" + i + "].";
            rad(sb, p + "role", m.roll().kod());
            rad(sb, p + "birthDate", m.fodelsedatum().toString());
            rad(sb, p + "lunchAway", Boolean.toString(m.lunchBorta()));
            rad(sb, p + "workIncomeEarlierThisYear", m.arbetsinkomstTidigareIAr().toPlainString());
            m.normJustering().ifPresent(j -> {
                rad(sb, p + "normAdjustment.direction", j.riktning().name());
                rad(sb, p + "normAdjustment.amount", j.belopp().toPlainString());
                rad(sb, p + "normAdjustment.reason", j.skal());
            });
        }
        for (int i = 0; i < u.kostnader().size(); i++) {
            Kostnad k = u.kostnader().get(i);
            rad(sb, "costs[" + i + "].type", k.typ().kod());
            rad(sb, "costs[" + i + "].amount", k.belopp().toPlainString());
        }
        for (int i = 0; i < u.inkomster().size(); i++) {
            Inkomst k = u.inkomster().get(i);
            String p = "incomes[" + i + "].";
            rad(sb, p + "member", Integer.toString(k.medlem()));
            rad(sb, p + "type", k.typ().kod());
            rad(sb, p + "amount", k.belopp().toPlainString());
            rad(sb, p + "jobbstimulans", Boolean.toString(k.jobbstimulans()));
        }
        return sb.toString();
    }

    public static BerakningsUnderlag las(String text) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String rad : text.split("\n")) {
            if (!rad.isEmpty()) {
                int i = rad.indexOf('=');
                v.put(rad.substring(0, i), avkoda(rad.substring(i + 1)));
            }
        }
        if (!FORMAT.equals(v.get("format"))) {
            throw new IllegalArgumentException("not " + FORMAT + ": " + v.get("format"));
        }
        List<Hushallsmedlem> medlemmar = new ArrayList<>();
        for (int i = 0; v.containsKey("members[" + i + "].role"); i++) {
            String p = "members[" + i + "].";
            Optional<NormJustering> j = v.containsKey(p + "normAdjustment.direction")
                    ? Optional.of(new NormJustering(NormJustering.Riktning.valueOf(v.get(p + "normAdjustment.direction")),
                            Money.parse(v.get(p + "normAdjustment.amount")), v.get(p + "normAdjustment.reason")))
                    : Optional.empty();
            medlemmar.add(new Hushallsmedlem(Roll.fromKod(v.get(p + "role")), LocalDate.parse(v.get(p + "birthDate")),
                    Boolean.parseBoolean(v.get(p + "lunchAway")), Money.parse(v.get(p + "workIncomeEarlierThisYear")), j));
        }
        List<Kostnad> kostnader = new ArrayList<>();
        for (int i = 0; v.containsKey("costs[" + i + "].type"); i++) {
            kostnader.add(new Kostnad(Kostnadstyp.fromKod(v.get("costs[" + i + "].type")),
                    Money.parse(v.get("costs[" + i + "].amount"))));
        }
        List<Inkomst> inkomster = new ArrayList<>();
        for (int i = 0; v.containsKey("incomes[" + i + "].type"); i++) {
            String p = "incomes[" + i + "].";
            inkomster.add(new Inkomst(Integer.parseInt(v.get(p + "member")), Inkomsttyp.fromKod(v.get(p + "type")),
                    Money.parse(v.get(p + "amount")), Boolean.parseBoolean(v.get(p + "jobbstimulans"))));
        }
        OptionalInt storlek = v.containsKey("householdSize")
                ? OptionalInt.of(Integer.parseInt(v.get("householdSize"))) : OptionalInt.empty();
        return new BerakningsUnderlag(YearMonth.parse(v.get("month")), storlek, medlemmar, kostnader, inkomster);
    }

    private static void rad(StringBuilder sb, String nyckel, String varde) {
        sb.append(nyckel).append('=').append(varde.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
                .append('\n');
    }

    private static String avkoda(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
