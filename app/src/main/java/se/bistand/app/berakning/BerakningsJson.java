package se.bistand.app.berakning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Inkomst;
import se.bistand.domain.berakning.Inkomsttyp;
import se.bistand.domain.berakning.Kostnad;
import se.bistand.domain.berakning.Kostnadstyp;
import se.bistand.domain.berakning.NormJustering;
import se.bistand.domain.berakning.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

/**
 * The calculation exchange format of {@code admin calc} ({@code shared/reference/calc-format.md})
 * read into the domain's {@link BerakningsUnderlag} and a {@link BerakningsResultat} written out.
 * Strict: every refusal is a {@link DomainException} naming the JSON path of the offending
 * value ({@code month}, {@code members[1].birthDate}, {@code costs[2].amount} …), the same
 * paths the calculator itself uses. Unknown fields are refused so that a misspelt field is
 * never silently ignored.
 *
 * <p>Extension beyond calc-format.md: {@code members[].normAdjustment} =
 * {@code {"direction": "reducerad"|"hojd", "amount": "…", "reason": "…"}} (reducerad / höjd norm).
 */
public final class BerakningsJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

    private static final Set<String> TOPP = Set.of("month", "householdSize", "members", "costs", "incomes");
    private static final Set<String> MEDLEM = Set.of("role", "birthDate", "lunchAway", "workIncomeEarlierThisYear",
            "normAdjustment");
    private static final Set<String> JUSTERING = Set.of("direction", "amount", "reason");
    private static final Set<String> KOSTNAD = Set.of("type", "amount");
    private static final Set<String> INKOMST = Set.of("member", "type", "amount", "jobbstimulans");

    private BerakningsJson() {
    }

    /** Reads one household; refuses bad input with the field's JSON path. */
    public static BerakningsUnderlag las(String json) {
        JsonNode rot;
        try {
            rot = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw DomainException.forField("(json)", "calc.ogiltigJson", e.getOriginalMessage());
        }
        if (rot == null || !rot.isObject()) {
            throw DomainException.forField("(json)", "calc.skaVaraObjekt");
        }
        kandaFalt(rot, TOPP, "");
        YearMonth manad = manad(kravs(rot, "month", ""));
        OptionalInt storlek = rot.has("householdSize")
                ? OptionalInt.of(heltal(rot.get("householdSize"), "householdSize", 1))
                : OptionalInt.empty();
        List<Hushallsmedlem> medlemmar = new ArrayList<>();
        lista(rot, "members", (n, falt) -> medlemmar.add(medlem(n, falt)));
        List<Kostnad> kostnader = new ArrayList<>();
        lista(rot, "costs", (n, falt) -> {
            kandaFalt(n, KOSTNAD, falt);
            kostnader.add(new Kostnad(kod(kravs(n, "type", falt), falt + "type", Kostnadstyp::fromKod),
                    belopp(kravs(n, "amount", falt), falt + "amount")));
        });
        List<Inkomst> inkomster = new ArrayList<>();
        lista(rot, "incomes", (n, falt) -> {
            kandaFalt(n, INKOMST, falt);
            inkomster.add(new Inkomst(heltal(kravs(n, "member", falt), falt + "member", 0),
                    kod(kravs(n, "type", falt), falt + "type", Inkomsttyp::fromKod),
                    belopp(kravs(n, "amount", falt), falt + "amount"),
                    n.has("jobbstimulans") && sanningsvarde(n.get("jobbstimulans"), falt + "jobbstimulans")));
        });
        return new BerakningsUnderlag(manad, storlek, medlemmar, kostnader, inkomster);
    }

    /** The output object of calc-format.md, pretty-printed, fields in the documented order. */
    public static String skriv(BerakningsResultat r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("normYear", r.normAr());
        o.put("norm", r.norm().toPlainString());
        o.put("costs", r.kostnader().toPlainString());
        o.put("need", r.behov().toPlainString());
        o.put("income", r.inkomster().toPlainString());
        o.put("disregarded", r.bortsett().toPlainString());
        o.put("countedIncome", r.raknadInkomst().toPlainString());
        o.put("amount", r.belopp().toPlainString());
        o.put("surplus", r.normoverskott().toPlainString());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Hushallsmedlem medlem(JsonNode n, String falt) {
        kandaFalt(n, MEDLEM, falt);
        Roll roll = kod(kravs(n, "role", falt), falt + "role", Roll::fromKod);
        LocalDate fodd = datum(kravs(n, "birthDate", falt), falt + "birthDate");
        boolean lunch = n.has("lunchAway") && sanningsvarde(n.get("lunchAway"), falt + "lunchAway");
        Money tidigare = n.has("workIncomeEarlierThisYear")
                ? belopp(n.get("workIncomeEarlierThisYear"), falt + "workIncomeEarlierThisYear")
                : Money.ZERO;
        Optional<NormJustering> justering = Optional.empty();
        if (n.has("normAdjustment")) {
            JsonNode j = n.get("normAdjustment");
            String jf = falt + "normAdjustment.";
            if (!j.isObject()) {
                throw DomainException.forField(falt + "normAdjustment", "calc.skaVaraObjekt");
            }
            kandaFalt(j, JUSTERING, jf);
            String riktning = text(kravs(j, "direction", jf), jf + "direction");
            NormJustering.Riktning r = switch (riktning) {
                case "reducerad" -> NormJustering.Riktning.REDUCERAD;
                case "hojd" -> NormJustering.Riktning.HOJD;
                default -> throw DomainException.forField(jf + "direction", "berakning.okandKod", riktning);
            };
            justering = Optional.of(new NormJustering(r, belopp(kravs(j, "amount", jf), jf + "amount"),
                    j.has("reason") ? text(j.get("reason"), jf + "reason") : ""));
        }
        return new Hushallsmedlem(roll, fodd, lunch, tidigare, justering);
    }

    private interface Element {
        void las(JsonNode n, String falt);
    }

    /** An optional array field; every element must be an object. */
    private static void lista(JsonNode rot, String namn, Element element) {
        if (!rot.has(namn)) {
            return;
        }
        JsonNode a = rot.get(namn);
        if (!a.isArray()) {
            throw DomainException.forField(namn, "calc.skaVaraLista");
        }
        for (int i = 0; i < a.size(); i++) {
            String falt = namn + "[" + i + "]";
            if (!a.get(i).isObject()) {
                throw DomainException.forField(falt, "calc.skaVaraObjekt");
            }
            element.las(a.get(i), falt + ".");
        }
    }

    private static void kandaFalt(JsonNode n, Set<String> kanda, String prefix) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!kanda.contains(f)) {
                throw DomainException.forField(prefix + f, "calc.okantFalt", f);
            }
        }
    }

    private static JsonNode kravs(JsonNode n, String namn, String prefix) {
        JsonNode v = n.get(namn);
        if (v == null || v.isNull()) {
            throw DomainException.forField(prefix + namn, "calc.saknas");
        }
        return v;
    }

    private static String text(JsonNode n, String falt) {
        if (!n.isTextual()) {
            throw DomainException.forField(falt, "calc.skaVaraText");
        }
        return n.asText();
    }

    private static YearMonth manad(JsonNode n) {
        String s = text(n, "month");
        try {
            return YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            throw DomainException.forField("month", "calc.ogiltigManad", s);
        }
    }

    private static LocalDate datum(JsonNode n, String falt) {
        String s = text(n, falt);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw DomainException.forField(falt, "calc.ogiltigtDatum", s);
        }
    }

    private static int heltal(JsonNode n, String falt, int minst) {
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < minst) {
            throw DomainException.forField(falt, "calc.skaVaraHeltal", minst);
        }
        return n.asInt();
    }

    private static boolean sanningsvarde(JsonNode n, String falt) {
        if (!n.isBoolean()) {
            throw DomainException.forField(falt, "calc.skaVaraSanningsvarde");
        }
        return n.asBoolean();
    }

    private static <E> E kod(JsonNode n, String falt, java.util.function.Function<String, E> fromKod) {
        String s = text(n, falt);
        try {
            return fromKod.apply(s);
        } catch (DomainException e) {
            throw DomainException.forField(falt, e.key(), e.args());
        }
    }

    /**
     * A decimal string (or JSON number) with at most two decimals, not negative: {@code "7000.00"}.
     */
    static Money belopp(JsonNode n, String falt) {
        String s;
        if (n.isTextual()) {
            s = n.asText().strip();
        } else if (n.isNumber()) {
            s = n.decimalValue().toPlainString();
        } else {
            throw DomainException.forField(falt, "calc.skaVaraText");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw DomainException.forField(falt, "calc.ogiltigtBelopp", s);
        }
        int punkt = s.indexOf('.');
        if (punkt >= 0 && s.length() - punkt - 1 > 2) {
            throw DomainException.forField(falt, "belopp.forMangaDecimaler", s);
        }
        if (s.startsWith("-")) {
            throw DomainException.forField(falt, "berakning.negativtBelopp", s);
        }
        return Money.parse(s);
    }
}
