package se.bistand.app.beslut;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bistand.app.Tjanster;
import se.bistand.app.berakning.BerakningView;
import se.bistand.app.berakning.BerakningViewModel;
import se.bistand.app.berakning.BeslutForm;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.FxBackgroundRunner;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.arende.NyPerson;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.berakning.Roll;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutsForutsattningar;
import se.bistand.domain.beslut.RegistreratHushall;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.persistence.berakning.NormtabellResurser;

/**
 * End to end through the real views on a real (demo) database: a household's lines typed into
 * the calculator, the amount read from the card, the decision saved, read back from the
 * database, and the same amount in the case's decision list and its card.
 */
class BeslutFlodeTest extends FxTestBas {

    private ArendeId arende;
    /** Whether the applicant of the next case has skyddad identitet. */
    private boolean skyddad;
    /** What the decision service's case rules report (none: the case is ready for a paying decision). */
    private volatile List<BeslutsForutsattningar.Hinder> hinder = List.of();
    private final FxBackgroundRunner bakgrund = new FxBackgroundRunner(1);

    @AfterEach
    void stangRunner() {
        bakgrund.close();
    }

    /** A couple with a 3-year-old and an 8-year-old (ages in 2026-11). */
    private static final BerakningViewModel.Hushallskalla HUSHALL = (aktor, arende, manad) ->
            new BerakningViewModel.Hushallsuppgift(List.of(
                    new BerakningViewModel.Medlem("Karin Ek", Roll.SOKANDE, LocalDate.of(1985, 4, 12)),
                    new BerakningViewModel.Medlem("Ali Ek", Roll.MEDSOKANDE, LocalDate.of(1983, 9, 1)),
                    new BerakningViewModel.Medlem("Sara Ek", Roll.BARN, LocalDate.of(2023, 6, 2)),
                    new BerakningViewModel.Medlem("Leo Ek", Roll.BARN, LocalDate.of(2018, 2, 20))), 4);

    /** The household registered in the case as the calculator shows it ({@link #HUSHALL}). */
    private static RegistreratHushall registrerat(YearMonth manad) {
        BerakningViewModel.Hushallsuppgift h = HUSHALL.hamta(null, null, manad);
        return new RegistreratHushall(h.medlemmar().stream()
                .map(m -> new RegistreratHushall.Medlem(m.roll(), m.fodelsedatum())).toList(), h.personerIHushallet());
    }

    /**
     * A case of the case workspace for a new person with an approved own account (the only
     * recipient the decision form offers); the calculator's household is {@link #HUSHALL}.
     */
    private ArendeId arendeMedMottagare() {
        Aktor anna = aktor("anna");
        Personnummer pnr = Personnummer.av(LocalDate.of(1983, 9, 1), 996, false);
        NyPerson ny = NyPerson.med(pnr.tolvSiffror(), "Ali", "Ek");
        PersonId person = ctx.personService().skapa(anna, skyddad ? ny.skyddad() : ny);
        ArendeId id = ctx.arendeService().aktualisera(anna, person);
        long mottagare = ctx.mottagarService().registrera(anna, "Ali Ek", Optional.of(pnr), Optional.empty(),
                Bankkonto.parse("9420", "4172385"));
        ctx.mottagarService().godkann(aktor("maria"), mottagare);
        return id;
    }

