package se.bistand.app.attest;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.berakning.BeloppskortView;
import se.bistand.app.beslut.UtskottsbeslutFormular;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Tabeller;
import se.bistand.app.ui.Ui;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.betalning.Riskflagga;

/**
 * The attest inbox: a list (payment date, case, type, amount, maker, flags) beside a detail pane
 * with the stored calculation's amount card, the case in brief and the flags in words.
 */
public final class AttestView extends BorderPane {

    private final AttestViewModel vm;
    private final VBox detalj = new VBox(10);

    public AttestView(Session session) {
        this.vm = new AttestViewModel(session, AttestPort.av(session.tjanster().attestService(),
                session.tjanster().beslutService(), session.tjanster().utbetalningService()));
        setId("attestVy");
        setTop(Ui.sektionshuvud(Meddelanden.t("attest.rubrik"), vm.meddelandeProperty(), "attestMeddelande"));

        TabPane flikar = new TabPane();
        flikar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (vm.kanAttestera()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("attest.flik.inkorg"), lista("attestInkorg", vm.inkorg(),
                    Meddelanden.t("attest.tomInkorg"))));
            flikar.getTabs().add(new Tab(Meddelanden.t("attest.flik.attesterade"), lista("attestAttesterade",
                    vm.attesterade(), Meddelanden.t("attest.tomaAttesterade"))));
        }
        if (vm.kanBesluta()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("attest.flik.forslag"), lista("attestForslag", vm.forslag(),
                    Meddelanden.t("attest.tomaForslag"))));
            flikar.getTabs().add(new Tab(Meddelanden.t("attest.flik.mina"), lista("attestMina", vm.mina(),
                    Meddelanden.t("attest.tomaMina"))));
        }
        detalj.setId("attestDetalj");
        detalj.setPadding(new Insets(12));
        ScrollPane hoger = new ScrollPane(detalj);
        hoger.setId("attestDetaljRuta");
        hoger.setFitToWidth(true);
        SplitPane delad = new SplitPane(flikar, hoger);
        delad.setDividerPositions(0.6);
        setCenter(delad);
        BorderPane.setMargin(delad, new Insets(0, 12, 12, 12));
        vm.valdProperty().addListener((o, a, p) -> visa(p));
        visa(null);
        vm.ladda();
    }

    private Node lista(String id, javafx.collections.ObservableList<AttestService.Post> rader, String tom) {
        TableView<AttestService.Post> t = Tabeller.tabell(id, rader, tom);
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.betalningsdag"), 100,
                p -> p.beslut().betalningsdatum().toString()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.arende"), 230, p -> p.beslut().arendeText()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.typ"), 150,
                p -> Meddelanden.t(p.beslut().typ().textnyckel())));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.belopp"), 100, p -> p.beslut().belopp().format()));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.handlaggare"), 120, AttestService.Post::foreslagenAvNamn));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.status"), 110,
                p -> Meddelanden.t(p.beslut().status().textnyckel())));
        t.getColumns().add(Tabeller.kol(Meddelanden.t("attest.kol.flaggor"), p -> Tabeller.flaggor(p.flaggor())));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> vm.oppna(p));
        VBox v = new VBox(t);
        javafx.scene.layout.VBox.setVgrow(t, javafx.scene.layout.Priority.ALWAYS);
        v.setPadding(new Insets(8, 0, 0, 0));
        return v;
    }

    private void visa(AttestService.Post p) {
        Label fel = new Label();
        fel.setId("attestFel");
        fel.setWrapText(true);
        fel.getStyleClass().add(Styles.DANGER);
        fel.textProperty().bind(vm.felProperty());
        if (p == null) {
            detalj.getChildren().setAll(fel, Ui.tomtLage(Material2OutlinedAL.ASSIGNMENT_TURNED_IN,
                    Meddelanden.t("attest.valjBeslut"), Meddelanden.t("attest.valjBeslutHjalp")));
            return;
        }
        AttestBeslut b = p.beslut();
        Label arende = Ui.rubrik(b.arendeText(), Styles.TITLE_4);
        BeloppskortView kortvy = new BeloppskortView();
        javafx.scene.Node kort = kortvy;
        if (vm.valtBeslutProperty().get() != null) {
            kortvy.visa(vm.valtBeslutProperty().get());
        } else {
            Label skyddat = new Label(Meddelanden.t("attest.beslutSkyddat"));
            skyddat.setId("beslutSkyddat");
            skyddat.setWrapText(true);
            skyddat.getStyleClass().add(Styles.WARNING);
            kort = skyddat;
        }
        GridPane brief = new GridPane();
        brief.setHgap(12);
        brief.setVgap(4);
        int rad = 0;
        rad = rad(brief, rad, "attest.kol.typ", Meddelanden.t(b.typ().textnyckel()));
        if (b.delar().size() > 1) {
            rad = rad(brief, rad, "attest.delar", b.delar().stream()
                    .map(d -> Meddelanden.t(d.typ().textnyckel()) + " " + d.belopp().format())
                    .collect(java.util.stream.Collectors.joining(" + ")));
        }
        rad = rad(brief, rad, "attest.kol.betalningsdag", b.betalningsdatum().toString());
        rad = rad(brief, rad, "attest.mottagare", p.mottagare().namn() + " · " + p.mottagare().identitet());
        rad = rad(brief, rad, "attest.konto", p.mottagare().konto().formaterat());
        rad = rad(brief, rad, "attest.kol.handlaggare", p.foreslagenAvNamn());
        rad(brief, rad, "attest.beslutadAv", p.beslutadAvNamn().orElse(Meddelanden.t("attest.ejBeslutat")));
        VBox flaggor = new VBox(4);
        flaggor.setId("attestFlaggor");
        for (Riskflagga f : p.flaggor()) {
            Label l = new Label(Meddelanden.t(f.textnyckel()) + ": " + Meddelanden.t(f.forklaringsnyckel()),
                    new FontIcon(Material2OutlinedMZ.WARNING));
            l.setWrapText(true);
            l.getStyleClass().add(f.allvarlig() ? Styles.DANGER : Styles.WARNING);
            flaggor.getChildren().add(l);
        }
        p.delegation().ifPresent(d -> {
            Label l = new Label(Meddelanden.tOversatt(d.orsakNyckel(), d.orsakArgument()));
            l.setId("attestDelegationOrsak");
            l.setWrapText(true);
            l.getStyleClass().add(Styles.WARNING);
            flaggor.getChildren().add(0, l);
        });
        b.returKommentar().ifPresent(k -> flaggor.getChildren().add(new Label(Meddelanden.t("attest.returKommentar", k))));
        detalj.getChildren().setAll(fel, arende, kort, brief, flaggor);
        boolean vantar = b.status() == AttestBeslut.Status.VANTAR_ATTEST;
        boolean forslag = b.status() == AttestBeslut.Status.FORSLAG;
        if ((vantar && vm.kanAttestera()) || forslag) {
            TextArea kommentar = Ui.kommentarfalt("returKommentar", Meddelanden.t("attest.kommentarHjalp"), vm.kommentar);
            Button retur = new Button(Meddelanden.t("attest.returnera"), new FontIcon(Material2OutlinedMZ.UNDO));
            retur.setId("returneraKnapp");
            retur.setOnAction(e -> vm.returnera());
            HBox knappar = new HBox(8);
            if (vantar) {
                Button attest = new Button(Meddelanden.t("attest.attestera"), new FontIcon(Material2OutlinedAL.CHECK));
                attest.setId("attesteraKnapp");
                attest.getStyleClass().add(Styles.ACCENT);
                attest.setDefaultButton(true);
                attest.setOnAction(e -> vm.attestera());
                knappar.getChildren().add(attest);
            } else if (AttestViewModel.tillUtskottet(p)) {
                detalj.getChildren().add(new UtskottsbeslutFormular(vm.utskott(),
                        new BeslutId(b.beslutId()), vm::utskottRegistrerat));
            } else {
                Button besluta = new Button(Meddelanden.t("attest.fattaBeslut"), new FontIcon(Material2OutlinedAL.HOW_TO_VOTE));
                besluta.setId("fattaBeslutKnapp");
                besluta.getStyleClass().add(Styles.ACCENT);
                besluta.setOnAction(e -> vm.fattaBeslut());
                knappar.getChildren().add(besluta);
            }
            knappar.getChildren().add(retur);
            detalj.getChildren().addAll(kommentar, knappar);
            if (vantar && !vm.signeringsvarning().isEmpty()) {
                // A chef who signs lists learns, under the buttons, that attesting bars them from signing this day's list.
                Label varning = new Label(vm.signeringsvarning().strip(), new FontIcon(Material2OutlinedMZ.WARNING));
                varning.setId("attestSigneringsvarning");
                varning.setWrapText(true);
                varning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                varning.getStyleClass().add(Styles.WARNING);
                detalj.getChildren().add(varning);
            }
        } else if (b.status() == AttestBeslut.Status.ATTESTERAD && vm.attesterade().stream()
                .anyMatch(x -> x.beslut().id() == b.id())) {
            detalj.getChildren().add(aterkalla());
        }
    }

    /** Withdrawing my attest while the payout list is not signed: a comment, then the button. */
    private Node aterkalla() {
        TextArea kommentar = Ui.kommentarfalt("aterkallaKommentar", Meddelanden.t("utbetalning.aterkallaHjalp"),
                vm.kommentar);
        Button knapp = new Button(Meddelanden.t("utbetalning.aterkalla"), new FontIcon(Material2OutlinedMZ.UNDO));
        knapp.setId("aterkallaKnapp");
        knapp.getStyleClass().add(Styles.DANGER);
        knapp.disableProperty().bind(vm.kommentar.isEmpty());
        knapp.setOnAction(e -> vm.aterkalla());
        Label rubrik = new Label(Meddelanden.t("utbetalning.aterkallaRubrik"));
        rubrik.setWrapText(true);
        return new VBox(4, rubrik, kommentar, knapp);
    }


    private static int rad(GridPane g, int rad, String nyckel, String varde) {
        Label k = new Label(Meddelanden.t(nyckel));
        k.getStyleClass().add(Styles.TEXT_MUTED);
        g.addRow(rad, k, new Label(varde));
        return rad + 1;
    }
}
