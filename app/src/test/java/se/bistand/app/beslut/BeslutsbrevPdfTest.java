package se.bistand.app.beslut;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.bistand.app.berakning.Berakningsspecifikation;
import se.bistand.app.berakning.BeslutForm;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Exempelhushall;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Roll;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutStatus;
import se.bistand.domain.beslut.Beslutsfattande;
import se.bistand.domain.beslut.Utskottsbeslut;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.LagradBerakning;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.beslut.LivsforingTyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.persistence.berakning.NormtabellResurser;

/**
 * The beslutsbrev holds the decision, every line of the calculation with the same Money values
 * formatted as on screen, motivering, lagrum and the besvärshänvisning. Also written to
 * {@code target/beslutsbrev/} for a look (render with {@code pdftoppm -png}).
 */
public class BeslutsbrevPdfTest {

    static BeslutMedBerakning exempel(YearMonth manad) {
        BerakningsUnderlag u = Exempelhushall.familj(manad);
        BerakningsResultat r = NormtabellResurser.berakningstjanst().berakna(u);
        LivsforingPost tand = new LivsforingPost(LivsforingTyp.TANDVARD, "akut lagning", Money.ofKronor(4500),
                Beslutsutfall.DELVIS_BIFALL, Money.ofKronor(3000), "Akut behandling beviljas enligt kostnadsförslag; "
                        + "protetik ingår inte i skälig levnadsnivå.");
        Beslut b = new Beslut(new BeslutId(17), new ArendeId(412), manad, Beslutsutfall.BIFALL, Optional.empty(),
                "Hushållet saknar andra inkomster som täcker behovet. Sökande arbetar deltid och är aktivt arbetssökande.",
                "4 kap. 1 § socialtjänstlagen (2001:453)",
                "Barnen (3 och 10 år) får sina behov tillgodosedda genom normen; barnomsorgen fortsätter.",
                LagradBerakning.av(u, r), r.belopp(), List.of(tand), r.belopp().plus(Money.ofKronor(3000)),
                Optional.empty(), BeslutStatus.BESLUTAD, new AnvandareId(1), "Anna Lind",
                Instant.parse("2026-11-23T09:00:00Z"));
        return new BeslutMedBerakning(b, r, Optional.empty());
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void theLetterHoldsTheDecisionTheSameNumbersAndHowToAppeal() throws IOException {
        BeslutMedBerakning b = exempel(YearMonth.of(2019, 11));
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        BeslutsbrevPdf.skriv(b, new BeslutsbrevPdf.Brevhuvud("Socialnämnden i Demokommun", "2026-0412", "Karin Ek"), ut);
        Path mapp = Files.createDirectories(Path.of("target", "beslutsbrev"));
        Files.write(mapp.resolve("beslutsbrev-2019-11.pdf"), ut.toByteArray());

        String text = text(ut.toByteArray());
        assertThat(text).contains("Beslut om ekonomiskt bistånd", "Karin Ek", "2026-0412", "Anna Lind",
                "Du beviljas försörjningsstöd för 2019-11 med 11 600,00 kr.", "Att betala ut", "14 600,00 kr",
                "4 kap. 1 § socialtjänstlagen", "Barnkonsekvensanalys", "förvaltningsrätten", "inom tre veckor",
                "Socialnämnden i Demokommun", "Tandvård (akut lagning): sökt 4 500,00 kr. Delvis bifall: 3 000,00 kr.");
        List<Roll> roller = b.beslut().berakning().underlag().medlemmar().stream().map(Hushallsmedlem::roll).toList();
        for (Berakningsspecifikation.Rad r : Berakningsspecifikation.rader(b.berakning(), roller, Optional.empty())) {
            assertThat(text).as(r.text()).contains(r.text().replace('\u2212', '-'));
            assertThat(text).as(r.text()).contains(r.formateratBelopp().replace('\u00a0', ' '));
        }
        assertThat(text).doesNotContain("DEMO-tabell");
    }

    @Test
    void aDemoTableIsLabelledInTheLetter() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        BeslutsbrevPdf.skriv(exempel(YearMonth.of(2026, 11)), new BeslutsbrevPdf.Brevhuvud("Socialnämnden", "2026-0412",
                "Karin Ek"), ut);
        Files.write(Files.createDirectories(Path.of("target", "beslutsbrev")).resolve("beslutsbrev-2026-11-demo.pdf"),
                ut.toByteArray());
        assertThat(text(ut.toByteArray())).contains("DEMO-tabell – inte officiell");
    }

