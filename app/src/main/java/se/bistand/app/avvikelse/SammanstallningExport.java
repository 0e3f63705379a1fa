package se.bistand.app.avvikelse;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.bistand.app.Meddelanden;
import se.bistand.domain.avvikelse.Sammanstallning;

/**
 * The compilation for the nämnd as a PDF (Apache PDFBox: title, a bar chart of the trend, then
 * the tables) and as CSV for Excel (UTF-8 with BOM, semicolons, CRLF).
 */
final class SammanstallningExport {

    private static final float MARGINAL = 50;
    private static final float RADHOJD = 14;
    private static final Color ANMALDA = new Color(0x09, 0x69, 0xda);
    private static final Color AVSLUTADE = new Color(0x1a, 0x7f, 0x37);

    private SammanstallningExport() {
    }

    static void csv(Sammanstallning s, boolean demo, OutputStream ut) throws IOException {
        Writer w = new OutputStreamWriter(ut, StandardCharsets.UTF_8);
        w.write('\ufeff');
        w.write(csvRad(List.of(titel(s), demo ? Meddelanden.t("demo.banner") : "")));
        for (SammanstallningTabeller.Avsnitt a : SammanstallningTabeller.avsnitt(s)) {
            w.write("\r\n" + csvRad(List.of(a.titel())));
            w.write(csvRad(a.rubriker()));
            for (List<String> rad : a.rader()) {
                w.write(csvRad(rad));
            }
        }
        w.flush();
    }