    private void oppnaArendet(String anvandare) {
        arende = arendeMedMottagare();
        Tjanster tjanster = Tjanster.bygg(ctx.repositorier(), ctx.hashare(), ctx.klocka(), ctx.exportskrivare(),
                Optional.of(new BeslutsForutsattningar() {
                    @Override
                    public List<Hinder> hinderForUtbetalning(ArendeId arende, YearMonth manad) {
                        return hinder;
                    }

                    @Override
                    public RegistreratHushall hushall(ArendeId arende, YearMonth manad) {
                        return registrerat(manad);
                    }

                    @Override
                    public boolean arTilldelad(Aktor aktor, ArendeId arende) {
                        return true;
                    }

                    @Override
                    public boolean farSe(Aktor aktor, ArendeId arende) {
                        return true;
                    }
                }));
        Session session = new Session(tjanster, aktor(anvandare), bakgrund, true);
        BerakningViewModel vm = new BerakningViewModel(session, tjanster.berakningstjanst(),
                new BeslutForm.Beslutstjanster(tjanster.klocka(), tjanster.beslutService(), tjanster.attestService(),
                        tjanster.beslutTillAttest()), arende, HUSHALL, NormtabellResurser.prisbasbelopp());
        interact(() -> {
            TabPane flikar = new TabPane(new Tab("Beräkning", new BerakningView(vm)), new Tab("Beslut"));
            flikar.setId("arendeflikar");
            flikar.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
                if (i.intValue() == 1) {
                    flikar.getTabs().get(1).setContent(new BeslutlistaView(
                            new BeslutlistaViewModel(session, tjanster.beslutService(), arende, "2026-0412", "Karin Ek")));
                }
            });
            stage.getScene().setRoot(flikar);
        });
        vantaPa(() -> lookup("#medlem-3").tryQuery().isPresent());
    }

    private void tillBeslutsformularet() {
        interact(() -> ((javafx.scene.control.ScrollPane) lookup("#berakningRader").query()).setVvalue(1.0));
    }

    @Test
    void theAmountShownIsTheAmountDecidedStoredAndListed() {
        oppnaArendet("anna");
        assertThat(text("#kortBistand")).isNotEqualTo("–");
        assertThat(finns("#kortDemo")).as("2026 is the demo table").isTrue();

        clickOn("#nyKostnadKnapp");
        clickOn("#costs-0-amount").write("8 200");
        clickOn("#nyKostnadKnapp");
        clickOn("#costs-1-amount").write("-400");
        assertThat(finns("#fel-costs-1-amount")).isTrue();
        assertThat(text("#fel-costs-1-amount")).contains("negativt");
        assertThat(lookup("#fattaBeslutKnapp").queryButton().isDisabled()).isTrue();
        doubleClickOn("#costs-1-amount").eraseText(5).write("400,505");
        assertThat(text("#fel-costs-1-amount")).contains("fler än två decimaler");
        doubleClickOn("#costs-1-amount").eraseText(8).write("400,50");
        assertThat(finns("#fel-costs-1-amount")).isFalse();

        clickOn("#nyInkomstKnapp");
        clickOn("#incomes-0-amount").write("9000");
        // 2026 demo norm: sambor 7 090 + barn 3 år 2 710 + barn 8 år 3 800 + gemensamma(4) 2 010 = 15 610;
        // behov 15 610 + 8 600,50 = 24 210,50; minus lön 9 000 = 15 210,50
        vantaPa(() -> text("#kortBistand").equals("15\u00a0210,50\u00a0kr"));
        String visat = text("#kortBistand");
        assertThat(text("#kortNorm")).isEqualTo("15\u00a0610,00\u00a0kr");
        assertThat(text("#kortBehov")).isEqualTo("24\u00a0210,50\u00a0kr");
        skarmbild("40-berakning");

        tillBeslutsformularet();
        clickOn("#motivering").write("Hushållets inkomster räcker inte till behovet.");
        clickOn("#barnkonsekvensanalys").write("Barnens behov tillgodoses genom normen.");
        clickOn("#fattaBeslutKnapp");
        vantaPa(() -> text("#beslutMeddelande").contains("sparat"));
        assertThat(text("#beslutMeddelande")).contains(visat).contains("väntar nu på attest");

        List<BeslutMedBerakning> lagrade = ctx.beslutService().forArende(aktor("anna"), arende);
        assertThat(lagrade).hasSize(1);
        assertThat(lagrade.get(0).beslut().total().format()).isEqualTo(visat);
        assertThat(lagrade.get(0).beslut().berakning().belopp().format()).isEqualTo(visat);
        assertThat(lagrade.get(0).beslut().berakning().normtabellDemo()).isTrue();

        // The month is decided now: the form shows its decision, and saving again is a change of it
        // (refused while it waits for attest), never a second decision for the month.
        vantaPa(() -> text("#gallandeBeslut").contains("Månaden är redan beslutad"));
        assertThat(text("#gallandeBeslut")).contains("beslut nr " + lagrade.get(0).beslut().id().varde());
        assertThat(lookup("#fattaBeslutKnapp").queryButton().getText()).isEqualTo("Ändra beslutet");
        assertThat(lookup("#motivering").queryTextInputControl().getText())
                .isEqualTo("Hushållets inkomster räcker inte till behovet.");
        assertThat(text("#kortBistand")).isEqualTo(visat);
        tillBeslutsformularet();
        clickOn("#fattaBeslutKnapp");
        vantaPa(() -> text("#beslutMeddelande").contains("kan inte ändras nu"));
        assertThat(ctx.beslutService().forArende(aktor("anna"), arende)).hasSize(1);

        interact(() -> ((TabPane) lookup("#arendeflikar").query()).getSelectionModel().select(1));
        vantaPa(() -> lookup("#beslutTabell").queryTableView().getItems().size() == 1);
        TableView<?> tabell = lookup("#beslutTabell").queryTableView();
        interact(() -> tabell.getSelectionModel().select(0));
        assertThat(tabell.getColumns().get(3).getCellData(0)).isEqualTo(visat);
        assertThat(text("#beslutlistaVy #kortBistand")).isEqualTo(visat);
        assertThat(text("#beslutText")).contains("Du beviljas försörjningsstöd för 2026-11 med " + visat);
        skarmbild("41-beslut");
    }

    /**
     * A decision that grants the monthly försörjningsstöd (no limit for a handläggare) and a
     * livsföring item above the handläggare's 5 000 kr: the livsföring part is checked against its
     * own limit, so the whole decision becomes a proposal and the form says why.
     */
    @Test
    void aLivsforingPartAboveTheHandlaggaresLimitMakesTheDecisionAProposalAndTheFormSaysWhy() {
        oppnaArendet("anna");
        vantaPa(() -> !text("#kortBistand").equals("–"));
        String fs = text("#kortBistand");
        tillBeslutsformularet();
        clickOn("#motivering").write("Hushållet saknar inkomster.");
        clickOn("#barnkonsekvensanalys").write("Barnens behov tillgodoses genom normen.");
        clickOn("#nyLivsforingKnapp");
        clickOn("#livsforing-0-soktBelopp").write("6 000");
        clickOn("#livsforing-0-beviljatBelopp").write("6 000");
        clickOn("#livsforing-0-motivering").write("Akut tandvård enligt intyg.");
        tillBeslutsformularet();
        clickOn("#fattaBeslutKnapp");
        vantaPa(() -> text("#beslutMeddelande").contains("sparat"));
        assertThat(text("#beslutMeddelande")).contains("förslag")
                .contains("Delen ”Livsföring i övrigt” på 6\u00a0000,00\u00a0kr överstiger din delegation för den "
                        + "(5\u00a0000,00\u00a0kr)").contains("Socialsekreterare");
        skarmbild("42-beslut-forslag-livsforing");

        BeslutMedBerakning lagrat = ctx.beslutService().forArende(aktor("anna"), arende).get(0);
        var attest = ctx.attestService().attestForBeslut(lagrat.beslut().id().varde()).orElseThrow();
        assertThat(attest.status().name()).isEqualTo("FORSLAG");
        assertThat(attest.belopp()).isEqualTo(lagrat.beslut().total());
        assertThat(attest.livsforing().format()).isEqualTo("6\u00a0000,00\u00a0kr");
        assertThat(attest.belopp().minus(attest.livsforing()).format()).isEqualTo(fs);
    }

    /**
     * A decision on livsföring i övrigt alone: the handläggare chooses "endast livsföring i övrigt",
     * is told that at least one need is required, adds one and saves. The stored decision grants no
     * försörjningsstöd (though the calculation would give some) and does not count as a month with
     * it; it goes to attest as livsföring i övrigt; the list, its card and the letter speak only of
     * the livsföring item.
     */
    @Test
    void aDecisionOnLivsforingAloneNeitherGrantsNorRefusesForsorjningsstod() throws Exception {
        oppnaArendet("anna");
        vantaPa(() -> !text("#kortBistand").equals("–"));
        assertThat(text("#kortBistand")).as("the calculation alone gives försörjningsstöd").isNotEqualTo("0,00\u00a0kr");
        tillBeslutsformularet();
        assertThat(finns("#endastLivsforingInfo")).isFalse();
        clickOn("#soktBelopp").write("20 000");
        clickOn("#utfall");
        clickOn("Endast livsföring i övrigt (försörjningsstöd prövas inte)");
        assertThat(finns("#endastLivsforingInfo")).isTrue();
        assertThat(finns("#berakningVy #kortEjProvat")).as("the calculator's card says so too").isTrue();
        assertThat(lookup("#soktBelopp").query().isDisabled()).isTrue();
        assertThat(text("#soktBelopp")).as("försörjningsstöd is not applied for").isEmpty();
        clickOn("#barnkonsekvensanalys").write("Barnen berörs inte av behovet.");
        tillBeslutsformularet();
        clickOn("#fattaBeslutKnapp");
        vantaPa(() -> finns("#fel-livsforing"));
        assertThat(text("#fel-livsforing")).contains("minst ett behov");

        clickOn("#nyLivsforingKnapp");
        assertThat(finns("#fel-livsforing")).as("answered by the new need").isFalse();
        clickOn("#livsforing-0-soktBelopp").write("2 400");
        clickOn("#livsforing-0-beviljatBelopp").write("2 400");
        clickOn("#livsforing-0-motivering").write("Akut tandvård enligt intyg och kostnadsförslag.");
        tillBeslutsformularet();
        skarmbild("43-beslut-endast-livsforing");
        clickOn("#fattaBeslutKnapp");
        vantaPa(() -> text("#beslutMeddelande").contains("sparat"));
        assertThat(text("#beslutMeddelande")).contains("2\u00a0400,00\u00a0kr").contains("väntar nu på attest");

        BeslutMedBerakning lagrat = ctx.beslutService().forArende(aktor("anna"), arende).get(0);
        assertThat(lagrat.beslut().utfall()).isEqualTo(Beslutsutfall.EJ_PROVAT);
        assertThat(lagrat.beslut().forsorjningsstod().isZero()).isTrue();
        assertThat(lagrat.beslut().berakning().belopp().isPositive()).as("the snapshot is still stored").isTrue();
        assertThat(lagrat.beslut().total().format()).isEqualTo("2\u00a0400,00\u00a0kr");
        assertThat(lagrat.beslut().soktBelopp()).isEmpty();
        assertThat(ctx.beslutService().manaderMedForsorjningsstod(aktor("anna"), arende)).isEmpty();
        var attest = ctx.attestService().attestForBeslut(lagrat.beslut().id().varde()).orElseThrow();
        assertThat(attest.typ()).isEqualTo(Beslutstyp.LIVSFORING_I_OVRIGT);
        assertThat(attest.belopp()).isEqualTo(lagrat.beslut().total());

        ByteArrayOutputStream brev = new ByteArrayOutputStream();
        BeslutsbrevPdf.skriv(lagrat, new BeslutsbrevPdf.Brevhuvud("Socialnämnden", "2026-0412", "Karin Ek"), brev);
        String brevtext = BeslutsbrevPdfTest.text(brev.toByteArray());
        assertThat(brevtext).contains("Beslutet gäller bistånd till livsföring i övrigt.",
                "Tandvård: sökt 2 400,00 kr. Bifall: 2 400,00 kr.", "Akut tandvård enligt intyg och kostnadsförslag.");
        assertThat(brevtext.toLowerCase(java.util.Locale.ROOT)).doesNotContain("försörjningsstöd");

        interact(() -> ((TabPane) lookup("#arendeflikar").query()).getSelectionModel().select(1));
        vantaPa(() -> lookup("#beslutTabell").queryTableView().getItems().size() == 1);
        TableView<?> tabell = lookup("#beslutTabell").queryTableView();
        interact(() -> tabell.getSelectionModel().select(0));
        assertThat(tabell.getColumns().get(2).getCellData(0)).isEqualTo("Endast livsföring i övrigt (försörjningsstöd prövas inte)");
        assertThat(text("#beslutlistaVy #kortBistand")).isEqualTo("2\u00a0400,00\u00a0kr");
        assertThat(finns("#beslutlistaVy #kortEjProvat")).isTrue();
        assertThat(text("#beslutText")).startsWith("Beslutet gäller bistånd till livsföring i övrigt.")
                .contains("Tandvård: sökt 2\u00a0400,00\u00a0kr. Bifall: 2\u00a0400,00\u00a0kr.")
                .doesNotContain("försörjningsstöd");
        skarmbild("44-beslut-endast-livsforing-lista");
    }

    /** The case in brief that attestants, signers and ekonomi see never carries a protected person's name. */
    @Test
    void aProtectedApplicantsNameNeverReachesTheAttestInboxOrThePayoutList() {
        skyddad = true;
        oppnaArendet("anna");
        vantaPa(() -> !text("#kortBistand").equals("–"));
        tillBeslutsformularet();
        clickOn("#motivering").write("Hushållet saknar inkomster.");
        clickOn("#barnkonsekvensanalys").write("Barnens behov tillgodoses genom normen.");
        clickOn("#fattaBeslutKnapp");
        vantaPa(() -> text("#beslutMeddelande").contains("sparat"));
        BeslutMedBerakning lagrat = ctx.beslutService().forArende(aktor("anna"), arende).get(0);
        String kort = ctx.attestService().attestForBeslut(lagrat.beslut().id().varde()).orElseThrow().arendeText();
        assertThat(kort).endsWith("(skyddad identitet)").doesNotContain("Ali").doesNotContain("Ek");
        assertThat(ctx.attestService().inkorg(aktor("erik"))).extracting(p -> p.beslut().arendeText())
                .contains(kort).noneMatch(t -> t.contains("Ali Ek"));
    }

    @Test
    void aPayingDecisionIsRefusedWhileTheCaseIsNotReady() {
        oppnaArendet("anna");
        hinder = List.of(new BeslutsForutsattningar.Hinder("beslut.hinder.checklista", List.of()));
        tillBeslutsformularet();
        clickOn("#motivering").write("Behov styrkt.");
        clickOn("#barnkonsekvensanalys").write("Analys gjord.");
        clickOn("#fattaBeslutKnapp");
        vantaPa(() -> !text("#beslutMeddelande").isEmpty());
        assertThat(text("#beslutMeddelande")).contains("checklista är inte klar");
        assertThat(ctx.beslutService().forArende(aktor("anna"), arende)).isEmpty();
    }
}
