package se.bistand.app.berakning;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Ui;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.gemensam.Money;

/**
 * The summary card of one calculation: Norm, Kostnader, Behov, Inkomster (counted) and
 * <b>Bistånd</b> in large type, with the "DEMO-tabell – inte officiell" label when a demo norm
 * table was used. The same component everywhere an amount is shown for a decision — the
 * calculator, the decision, the attest inbox, the payout list — always fed the calculation
 * itself ({@link #visa(BerakningsResultat)}) or a saved decision ({@link #visa(BeslutMedBerakning)},
 * which shows the decision's stored, recomputed calculation and the decision's total; for a
 * livsföring-only decision also that försörjningsstöd was not tried, {@code #kortEjProvat}).
 * Node ids: {@code #kortNorm}, {@code #kortKostnader}, {@code #kortBehov}, {@code #kortInkomster},
 * {@code #kortBistand}, {@code #kortLivsforing}, {@code #kortDemo}.
 */
public final class BeloppskortView extends VBox {

    private final Label norm = belopp("kortNorm");
    private final Label kostnader = belopp("kortKostnader");
    private final Label behov = belopp("kortBehov");
    private final Label inkomster = belopp("kortInkomster");
    private final Label livsforing = belopp("kortLivsforing");
    private final Label livsforingEtikett = etikett("kort.livsforing");
    private final Label bistand = new Label("–");
    private final Label bistandEtikett = new Label(Meddelanden.t("kort.bistand"));
    private final Label overskott = new Label();
    private final Label demo = new Label(Meddelanden.t("normtabeller.demoEtikett"));
    private final Label normtabell = new Label();
    private final Label ejProvat = new Label(Meddelanden.t("kort.ejProvat"));
    /** The decision form's outcome is "endast livsföring i övrigt" (the calculator's card). */
    private boolean ejProvatValt;

    public BeloppskortView() {
        getStylesheets().add(BeloppskortView.class.getResource("/se/bistand/app/berakning/berakning.css").toExternalForm());
        getStyleClass().add("beloppskort");
        setId("beloppskort");
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setHgrow(Priority.ALWAYS);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHalignment(HPos.RIGHT);
        g.getColumnConstraints().addAll(c0, c1);
        g.addRow(0, etikett("kort.norm"), norm);
        g.addRow(1, etikett("kort.kostnader"), kostnader);
        Label behovEtikett = etikett("kort.behov");
        g.addRow(2, behovEtikett, behov);
        behovEtikett.getStyleClass().add("beloppskort-summa");
        behov.getStyleClass().add("beloppskort-summa");
        g.addRow(3, etikett("kort.inkomster"), inkomster);
        g.addRow(4, livsforingEtikett, livsforing);
        synlig(livsforingEtikett, false);
        synlig(livsforing, false);

        bistand.setId("kortBistand");
        bistand.getStyleClass().add("beloppskort-bistand");
        bistandEtikett.getStyleClass().add("beloppskort-bistand-etikett");
        overskott.setId("kortOverskott");
        overskott.getStyleClass().add("beloppskort-overskott");
        overskott.setWrapText(true);
        demo.setId("kortDemo");
        demo.getStyleClass().add("beloppskort-demo");
        normtabell.setId("kortNormtabell");
        normtabell.getStyleClass().add("berakning-hint");
        normtabell.setWrapText(true);
        ejProvat.setId("kortEjProvat");
        ejProvat.getStyleClass().add("berakning-hint");
        ejProvat.setWrapText(true);
        synlig(demo, false);
        synlig(overskott, false);
        synlig(ejProvat, false);
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(Ui.rubrik(Meddelanden.t("kort.rubrik"), Styles.TITLE_4), g, new Separator(), bistandEtikett, bistand,
                ejProvat, overskott, demo, normtabell);
        visaTomt();
    }

    /** Shows a calculation (the calculator, as you type). */
    public void visa(BerakningsResultat r) {
        norm.setText(r.norm().format());
        kostnader.setText(r.kostnader().format());
        behov.setText(r.behov().format());
        inkomster.setText(r.raknadInkomst().format());
        bistandEtikett.setText(Meddelanden.t("kort.bistand"));
        bistand.setText(r.belopp().format());
        synlig(livsforingEtikett, false);
        synlig(livsforing, false);
        synlig(ejProvat, ejProvatValt);
        visaOverskott(r.normoverskott());
        synlig(demo, r.normtabellDemo());
        normtabell.setText(Berakningsspecifikation.normtabellText(r).replace(" · " + demo.getText(), ""));
    }

    /**
     * Shows a saved decision: its stored (recomputed and checked) calculation, and as the large
     * amount the decision's total to pay (försörjningsstöd as decided + granted livsföring).
     */
    public void visa(BeslutMedBerakning b) {
        visa(b.berakning());
        bistandEtikett.setText(Meddelanden.t("kort.attBetala"));
        bistand.setText(b.beslut().total().format());
        boolean harLivsforing = !b.beslut().livsforing().isEmpty();
        livsforing.setText(b.beslut().livsforingBeviljat().format());
        synlig(livsforingEtikett, harLivsforing);
        synlig(livsforing, harLivsforing);
        synlig(ejProvat, !b.beslut().provarForsorjningsstod());
    }

    /** No calculation (input incomplete or refused). */
    public void visaTomt() {
        for (Label l : new Label[] {norm, kostnader, behov, inkomster}) {
            l.setText("–");
        }
        bistand.setText("–");
        synlig(demo, false);
        synlig(overskott, false);
        synlig(ejProvat, ejProvatValt);
        normtabell.setText("");
    }

    /**
     * For the calculator: whether the decision being made tries försörjningsstöd; when it does not
     * ("endast livsföring i övrigt") the card says the calculation is only background.
     */
    public void forsorjningsstodProvas(boolean provas) {
        ejProvatValt = !provas;
        synlig(ejProvat, ejProvatValt);
    }

    /** The large amount shown (for tests and the attest team's checks). */
    public String bistandText() {
        return bistand.getText();
    }

    private void visaOverskott(Money m) {
        overskott.setText(m.isPositive() ? Meddelanden.t("kort.normoverskott", m.format()) : "");
        synlig(overskott, m.isPositive());
    }

    private static Label etikett(String nyckel) {
        Label l = new Label(Meddelanden.t(nyckel));
        l.getStyleClass().add("beloppskort-etikett");
        return l;
    }

    private static Label belopp(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("beloppskort-belopp");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static void synlig(Label l, boolean synlig) {
        l.setVisible(synlig);
        l.setManaged(synlig);
    }
}