    private static String csvRad(List<String> falt) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < falt.size(); i++) {
            String f = falt.get(i);
            sb.append(i == 0 ? "" : ";").append(f.matches(".*[;\"\\r\\n].*") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return sb.append("\r\n").toString();
    }

    private static String titel(Sammanstallning s) {
        return Meddelanden.t("sammanstallning.titel", s.period().toString());
    }

    static void pdf(Sammanstallning s, boolean demo, OutputStream ut) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            new Skrivare(doc).skriv(s, demo);
            doc.save(ut);
        }
    }

    /** Writes top-down, starting a new page when the current one is full. */
    private static final class Skrivare {
        private final PDDocument doc;
        private final PDType1Font normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font fet = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream cs;
        private float y;

        Skrivare(PDDocument doc) {
            this.doc = doc;
        }

        void skriv(Sammanstallning s, boolean demo) throws IOException {
            nySida();
            if (demo) {
                text(fet, 10, MARGINAL, Meddelanden.t("demo.banner"), Color.RED.darker());
                y -= RADHOJD + 8;
            }
            text(fet, 16, MARGINAL, titel(s), Color.BLACK);
            y -= 20;
            text(normal, 9, MARGINAL, Meddelanden.t("sammanstallning.beraknad", s.beraknad().toString()), Color.GRAY);
            y -= 24;
            stapeldiagram(s.trend());
            for (SammanstallningTabeller.Avsnitt a : SammanstallningTabeller.avsnitt(s)) {
                tabell(a);
            }
            cs.close();
        }

        private void nySida() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage sida = new PDPage(PDRectangle.A4);
            doc.addPage(sida);
            cs = new PDPageContentStream(doc, sida);
            y = sida.getMediaBox().getHeight() - MARGINAL;
        }

        private void plats(float hojd) throws IOException {
            if (y - hojd < MARGINAL) {
                nySida();
            }
        }

        private void text(PDType1Font f, float storlek, float x, String t, Color farg) throws IOException {
            cs.beginText();
            cs.setNonStrokingColor(farg);
            cs.setFont(f, storlek);
            cs.newLineAtOffset(x, y);
            cs.showText(sakert(f, t));
            cs.endText();
        }

        /** Replaces what the standard font cannot encode (it covers Swedish letters, not every symbol). */
        private static String sakert(PDType1Font f, String t) {
            StringBuilder sb = new StringBuilder();
            t.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                try {
                    f.encode(c);
                    sb.append(c);
                } catch (IOException | IllegalArgumentException e) {
                    sb.append('?');
                }
            });
            return sb.toString();
        }

        private void stapeldiagram(List<Sammanstallning.Trendpunkt> trend) throws IOException {
            float hojd = 150;
            plats(hojd + 60);
            text(fet, 11, MARGINAL, Meddelanden.t("sammanstallning.trend"), Color.BLACK);
            y -= 14;
            float bas = y - hojd;
            long max = Math.max(1, trend.stream().mapToLong(p -> Math.max(p.anmalda(), p.avslutade())).max().orElse(1));
            float bredd = 495;
            float grupp = bredd / Math.max(1, trend.size());
            float stapel = Math.min(28, grupp / 3);
            cs.setStrokingColor(Color.LIGHT_GRAY);
            cs.moveTo(MARGINAL, bas);
            cs.lineTo(MARGINAL + bredd, bas);
            cs.stroke();
            for (int i = 0; i < trend.size(); i++) {
                Sammanstallning.Trendpunkt p = trend.get(i);
                float x = MARGINAL + i * grupp + (grupp - 2 * stapel) / 2;
                stapel(x, bas, stapel, hojd * p.anmalda() / max, ANMALDA, p.anmalda());
                stapel(x + stapel, bas, stapel, hojd * p.avslutade() / max, AVSLUTADE, p.avslutade());
                float sparadY = y;
                y = bas - 12;
                text(normal, 9, x, p.period().toString(), Color.BLACK);
                y = sparadY;
            }
            y = bas - 28;
            forklaring(MARGINAL, ANMALDA, Meddelanden.t("sammanstallning.anmalda"));
            forklaring(MARGINAL + 120, AVSLUTADE, Meddelanden.t("sammanstallning.avslutade"));
            y -= 24;
        }

        private void stapel(float x, float bas, float b, float h, Color farg, long antal) throws IOException {
            cs.setNonStrokingColor(farg);
            cs.addRect(x, bas, b - 2, h);
            cs.fill();
            float sparadY = y;
            y = bas + h + 3;
            text(normal, 8, x + 2, Long.toString(antal), Color.DARK_GRAY);
            y = sparadY;
        }

        private void forklaring(float x, Color farg, String text) throws IOException {
            cs.setNonStrokingColor(farg);
            cs.addRect(x, y - 1, 9, 9);
            cs.fill();
            text(normal, 9, x + 13, text, Color.BLACK);
        }

        private void tabell(SammanstallningTabeller.Avsnitt a) throws IOException {
            plats(RADHOJD * 3);
            y -= 6;
            text(fet, 11, MARGINAL, a.titel(), Color.BLACK);
            y -= RADHOJD + 2;
            float[] x = kolumnlagen(a);
            rad(fet, a.rubriker(), x);
            if (a.rader().isEmpty()) {
                text(normal, 9, MARGINAL, Meddelanden.t("sammanstallning.ingenting"), Color.GRAY);
                y -= RADHOJD;
            }
            for (List<String> r : a.rader()) {
                plats(RADHOJD);
                rad(normal, r, x);
            }
            y -= 4;
        }

        /** Column starts: two-column tables align their values; wider ones share the width by content. */
        private float[] kolumnlagen(SammanstallningTabeller.Avsnitt a) throws IOException {
            int n = a.rubriker().size();
            float[] x = new float[n];
            if (n == 2) {
                x[1] = 280;
            } else {
                float[] bredd = new float[n];
                for (int i = 0; i < n; i++) {
                    bredd[i] = fet.getStringWidth(sakert(fet, a.rubriker().get(i))) / 1000 * 9 + 12;
                    for (List<String> r : a.rader()) {
                        bredd[i] = Math.max(bredd[i], normal.getStringWidth(sakert(normal, r.get(i))) / 1000 * 9 + 12);
                    }
                }
                float summa = 0;
                for (float b : bredd) {
                    summa += b;
                }
                float skala = Math.min(1, 495 / summa);
                for (int i = 1; i < n; i++) {
                    x[i] = x[i - 1] + bredd[i - 1] * skala;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] += MARGINAL;
            }
            return x;
        }

        private void rad(PDType1Font f, List<String> celler, float[] x) throws IOException {
            for (int i = 0; i < celler.size(); i++) {
                text(f, 9, x[i], celler.get(i), Color.BLACK);
            }
            y -= RADHOJD;
        }
    }
}
