package se.bistand.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code admin calc} run in-process through {@link AdminCli#kor}: every public example of
 * {@code shared/reference/examples} (copied to the domain module's test resources) gives each
 * expected field, and bad input is refused with exit 2, the field named on standard error and
 * nothing on standard output.
 */
class AdminCalcTest {

    private static final Path EXEMPEL = Path.of("../domain/src/test/resources/calc-examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Korning(int kod, String ut, String fel) {
    }

    static Korning calc(String indata, String... flaggor) {
        StringWriter ut = new StringWriter();
        StringWriter fel = new StringWriter();
        String[] args = Stream.concat(Stream.of("calc"), Stream.of(flaggor)).toArray(String[]::new);
        int kod = AdminCli.kor(new ByteArrayInputStream(indata.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(ut, true), new PrintWriter(fel, true), args);
        return new Korning(kod, ut.toString(), fel.toString());
    }

    static List<String> exempel() throws IOException {
        try (Stream<Path> filer = Files.list(EXEMPEL)) {
            return filer.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }

    @Test
    void allThreePublicExamplesAreFound() throws IOException {
        assertThat(exempel()).containsExactly("2019-ensamstaende", "2019-familj", "2021-sambor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exempel")
    void everyExampleGivesEveryExpectedField(String namn) throws IOException {
        Korning k = calc(Files.readString(EXEMPEL.resolve(namn + ".json")));
        assertThat(k.fel()).isEmpty();
        assertThat(k.kod()).isZero();
        JsonNode ut = JSON.readTree(k.ut());
        JsonNode forvantat = JSON.readTree(Files.readString(EXEMPEL.resolve(namn + ".expected.json")));
        forvantat.fieldNames().forEachRemaining(f ->
                assertThat(ut.get(f)).as(namn + " " + f).isEqualTo(forvantat.get(f)));
        assertThat(ut.get("normYear").asInt()).isEqualTo(Integer.parseInt(namn.substring(0, 4)));
    }

    @Test
    void outputHasExactlyTheDocumentedFieldsInOrder() throws IOException {
        Korning k = calc(Files.readString(EXEMPEL.resolve("2021-sambor.json")));
        List<String> falt = new java.util.ArrayList<>();
        JSON.readTree(k.ut()).fieldNames().forEachRemaining(falt::add);
        assertThat(falt).containsExactly("normYear", "norm", "costs", "need", "income", "disregarded",
                "countedIncome", "amount", "surplus");
    }

    @Test
    void explainWritesTheSpecificationOnStandardErrorAndTheSameJson() throws IOException {
        String indata = Files.readString(EXEMPEL.resolve("2019-familj.json"));
        Korning utan = calc(indata);
        Korning med = calc(indata, "--explain");
        assertThat(med.kod()).isZero();
        assertThat(med.ut()).isEqualTo(utan.ut());
        assertThat(med.fel())
                .contains("Normtabell: riksnorm 2019")
                .contains("Personliga kostnader, sammanboende")
                .contains("lunch borta")
                .contains("−25 % jobbstimulans")
                .contains("-2 250,00 kr")
                .contains("Räknad inkomst")
                .containsPattern("= Försörjningsstöd +11 600,00 kr");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative cost | {'month':'2021-03','members':[{'role':'sokande','birthDate':'1985-04-12'}],'costs':[{'type':'boende','amount':'-1.00'}]} | costs[0].amount | negativt",
        "three decimals | {'month':'2021-03','members':[{'role':'sokande','birthDate':'1985-04-12'}],'incomes':[{'member':0,'type':'lon','amount':'100.005'}]} | incomes[0].amount | fler än två decimaler",
        "malformed amount | {'month':'2021-03','members':[{'role':'sokande','birthDate':'1985-04-12'}],'costs':[{'type':'boende','amount':'7 000,00'}]} | costs[0].amount | inget belopp",
        "malformed json | {'month':'2021-03', | (json) | inte giltig JSON",
        "member out of range | {'month':'2021-03','members':[{'role':'sokande','birthDate':'1985-04-12'}],'incomes':[{'member':1,'type':'lon','amount':'100.00'}]} | incomes[0].member | person nummer 1",
        "no norm table | {'month':'2030-01','members':[{'role':'sokande','birthDate':'1985-04-12'}]} | month | år 2030",
        "bad month | {'month':'2021-13','members':[{'role':'sokande','birthDate':'1985-04-12'}]} | month | ÅÅÅÅ-MM",
        "bad birth date | {'month':'2021-03','members':[{'role':'sokande','birthDate':'1985-02-30'}]} | members[0].birthDate | giltigt datum",
        "unknown role | {'month':'2021-03','members':[{'role':'gast','birthDate':'1985-04-12'}]} | members[0].role | gast",
        "misspelt field | {'month':'2021-03','members':[{'role':'sokande','birthDate':'1985-04-12','lunchAWay':true}]} | members[0].lunchAWay | känd uppgift",
        "missing month | {'members':[{'role':'sokande','birthDate':'1985-04-12'}]} | month | saknas",
        "no sokande | {'month':'2021-03','members':[{'role':'barn','birthDate':'2015-04-12'}]} | members | exakt en sökande",
    })
    void badInputExitsTwoNamingTheFieldWithNothingOnStandardOutput(String fall, String indata, String falt,
            String text) {
        Korning k = calc(indata.replace('\'', '"'));
        assertThat(k.kod()).as(fall).isEqualTo(2);
        assertThat(k.ut()).as(fall).isEmpty();
        assertThat(k.fel()).as(fall).startsWith("Fel i " + falt + ": ").contains(text);
    }

    /** Valid but huge amounts: every overflow in parsing, sums or products is a Swedish refusal, never a trace. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sum of costs | costs | {'type':'boende','amount':'999999999999999.99'} | 100",
        "sum of incomes | incomes | {'member':0,'type':'lon','amount':'999999999999999.99','jobbstimulans':true} | 100",
    })
    void hugeAmountsThatOverflowExitTwoWithASwedishMessage(String fall, String lista, String post, int antal) {
        String poster = String.join(",", java.util.Collections.nCopies(antal, post));
        Korning k = calc(("{'month':'2021-03','members':[{'role':'sokande','birthDate':'1985-04-12'}],'"
                + lista + "':[" + poster + "]}").replace('\'', '"'));
        assertThat(k.kod()).as(fall).isEqualTo(2);
        assertThat(k.ut()).as(fall).isEmpty();
        assertThat(k.fel()).as(fall).startsWith("Fel: Beloppen är för stora").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
