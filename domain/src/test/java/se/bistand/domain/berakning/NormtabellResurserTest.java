package se.bistand.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import se.bistand.domain.gemensam.Money;

/** The norm tables shipped in the resources module: they parse and hold riksnorm.md's values. */
class NormtabellResurserTest {

    static final List<String> FILER = Normtabeller.FILER;

    @ParameterizedTest
    @FieldSource("FILER")
    void everyShippedTableParsesAndIsConfirmed(String fil) {
        Normtabell t = Normtabeller.las(fil);
        assertThat(t.arBekraftad()).isTrue();
        assertThat(t.kalla()).isNotBlank();
        assertThat(t.id()).isEqualTo(fil.replace(".properties", ""));
    }

    @Test
    void theListOfTablesMatchesTheFiles() throws IOException {
        try (BufferedReader r = new BufferedReader(Normtabeller.oppna("norm/tabeller.txt"))) {
            assertThat(r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList())
                    .containsExactlyElementsOf(FILER);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // year, <1, 1-2, 3, 4-6, 7-10, 11-14, 15-18, 19-20, ensamstående, sambor, g1..g7
        "2019, 2130, 2380, 2120, 2380, 2990, 3440, 3880, 3910, 3090, 5570, 990, 1100, 1380, 1570, 1810, 2050, 2220",
        "2021, 2180, 2440, 2170, 2440, 3060, 3520, 3970, 4000, 3160, 5700, 1020, 1130, 1420, 1610, 1860, 2100, 2270",
        "2023, 2420, 2700, 2410, 2700, 3380, 3890, 4390, 4430, 3490, 6300, 1130, 1250, 1580, 1790, 2060, 2330, 2510",
    })
    void verifiedTablesHoldRiksnormValues(int ar, long u1, long a12, long a3, long a46, long a710, long a1114,
            long a1518, long a1920, long ens, long sam, long g1, long g2, long g3, long g4, long g5, long g6, long g7) {
        Normtabell t = Normtabeller.ar(ar);
        assertThat(t.ar()).isEqualTo(ar);
        assertThat(t.demo()).isFalse();
        assertThat(List.of(Aldersgrupp.values()).stream().map(g -> t.barn().get(g).ore() / 100).toList())
                .containsExactly(u1, a12, a3, a46, a710, a1114, a1518, a1920);
        assertThat(t.ensamstaende()).isEqualTo(Money.ofKronor(ens));
        assertThat(t.sambor()).isEqualTo(Money.ofKronor(sam));
        assertThat(t.gemensamma().stream().map(m -> m.ore() / 100).toList())
                .containsExactly(g1, g2, g3, g4, g5, g6, g7);
    }

    @ParameterizedTest
    @CsvSource({
        "2019, 2000, 2190, 1940, 2120",
        "2021, 2050, 2240, 1990, 2170",
    })
    void ejLunchValuesOfVerifiedTables(int ar, long u1, long a12, long a3, long a46) {
        Normtabell t = Normtabeller.ar(ar);
        assertThat(t.barnEjLunch().values().stream().map(m -> m.ore() / 100).toList())
                .containsExactly(u1, a12, a3, a46);
    }

    @Test
    void demoTable2026IsLabelledAndDerivedFrom2023ByTheOfficialUpratings() {
        Normtabell demo = Normtabeller.las("riksnorm-2026-demo.properties");
        Normtabell bas = Normtabeller.ar(2023);
        assertThat(demo.demo()).isTrue();
        assertThat(demo.ar()).isEqualTo(2026);
        assertThat(demo.kalla()).startsWith("DEMO");
        for (Aldersgrupp g : Aldersgrupp.values()) {
            assertThat(demo.barn().get(g)).as(g.nyckel()).isEqualTo(uppraknad(bas.barn().get(g)));
        }
        assertThat(demo.ensamstaende()).isEqualTo(uppraknad(bas.ensamstaende()));
        assertThat(demo.sambor()).isEqualTo(uppraknad(bas.sambor()));
        for (int n = 1; n <= 7; n++) {
            assertThat(demo.gemensamma(n)).as("gemensamma " + n).isEqualTo(uppraknad(bas.gemensamma(n)));
        }
    }

    @Test
    void demoTable2026IsWithinTwentyKronorOfThePublished2026Totals() {
        Normtabell demo = Normtabeller.las("riksnorm-2026-demo.properties");
        // published: ensamstående 5 220 (3 940 + 1 280), sammanboende 8 510 (7 100 + 1 410);
        // the differences are documented in the file's comment
        assertThat(demo.ensamstaende().plus(demo.gemensamma(1))).isEqualTo(Money.ofKronor(5220 - 20));
        assertThat(demo.sambor().plus(demo.gemensamma(2))).isEqualTo(Money.ofKronor(8510 - 10));
    }

    @Test
    void prisbasbeloppPerYear() {
        PrisbasbeloppTabell p = Normtabeller.prisbasbelopp();
        assertThat(p.perAr()).containsOnlyKeys(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(p.hamta(2021)).isEqualTo(Money.ofKronor(47600));
        assertThat(p.hamta(2026)).isEqualTo(Money.ofKronor(59200));
    }

    /** 2023 × 1.087 × 1.028 × 1.007, rounded once, half up, to whole tens of kronor. */
    private static Money uppraknad(Money belopp2023) {
        java.math.BigDecimal faktor = new java.math.BigDecimal("1.087").multiply(new java.math.BigDecimal("1.028"))
                .multiply(new java.math.BigDecimal("1.007"));
        java.math.BigDecimal tiotal = belopp2023.toBigDecimal().multiply(faktor)
                .divide(java.math.BigDecimal.TEN, 0, java.math.RoundingMode.HALF_UP);
        return Money.ofKronor(tiotal.longValueExact() * 10);
    }
}
