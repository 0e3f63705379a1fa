package se.bistand.app.beslut;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.bistand.app.Meddelanden;
import se.bistand.app.berakning.Berakningsspecifikation;
import se.bistand.app.ui.Format;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.gemensam.DomainException;

/**
 * The beslutsbrev as PDF (A4, PDFBox): the decision, the amount to pay, the calculation
 * specification ({@link Berakningsspecifikation}: the same lines and the same {@code Money}
 * values, formatted the same way, as on screen; not for a livsföring-only decision), motivering,
 * lagrum, barnkonsekvensanalys and the besvärshänvisning. Standard fonts (WinAnsi), so characters outside it are replaced.
 */
public final class BeslutsbrevPdf {

    /** Who sends the letter and to whom, from the case. */
    public record Brevhuvud(String namnd, String arendenummer, String mottagare) {
    }

    private static final PDType1Font VANLIG = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font FET = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGINAL = 56;
    private static final float BREDD = PDRectangle.A4.getWidth() - 2 * MARGINAL;
    private static final float BELOPPSKANT = PDRectangle.A4.getWidth() - MARGINAL;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Format.TIDSZON);

    private final PDDocument dokument = new PDDocument();
    private PDPageContentStream strom;
    private float y;

    private BeslutsbrevPdf() {
    }

    /**
     * Writes the letter of {@code b} to {@code ut}. Refuses a decision nobody has decided yet (a
     * proposal above its maker's delegation, or one the socialutskott refused): read it with
     * {@code BeslutService.forBeslutsbrev}, which refuses the same.
     */
    public static void skriv(BeslutMedBerakning b, Brevhuvud huvud, OutputStream ut) {
        if (b.beslutsfattare().isEmpty()) {
            throw new DomainException(b.arForslag() ? "beslut.brevForslag" : "beslut.brevAvslagetForslag",
                    b.beslut().id());
        }
        BeslutsbrevPdf brev = new BeslutsbrevPdf();
        try {
            brev.bygg(b, huvud);
            brev.strom.close();
            PDDocumentInformation info = brev.dokument.getDocumentInformation();
            info.setTitle(Meddelanden.t("brev.titel", b.beslut().id()));
            info.setCreator(Meddelanden.t("app.namn"));
            brev.dokument.save(ut);
            brev.dokument.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bygg(BeslutMedBerakning bmb, Brevhuvud huvud) throws IOException {
        Beslut b = bmb.beslut();
        nySida();
        text(FET, 11, huvud.namnd(), MARGINAL);
        y -= 26;
        text(FET, 20, Meddelanden.t("brev.rubrik"), MARGINAL);
        y -= 8;
        rad(Meddelanden.t("brev.mottagare"), huvud.mottagare());
        rad(Meddelanden.t("brev.arende"), huvud.arendenummer());
        rad(Meddelanden.t("brev.beslutNr"), b.id().toString());
        rad(Meddelanden.t("brev.datum"), DATUM.format(b.beslutad()));
        rad(Meddelanden.t("brev.beslutsfattare"), Beslutstext.beslutsfattare(bmb));
        if (bmb.fattande().isPresent()) {
            rad(Meddelanden.t("brev.foredragande"), b.beslutadAvNamn());
        }
        b.ersatter().ifPresent(e -> rad(Meddelanden.t("brev.ersatter"), e.toString()));
        if (b.berakning().normtabellDemo()) {
            y -= 6;
            strom.setNonStrokingColor(0.75f, 0.1f, 0.1f);
            text(FET, 11, Meddelanden.t("normtabeller.demoEtikett"), MARGINAL);
            strom.setNonStrokingColor(0f, 0f, 0f);
        }

        avsnitt(Meddelanden.t("brev.beslutet"));
        stycke(Beslutstext.sammanfattning(b));
        for (LivsforingPost p : b.livsforing()) {
            stycke(Beslutstext.livsforing(p));
        }
        y -= 4;
        beloppsrad(FET, 12, Meddelanden.t("brev.attBetala"), b.total().format());

        avsnitt(Meddelanden.t("brev.motivering"));
        if (!b.motivering().isEmpty()) {
            stycke(b.motivering());
        }
        for (LivsforingPost p : b.livsforing()) {
            stycke(Meddelanden.tFor("beslut.livsforingtyp.", p.typ().name()) + ": " + p.motivering());
        }
        if (!b.barnkonsekvensanalys().isEmpty()) {
            avsnitt(Meddelanden.t("brev.barnkonsekvensanalys"));
            stycke(b.barnkonsekvensanalys());
        }
        avsnitt(Meddelanden.t("brev.lagrum"));
        stycke(b.lagrum());

        if (b.provarForsorjningsstod()) {
            berakning(bmb);
        }

        avsnitt(Meddelanden.t("brev.overklaga"));
        stycke(Meddelanden.t("brev.besvarshanvisning", huvud.namnd()));
        sidfot(b);
    }

    /**
     * The calculation specification. Left out of a livsföring-only decision's letter: that
     * decision did not try försörjningsstöd, and the stored calculation must not read as if it had.
     */
    private void berakning(BeslutMedBerakning bmb) throws IOException {
        Beslut b = bmb.beslut();
        List<Berakningsspecifikation.Rad> spec = Berakningsspecifikation.rader(bmb.berakning(),
                b.berakning().underlag().medlemmar().stream().map(Hushallsmedlem::roll).toList(),
                java.util.Optional.empty());
        plats(spec.size() * 15 + 60);
        avsnitt(Meddelanden.t("brev.berakning"));
        stycke(Berakningsspecifikation.normtabellText(bmb.berakning()));
        for (Berakningsspecifikation.Rad r : spec) {
            specrad(r);
        }
    }

    private void specrad(Berakningsspecifikation.Rad r) throws IOException {
        switch (r.niva()) {
            case RUBRIK -> {
                y -= 4;
                text(FET, 10, r.text(), MARGINAL);
            }
            case RAD -> beloppsrad(VANLIG, 10, "   " + r.text(), r.formateratBelopp());
            case UNDERRAD -> beloppsrad(VANLIG, 9, "         " + r.text(), r.formateratBelopp());
            case SUMMA -> beloppsrad(FET, 10, r.text(), r.formateratBelopp());
            case RESULTAT -> {
                y -= 2;
                beloppsrad(FET, 12, r.text(), r.formateratBelopp());
            }
        }
    }

    private void rad(String etikett, String varde) {
        try {
            plats(14);
            skrivText(FET, 10, etikett, MARGINAL);
            skrivText(VANLIG, 10, varde, MARGINAL + 110);
            y -= 14;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void avsnitt(String rubrik) throws IOException {
        y -= 10;
        plats(40);
        text(FET, 12, rubrik, MARGINAL);
    }

    private void beloppsrad(PDType1Font font, float storlek, String text, String belopp) throws IOException {
        plats(storlek + 5);
        skrivText(font, storlek, text, MARGINAL);
        String b = tillatet(belopp, font);
        skrivText(font, storlek, b, BELOPPSKANT - font.getStringWidth(b) / 1000 * storlek);
        y -= storlek + 5;
    }

    private void stycke(String text) throws IOException {
        for (String stycke : text.split("\\R")) {
            for (String rad : radbryt(stycke, VANLIG, 10)) {
                text(VANLIG, 10, rad, MARGINAL);
            }
        }
        y -= 3;
    }

    private void text(PDType1Font font, float storlek, String text, float x) throws IOException {
        plats(storlek + 4);
        skrivText(font, storlek, text, x);
        y -= storlek + 4;
    }

    private void skrivText(PDType1Font font, float storlek, String text, float x) throws IOException {
        strom.beginText();
        strom.setFont(font, storlek);
        strom.newLineAtOffset(x, y - storlek);
        strom.showText(tillatet(text, font));
        strom.endText();
    }

    private List<String> radbryt(String text, PDType1Font font, float storlek) throws IOException {
        List<String> rader = new ArrayList<>();
        StringBuilder rad = new StringBuilder();
        for (String ord : text.split(" ")) {
            String forsok = rad.isEmpty() ? ord : rad + " " + ord;
            if (font.getStringWidth(tillatet(forsok, font)) / 1000 * storlek > BREDD && !rad.isEmpty()) {
                rader.add(rad.toString());
                rad = new StringBuilder(ord);
            } else {
                rad = new StringBuilder(forsok);
            }
        }
        rader.add(rad.toString());
        return rader;
    }

    /** Starts a new page when less than {@code hojd} points are left. */
    private void plats(float hojd) throws IOException {
        if (y - hojd < MARGINAL + 20) {
            strom.close();
            nySida();
        }
    }

    private void nySida() throws IOException {
        PDPage sida = new PDPage(PDRectangle.A4);
        dokument.addPage(sida);
        strom = new PDPageContentStream(dokument, sida);
        y = PDRectangle.A4.getHeight() - MARGINAL;
    }

    private void sidfot(Beslut b) throws IOException {
        int antal = dokument.getNumberOfPages();
        strom.close();
        for (int i = 0; i < antal; i++) {
            try (PDPageContentStream s = new PDPageContentStream(dokument, dokument.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                s.beginText();
                s.setFont(VANLIG, 8);
                s.newLineAtOffset(MARGINAL, MARGINAL - 20);
                s.showText(tillatet(Meddelanden.t("brev.sidfot", b.id(), i + 1, antal), VANLIG));
                s.endText();
            }
        }
        strom = new PDPageContentStream(dokument, dokument.getPage(antal - 1), PDPageContentStream.AppendMode.APPEND, true);
    }

    /** The text with every character the font cannot encode replaced (U+2212 minus by a hyphen). */
    static String tillatet(String text, PDType1Font font) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char d = c == '\u2212' ? '-' : c == '\u202f' ? ' ' : c;
            try {
                font.encode(String.valueOf(d));
                sb.append(d);
            } catch (IllegalArgumentException | IOException e) {
                sb.append('?');
            }
        }
        return sb.toString();
    }
}