    /**
     * A decision on livsföring i övrigt alone (försörjningsstöd not tried): the letter holds the
     * items with their outcome, amounts and motivering, the lagrum and how to appeal, and not a
     * word granting or refusing försörjningsstöd, nor the calculation as if it had been tried.
     */
    @Test
    void aLivsforingOnlyLetterHoldsOnlyTheItemsAndNothingAboutForsorjningsstod() throws IOException {
        YearMonth manad = YearMonth.of(2019, 11);
        BerakningsUnderlag u = Exempelhushall.familj(manad);
        BerakningsResultat r = NormtabellResurser.berakningstjanst().berakna(u);
        LivsforingPost glasogon = new LivsforingPost(LivsforingTyp.GLASOGON, "läsglasögon", Money.ofKronor(1200),
                Beslutsutfall.BIFALL, Money.ofKronor(1200), "Ordinerade av optiker; kostnaden är skälig.");
        LivsforingPost tand = new LivsforingPost(LivsforingTyp.TANDVARD, "blekning", Money.ofKronor(3000),
                Beslutsutfall.AVSLAG, Money.ZERO, "Blekning ingår inte i skälig levnadsnivå.");
        Beslut b = new Beslut(new BeslutId(18), new ArendeId(412), manad, Beslutsutfall.EJ_PROVAT, Optional.empty(), "",
                BeslutForm.STANDARDLAGRUM, "Barnen berörs inte av behoven.", LagradBerakning.av(u, r), Money.ZERO,
                List.of(glasogon, tand), Money.ofKronor(1200), Optional.empty(), BeslutStatus.BESLUTAD,
                new AnvandareId(1), "Anna Lind", Instant.parse("2026-11-23T09:00:00Z"));
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        BeslutsbrevPdf.skriv(new BeslutMedBerakning(b, r, Optional.empty()),
                new BeslutsbrevPdf.Brevhuvud("Socialnämnden i Demokommun", "2026-0412", "Karin Ek"), ut);
        Files.write(Files.createDirectories(Path.of("target", "beslutsbrev")).resolve("beslutsbrev-endast-livsforing.pdf"),
                ut.toByteArray());

        String text = text(ut.toByteArray());
        assertThat(text).contains("Beslutet gäller bistånd till livsföring i övrigt.",
                "Glasögon (läsglasögon): sökt 1 200,00 kr. Bifall: 1 200,00 kr.",
                "Tandvård (blekning): sökt 3 000,00 kr. Avslag: 0,00 kr.",
                "Glasögon: Ordinerade av optiker; kostnaden är skälig.",
                "Tandvård: Blekning ingår inte i skälig levnadsnivå.", "Att betala ut", "1 200,00 kr",
                "4 kap. 1 § socialtjänstlagen", "förvaltningsrätten", "inom tre veckor");
        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("försörjningsstöd");
        assertThat(text).doesNotContain(Beslutstext.sammanfattning(exempel(manad).beslut()))
                .doesNotContain("11 600,00 kr").doesNotContain("Normöverskott");
        List<Roll> roller = u.medlemmar().stream().map(Hushallsmedlem::roll).toList();
        assertThat(Berakningsspecifikation.rader(r, roller, Optional.empty())).as("no calculation line in the letter")
                .noneMatch(rad -> text.contains(rad.text().replace('\u2212', '-') + " "
                        + rad.formateratBelopp().replace('\u00a0', ' ')));
    }

    /**
     * Finding 4: a proposal above its maker's delegation has no letter (it would name the maker as the
     * decision-maker); once someone with enough delegation decided it, the letter names them as the
     * beslutsfattare and the maker as who proposed it; decided by the socialutskott, it names the
     * utskott with its sammanträde and paragraph.
     */
    @Test
    void theLetterNamesWhoDecidedAndThereIsNoneWhileItIsAProposal() throws IOException {
        BeslutMedBerakning beslutat = exempel(YearMonth.of(2019, 11));
        Beslut forslag = beslutat.beslut().med(BeslutStatus.FORSLAG);
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        BeslutsbrevPdf.Brevhuvud huvud = new BeslutsbrevPdf.Brevhuvud("Socialnämnden", "2026-0412", "Karin Ek");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BeslutsbrevPdf.skriv(
                        new BeslutMedBerakning(forslag, beslutat.berakning(), Optional.empty()), huvud, ut))
                .isInstanceOfSatisfying(se.bistand.domain.gemensam.DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("beslut.brevForslag"));
        assertThat(ut.size()).isZero();

        Instant nar = Instant.parse("2026-11-24T10:00:00Z");
        BeslutMedBerakning avDelegat = new BeslutMedBerakning(beslutat.beslut(), beslutat.berakning(), Optional.empty(),
                Optional.of(Beslutsfattande.avDelegat(beslutat.beslut().id(), new AnvandareId(5), "Erik Berg",
                        se.bistand.domain.behorighet.Roll.SOCIALSEKRETERARE, nar)));
        BeslutsbrevPdf.skriv(avDelegat, huvud, ut);
        assertThat(text(ut.toByteArray())).contains("Beslutsfattare Erik Berg", "Förslag av Anna Lind")
                .doesNotContain("Beslutsfattare Anna Lind");

        ByteArrayOutputStream utskott = new ByteArrayOutputStream();
        BeslutsbrevPdf.skriv(new BeslutMedBerakning(beslutat.beslut(), beslutat.berakning(), Optional.empty(),
                Optional.of(Beslutsfattande.avUtskott(beslutat.beslut().id(), new Utskottsbeslut(java.time.LocalDate.of(2026, 11, 20),
                        "§ 14", Utskottsbeslut.Utfall.ENLIGT_FORSLAG), new AnvandareId(6), nar))), huvud, utskott);
        assertThat(text(utskott.toByteArray())).contains("Beslutsfattare Socialutskottet, sammanträde 2026-11-20, § 14",
                "Förslag av Anna Lind");
    }
}
