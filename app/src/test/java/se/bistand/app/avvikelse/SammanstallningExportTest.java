package se.bistand.app.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.testhjalp.Demodatabas;
import se.bistand.domain.avvikelse.Halvar;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.Sammanstallning;

/** The compilation of the demo data as PDF (written to target/screenshots for a look) and CSV. */
class SammanstallningExportTest {

    private static AppContext ctx;
    private static Sammanstallning sammanstallning;

    @BeforeAll
    static void demodata() {
        Properties p = new Properties();
        p.setProperty("sakerhet.pbkdf2Iterationer", "10000");
        ctx = Demodatabas.oppna(new AppKonfig(Path.of("target", "tmp"), true, p),
                Clock.fixed(java.time.Instant.parse("2026-11-23T09:00:00Z"), AppContext.TIDSZON));
        var karin = ctx.tx().iTransaktion(() -> ctx.anvandarRepository().hitta("karin")).orElseThrow().somAktor();
        sammanstallning = ctx.avvikelseService().sammanstallning(karin, new Halvar(2026, 2), 4);
    }

    @AfterAll
    static void stang() {
        ctx.close();
    }

    @Test
    void theDemoDataSpansTwoHalfYearsInSeveralStates() {
        assertThat(sammanstallning.trend()).extracting(t -> t.period().toString())
                .containsExactly("2025 H1", "2025 H2", "2026 H1", "2026 H2");
        assertThat(sammanstallning.trend().get(2).anmalda()).isPositive();
        assertThat(sammanstallning.trend().get(3).anmalda()).isPositive();
        assertThat(sammanstallning.perKategori().get(Kategori.LEX_SARAH)).isEqualTo(1);
        assertThat(sammanstallning.oppnaVidPeriodslut()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sammanstallning.synpunkterPerTyp().values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }

    @Test
    void thePdfHasTheTitleTheChartLegendAndTheTables() throws Exception {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        SammanstallningExport.pdf(sammanstallning, true, ut);
        Path fil = Path.of("target", "screenshots", "sammanstallning-2026-H2.pdf");
        Files.createDirectories(fil.getParent());
        Files.write(fil, ut.toByteArray());
        try (PDDocument doc = Loader.loadPDF(ut.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Avvikelser, synpunkter och klagomål – sammanställning 2026 H2")
                    .contains("DEMO").contains("Per kategori").contains("Missförhållande enligt lex Sarah")
                    .contains("Öppna vid periodens slut").contains("Utveckling över halvår").contains("2026 H1");
        }
    }

    @Test
    void theCsvOpensInExcel() throws Exception {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        SammanstallningExport.csv(sammanstallning, false, ut);
        String csv = ut.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffAvvikelser, synpunkter och klagomål – sammanställning 2026 H2;")
                .contains("\r\nPer kategori\r\n").contains("Felaktig utbetalning;")
                .contains("Period;Anmälda;Avslutade\r\n");
    }
}
