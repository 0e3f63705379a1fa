package se.bistand.app.arende;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.domain.arende.Arendevy;
import se.bistand.domain.arende.Bevakning;
import se.bistand.domain.arende.Hushall;
import se.bistand.domain.arende.Hushallsdeltagare;
import se.bistand.domain.avvikelse.Lank;

/**
 * The case workspace: a header line (number · name and personnummer · household · status), the
 * tabs of {@link ArendeFlikar}, and the Bevakningar panel on the right. A user not assigned to the
 * case is first asked for a reason, inline.
 */
public final class ArendeView extends BorderPane {

    private final ArendeViewModel vm;
    private final TabPane flikar = new TabPane();

    public ArendeView(ArendeViewModel vm) {
        this.vm = vm;
        setId("arendeVy");
        getStyleClass().add("arende-vy");
        Label rubrik = new Label(Meddelanden.t("arende.laddar"));
        rubrik.setId("arendeRubrik");
        rubrik.getStyleClass().add("arende-rubrik");
        Label skyddad = markor("arendeSkyddad", Meddelanden.t("arende.skyddadMarkor"), Material2OutlinedMZ.SECURITY);
        Label hot = markor("arendeHotOchVald", Meddelanden.t("arende.hotOchValdMarkor"), Material2OutlinedMZ.WARNING);
        HBox huvud = new HBox(10, rubrik, skyddad, hot);
        huvud.setAlignment(Pos.CENTER_LEFT);
        huvud.getStyleClass().add("arende-huvud");

        Label fel = new Label();
        fel.setId("arendeFel");
        fel.setWrapText(true);
        fel.textProperty().bind(vm.felProperty());
        Button lasOm = new Button(Meddelanden.t("arende.lasOm"), new FontIcon(Material2OutlinedMZ.REFRESH));
        lasOm.setId("lasOmKnapp");
        lasOm.setOnAction(e -> vm.lasOm());
        lasOm.visibleProperty().bind(vm.konfliktProperty());
        lasOm.managedProperty().bind(lasOm.visibleProperty());
        HBox banner = new HBox(12, new FontIcon(Material2OutlinedMZ.WARNING), fel, lasOm);
        banner.setId("arendeBanner");
        banner.getStyleClass().add("arende-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(vm.felProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        Label meddelande = new Label();
        meddelande.setId("arendeMeddelande");
        meddelande.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_SMALL);
        meddelande.textProperty().bind(vm.meddelandeProperty());
        huvud.getChildren().addAll(se.bistand.app.ui.Ui.spacer(), meddelande);
        if (vm.session().aktor().har(se.bistand.domain.behorighet.Behorighet.AVVIKELSE_RAPPORTERA)) {
            huvud.getChildren().add(avvikelseKnapp());
        }
        setTop(new VBox(4, huvud, banner));

        flikar.setId("arendeFlikPanel");
        flikar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ArendeFlik f : ArendeFlikar.alla()) {
            if (f.synlig().test(vm.session().aktor())) {
                Tab t = new Tab(Meddelanden.t(f.titelNyckel()), f.innehall().apply(vm));
                t.setId("flik-" + f.id());
                flikar.getTabs().add(t);
            }
        }
        VBox bevakningar = new VBox(6);
        bevakningar.setId("bevakningar");
        bevakningar.getStyleClass().add("bevakning-panel");
        ScrollPane bevakningsrulle = new ScrollPane(bevakningar);
        bevakningsrulle.setFitToWidth(true);
        bevakningsrulle.setPrefWidth(290);
        bevakningsrulle.setMinWidth(240);
        bevakningsrulle.getStyleClass().add("bevakning-rulle");
        HBox arbetsyta = new HBox(flikar, bevakningsrulle);
        HBox.setHgrow(flikar, Priority.ALWAYS);

        StackPane mitt = new StackPane(arbetsyta, skalPanel());
        setCenter(mitt);
        arbetsyta.visibleProperty().bind(vm.vyProperty().isNotNull());

