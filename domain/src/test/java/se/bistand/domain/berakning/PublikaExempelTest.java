package se.bistand.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.bistand.domain.gemensam.Money;

/**
 * The three public examples of {@code shared/reference/examples}, copied to
 * {@code src/test/resources/calc-examples/} (kept there for the app's {@code admin calc} test).
 * The domain cannot read JSON, so each input is written out here as Java and each expected
 * output as a map; a guard checks that the map holds exactly the fields of the
 * {@code .expected.json} file with the same values.
 */
class PublikaExempelTest {

    static Stream<Arguments> exempel() {
        return Stream.of(
                Arguments.of("2019-ensamstaende", new BerakningsUnderlag(YearMonth.of(2019, 5), OptionalInt.empty(),
                        List.of(Hushallsmedlem.sokande(LocalDate.of(1980, 2, 1))), List.of(), List.of()),
                        forvantat("amount", "4080.00", "norm", "4080.00")),
                Arguments.of("2019-familj", Exempelhushall.familj(YearMonth.of(2019, 11)),
                        forvantat("norm", "12070.00", "costs", "8780.00", "need", "20850.00", "income", "11500.00",
                                "disregarded", "2250.00", "countedIncome", "9250.00", "amount", "11600.00",
                                "surplus", "0.00")),
                Arguments.of("2021-sambor", new BerakningsUnderlag(YearMonth.of(2021, 9), OptionalInt.empty(),
                        List.of(Hushallsmedlem.sokande(LocalDate.of(1990, 3, 3)),
                                Hushallsmedlem.medsokande(LocalDate.of(1991, 7, 7))),
                        List.of(new Kostnad(Kostnadstyp.BOENDE, Money.parse("6500.00"))),
                        List.of(Inkomst.av(1, Inkomsttyp.AKASSA, Money.parse("4000.00")))),
                        forvantat("norm", "6830.00", "need", "13330.00", "amount", "9330.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exempel")
    void publicExampleGivesEveryExpectedField(String namn, BerakningsUnderlag underlag, Map<String, String> forvantat) {
        Berakningstjanst tjanst = new Berakningstjanst(Normtabeller.repository(), Normtabeller.prisbasbelopp());
        Map<String, String> utdata = utdata(tjanst.berakna(underlag));
        forvantat.forEach((falt, varde) -> assertThat(utdata.get(falt)).as(namn + " " + falt).isEqualTo(varde));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exempel")
    void javaCopyMatchesTheExpectedJsonFile(String namn, BerakningsUnderlag underlag, Map<String, String> forvantat)
            throws IOException {
        String json = las("calc-examples/" + namn + ".expected.json");
        assertThat(las("calc-examples/" + namn + ".json")).contains("\"month\": \"" + underlag.manad() + "\"");
        assertThat(json.split("\":").length - 1).as("number of fields in the file").isEqualTo(forvantat.size());
        forvantat.forEach((falt, varde) -> assertThat(json).contains("\"" + falt + "\": \"" + varde + "\""));
    }

    @Test
    void familyExampleShowsItsIntermediateSteps() {
        BerakningsUnderlag underlag = (BerakningsUnderlag) exempel().map(Arguments::get)
                .filter(a -> a[0].equals("2019-familj")).findFirst().orElseThrow()[1];
        BerakningsResultat r = Berakningsmotor.berakna(underlag, Normtabeller.ar(2019), PrisbasbeloppTabell.tom());
        assertThat(r.normrader()).extracting(NormRad::belopp)
                .containsExactly(Money.ofKronor(5570), Money.ofKronor(1940), Money.ofKronor(2990));
        assertThat(r.normrader().get(1).aldersgrupp()).contains(Aldersgrupp.AR_3);
        assertThat(r.normrader().get(1).ejLunch()).isTrue();
        assertThat(r.normrader().get(2).aldersgrupp()).contains(Aldersgrupp.AR_7_10);
        assertThat(r.gemensamma()).isEqualTo(Money.ofKronor(1570));
        assertThat(r.bortsettJobbstimulans()).isEqualTo(Money.ofKronor(2250));
        assertThat(r.bortsettBarn()).isEqualTo(Money.ZERO);
    }

    /** The exchange format's output fields (calc-format.md), as the app's admin calc writes them. */
    static Map<String, String> utdata(BerakningsResultat r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("normYear", Integer.toString(r.normAr()));
        m.put("norm", r.norm().toPlainString());
        m.put("costs", r.kostnader().toPlainString());
        m.put("need", r.behov().toPlainString());
        m.put("income", r.inkomster().toPlainString());
        m.put("disregarded", r.bortsett().toPlainString());
        m.put("countedIncome", r.raknadInkomst().toPlainString());
        m.put("amount", r.belopp().toPlainString());
        m.put("surplus", r.normoverskott().toPlainString());
        return m;
    }

    private static Map<String, String> forvantat(String... parvis) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < parvis.length; i += 2) {
            m.put(parvis[i], parvis[i + 1]);
        }
        return m;
    }

    private static String las(String resurs) throws IOException {
        try (BufferedReader r = new BufferedReader(Normtabeller.oppna(resurs))) {
            return r.lines().collect(Collectors.joining("\n"));
        }
    }
}
