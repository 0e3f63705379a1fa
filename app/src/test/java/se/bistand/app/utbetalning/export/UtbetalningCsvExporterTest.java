package se.bistand.app.utbetalning.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.bistand.domain.logg.Granskningsankare;

class UtbetalningCsvExporterTest {

    private static String exportera(Utbetalningsorder order) throws Exception {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new UtbetalningCsvExporter().skriv(order, ut);
        byte[] b = ut.toByteArray();
        assertThat(b).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void writesHeaderRowsAndLinesWithSwedishDecimalComma() throws Exception {
        String[] rader = exportera(Exempelorder.order()).split("\r\n");
        assertThat(rader).containsExactly(
                "Utbetalningslista;UL-2026-11-23-001;2026-11-24;",
                "Referens;Mottagare;Kontotyp;Konto;Belopp;Meddelande",
                "B-1001;Anna Andersson;Bankkonto;8351-9, 3922422245;8123,45;Försörjningsstöd december",
                "B-1002;\"Hyresvärden AB; Öst\";Bankgiro;160-9908;6500,10;\"Hyra lgh 1201, \"\"december\"\"\"",
                "B-1003;Elbolaget;Plusgiro;4455-2;0,01;",
                "Summa;;;;14623,56;");
    }

    @Test
    void theAuditChainsAnchorIsTheLastLine() throws Exception {
        Granskningsankare ankare = new Granskningsankare(99, "a1".repeat(32), "export");
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new UtbetalningCsvExporter().skriv(Exempelorder.order(), Optional.of(ankare), ut);
        String[] rader = new String(ut.toByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(rader[rader.length - 2]).isEqualTo("Summa;;;;14623,56;");
        assertThat(rader[rader.length - 1]).isEqualTo("Granskningskedja;" + ankare.text() + ";;;;");
    }

    @Test
    void aCopyIsMarkedKopiaInTheTitleLine() throws Exception {
        String forsta = exportera(Exempelorder.order().somKopia()).split("\r\n")[0];
        assertThat(forsta).isEqualTo("Utbetalningslista;UL-2026-11-23-001-KOPIA;2026-11-24;KOPIA");
    }

    /** ADR 0011: the copy for ekonomi never names a recipient with skyddad identitet (the bank's file does). */
    @Test
    void aRecipientWithSkyddadIdentitetIsNotNamedInTheCopyForEkonomi() throws Exception {
        String[] rader = exportera(Exempelorder.skyddadMottagare()).split("\r\n");
        assertThat(rader[2]).isEqualTo("B-1004;Skyddad identitet;Bankkonto;8351-9, 3922422245;7000,00;"
                + "Ekonomiskt bistånd 2026-11-24");
        assertThat(String.join("\n", rader)).doesNotContain("Lina", "Berg");
    }
}
