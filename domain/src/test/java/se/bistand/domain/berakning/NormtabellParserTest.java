package se.bistand.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

class NormtabellParserTest {

    private static String giltig;

    @BeforeAll
    static void lasGiltigTabell() throws IOException {
        try (BufferedReader r = new BufferedReader(Normtabeller.oppna("norm/riksnorm-2019.properties"))) {
            giltig = r.lines().collect(Collectors.joining("\n"));
        }
    }

    @Test
    void readsEveryValueOfAValidTable() {
        Normtabell t = NormtabellParser.parseNormtabell(giltig);
        assertThat(t.id()).isEqualTo("riksnorm-2019");
        assertThat(t.version()).isEqualTo(1);
        assertThat(t.ar()).isEqualTo(2019);
        assertThat(t.demo()).isFalse();
        assertThat(t.status()).isEqualTo(NormtabellStatus.BEKRAFTAD);
        assertThat(t.kalla()).isEqualTo("Socialstyrelsen, Riksnormen 2019");
        assertThat(t.registreradAv()).isEmpty();
        assertThat(t.barn().get(Aldersgrupp.AR_19_20)).isEqualTo(Money.ofKronor(3910));
        assertThat(t.barnEjLunch().get(Aldersgrupp.AR_3)).isEqualTo(Money.ofKronor(1940));
        assertThat(t.barnEjLunch()).doesNotContainKey(Aldersgrupp.AR_7_10);
        assertThat(t.ensamstaende()).isEqualTo(Money.ofKronor(3090));
        assertThat(t.sambor()).isEqualTo(Money.ofKronor(5570));
        assertThat(t.gemensamma()).hasSize(7).startsWith(Money.ofKronor(990)).endsWith(Money.ofKronor(2220));
    }

    @Test
    void acceptsDecimalsByteOrderMarkAndOptionalProvenance() {
        Normtabell t = NormtabellParser.parseNormtabell("\ufeff" + giltig.replace("vuxen.sambor=5570", "vuxen.sambor=5570.50")
                + "\nregistreradAv=anna\nbekraftadAv=bo\n");
        assertThat(t.sambor()).isEqualTo(Money.ofOre(557050));
        assertThat(t.registreradAv()).isEqualTo("anna");
        assertThat(t.bekraftadAv()).isEqualTo("bo");
    }

    @Test
    void acceptsATableWithoutAnyEjLunchValues() {
        String utan = giltig.lines().filter(l -> !l.startsWith("barn.ejLunch.")).collect(Collectors.joining("\n"));
        assertThat(NormtabellParser.parseNormtabell(utan).harEjLunchVarden()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "line without equals sign      | barn.3 2120                 | normtabell.ogiltigRad     | rad 9",
        "duplicate key                 | barn.3=2120\\nbarn.3=2120    | normtabell.dubblettNyckel | barn.3",
        "unknown key                   | barn.3=2120\\nbarn.21=1      | normtabell.okandNyckel    | barn.21",
        "negative amount               | barn.3=-2120                | normtabell.ogiltigtBelopp | barn.3",
        "three decimals                | barn.3=2120.001             | normtabell.ogiltigtBelopp | barn.3",
        "grouped amount                | barn.3=2 120                | normtabell.ogiltigtBelopp | barn.3",
        "empty amount                  | barn.3=                     | normtabell.ogiltigtBelopp | barn.3",
    })
    void refusesMalformedLines(String fall, String ersattning, String nyckel, String falt) {
        String text = giltig.replace("barn.3=2120", ersattning.replace("\\n", "\n"));
        assertThatThrownBy(() -> NormtabellParser.parseNormtabell(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo(nyckel);
                    assertThat(e.falt()).contains(falt.equals("rad 9") ? "rad " + radFor("barn.3=2120") : falt);
                });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "format  | bistand-normtabell/2 | normtabell.okantFormat",
        "ar      | 19                   | normtabell.ogiltigtAr",
        "version | 0                    | normtabell.ogiltigtVarde",
        "demo    | ja                   | normtabell.ogiltigtVarde",
        "status  | KLAR                 | normtabell.ogiltigtVarde",
        "kalla   | ' '                  | normtabell.ogiltigtVarde",
    })
    void refusesInvalidHeaderValues(String nyckel, String varde, String felnyckel) {
        String text = giltig.replaceFirst("(?m)^" + nyckel + "=.*$", nyckel + "=" + varde);
        assertThatThrownBy(() -> NormtabellParser.parseNormtabell(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo(felnyckel);
                    assertThat(e.falt()).contains(nyckel);
                });
    }

    @ParameterizedTest
    @CsvSource({"id", "ar", "barn.19-20", "vuxen.sambor", "gemensamma.7", "kalla", "status"})
    void refusesAMissingKey(String nyckel) {
        String text = giltig.lines().filter(l -> !l.startsWith(nyckel + "=")).collect(Collectors.joining("\n"));
        assertThatThrownBy(() -> NormtabellParser.parseNormtabell(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("normtabell.nyckelSaknas");
                    assertThat(e.args()).containsExactly(nyckel);
                });
    }

    @Test
    void refusesSomeButNotAllEjLunchValues() {
        String text = giltig.lines().filter(l -> !l.startsWith("barn.ejLunch.3=")).collect(Collectors.joining("\n"));
        assertThatThrownBy(() -> NormtabellParser.parseNormtabell(text))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("normtabell.nyckelSaknas"));
    }

    @Test
    void refusesGemensammaThatDecreaseWithHouseholdSize() {
        String text = giltig.replace("gemensamma.7=2220", "gemensamma.7=2000");
        assertThatThrownBy(() -> NormtabellParser.parseNormtabell(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("normtabell.gemensammaMinskar");
                    assertThat(e.falt()).contains("gemensamma.7");
                });
    }

    @Test
    void refusesAnEmptyText() {
        assertThatThrownBy(() -> NormtabellParser.parseNormtabell("# bara kommentar\n\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("normtabell.tom"));
    }

    @Test
    void readsPrisbasbeloppPerYear() {
        PrisbasbeloppTabell p = NormtabellParser.parsePrisbasbelopp("# x\n2021=47600\n2022=48300.50\n");
        assertThat(p.hitta(2021)).contains(Money.ofKronor(47600));
        assertThat(p.hitta(2022)).contains(Money.ofOre(4830050));
        assertThat(p.hitta(2020)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "21=47600       | normtabell.ogiltigtAr",
        "2021=47 600    | normtabell.ogiltigtBelopp",
        "2021=1\\n2021=2 | normtabell.dubblettNyckel",
        "2021           | normtabell.ogiltigRad",
    })
    void refusesMalformedPrisbasbelopp(String text, String nyckel) {
        assertThatThrownBy(() -> NormtabellParser.parsePrisbasbelopp(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(nyckel));
    }

    @Test
    void missingPrisbasbeloppNamesTheYear() {
        assertThatThrownBy(() -> PrisbasbeloppTabell.tom().hamta(2019))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("berakning.prisbasbeloppSaknas");
                    assertThat(e.args()).containsExactly(2019);
                });
    }

    private static int radFor(String rad) {
        return giltig.lines().toList().indexOf(rad) + 1;
    }
}