        vm.vyProperty().addListener((o, a, v) -> {
            if (v == null) {
                return;
            }
            rubrik.setText(rubrik(v));
            skyddad.setVisible(v.sokande().skyddadIdentitet());
            hot.setVisible(v.sokande().hotOchVald());
            visaBevakningar(bevakningar, v);
        });
    }

    /** Reports an avvikelse about this case: the form opens with the case linked (masked when protected). */
    private Button avvikelseKnapp() {
        Button b = new Button(Meddelanden.t("nav.rapporteraAvvikelse"), new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        b.setId("arendeAvvikelseKnapp");
        b.getStyleClass().add(Styles.FLAT);
        b.disableProperty().bind(vm.vyProperty().isNull());
        b.setOnAction(e -> {
            Arendevy v = vm.vyProperty().get();
            vm.session().skal().rapporteraAvvikelse(java.util.Optional.of(new Lank(Lank.Typ.ARENDE,
                    v.arende().id().varde(), v.arende().nummer(),
                    v.sokande().skyddadIdentitet())));
        });
        return b;
    }

    private static Label markor(String id, String text, org.kordamp.ikonli.Ikon ikon) {
        Label l = new Label(text, new FontIcon(ikon));
        l.setId(id);
        l.getStyleClass().add("flagga");
        l.setVisible(false);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** {@code Ärende 2026-0412 · Karin Ek 19850412-9803 · 2 vuxna, 2 barn (3, 8 år) · Utredning} */
    public static String rubrik(Arendevy v) {
        return Meddelanden.t("arende.rubrik", v.arende().nummer(), v.sokande().namn(), v.sokande().identitet(),
                hushallstext(v.hushallIdag(), v.idag()), Meddelanden.t(v.arende().status().textnyckel()));
    }

    static String hushallstext(List<Hushallsdeltagare> medlemmar, LocalDate idag) {
        long vuxna = Hushall.vuxna(medlemmar);
        List<Integer> barn = Hushall.barnAldrar(medlemmar, idag);
        String v = Meddelanden.t(vuxna == 1 ? "hushall.enVuxen" : "hushall.vuxna", vuxna);
        if (barn.isEmpty()) {
            return v;
        }
        return v + ", " + Meddelanden.t(barn.size() == 1 ? "hushall.ettBarn" : "hushall.barn", barn.size(),
                String.join(", ", barn.stream().map(String::valueOf).toList()));
    }

    private void visaBevakningar(VBox panel, Arendevy v) {
        panel.getChildren().clear();
        Label rubrik = new Label(Meddelanden.t("bevakningar.rubrik"));
        rubrik.getStyleClass().add(Styles.TITLE_4);
        panel.getChildren().add(rubrik);
        if (v.bevakningar().isEmpty()) {
            Label l = new Label(Meddelanden.t("bevakningar.inga"));
            l.getStyleClass().add(Styles.TEXT_MUTED);
            panel.getChildren().add(l);
        }
        for (Bevakning b : v.bevakningar()) {
            Label l = new Label(Meddelanden.t(b.textnyckel(), b.senast().toString()),
                    new FontIcon(b.forfallen() ? Material2OutlinedMZ.WARNING : Material2OutlinedAL.EVENT));
            l.setWrapText(true);
            l.getStyleClass().add(b.forfallen() ? "bevakning-forfallen" : "bevakning");
            l.setId("bevakning-" + b.typ().name());
            panel.getChildren().add(l);
        }
        Label hushall = new Label(Meddelanden.t("bevakningar.hushall", v.hushallAndrat().map(LocalDate::toString).orElse("–")),
                new FontIcon(Material2OutlinedAL.FAMILY_RESTROOM));
        hushall.getStyleClass().add(Styles.TEXT_MUTED);
        panel.getChildren().add(hushall);
        v.senasteAnsokan().ifPresent(a -> {
            Label l = new Label(Meddelanden.t("bevakningar.ansokan", a.avserManad().toString(),
                    Meddelanden.t(a.kanal().textnyckel()), a.inkommen().toString()), new FontIcon(Material2OutlinedAL.DESCRIPTION));
            l.setWrapText(true);
            l.getStyleClass().add(Styles.TEXT_MUTED);
            panel.getChildren().add(l);
        });
        Label handlaggare = new Label(Meddelanden.t("bevakningar.handlaggare",
                v.handlaggareNamn().orElse(Meddelanden.t("arende.ejTilldelad"))), new FontIcon(Material2OutlinedMZ.PERSON));
        handlaggare.getStyleClass().add(Styles.TEXT_MUTED);
        panel.getChildren().add(handlaggare);
        panel.setPadding(new Insets(12));
    }

    private VBox skalPanel() {
        Label titel = new Label(Meddelanden.t("atkomst.skalRubrik"), new FontIcon(Material2OutlinedMZ.VISIBILITY));
        titel.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(Meddelanden.t("atkomst.skalKravs"));
        text.setWrapText(true);
        TextField skal = Formular.text("skalFalt", vm.skal, Meddelanden.t("atkomst.skalPrompt"));
        Button ok = new Button(Meddelanden.t("atkomst.oppna"), new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        ok.setId("skalOkKnapp");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setDefaultButton(false);
        ok.setOnAction(e -> vm.oppna());
        skal.setOnAction(e -> vm.oppna());
        VBox v = new VBox(10, titel, text, Formular.falt("atkomst.skal", skal, "skal", vm.faltfel()), ok);
        v.setId("skalPanel");
        v.getStyleClass().add("formular-kort");
        v.setPadding(new Insets(20));
        v.setMaxWidth(520);
        v.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        v.visibleProperty().bind(vm.skalKravsProperty());
        vm.skalKravsProperty().addListener((o, a, b) -> {
            if (b) {
                skal.requestFocus();
            }
        });
        return v;
    }

    public ArendeViewModel viewModel() {
        return vm;
    }

    /** Selects a tab of the workspace by id (e.g. {@code journal}). */
    public void visaFlik(String id) {
        flikar.getTabs().stream().filter(t -> ("flik-" + id).equals(t.getId())).findFirst()
                .ifPresent(t -> flikar.getSelectionModel().select(t));
    }
}
