package se.bistand.app.berakning;

import atlantafx.base.theme.Styles;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Ui;
import se.bistand.domain.berakning.Inkomsttyp;
import se.bistand.domain.berakning.Kostnadstyp;
import se.bistand.domain.berakning.NormJustering;
import se.bistand.domain.berakning.Roll;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.beslut.LivsforingTyp;

/**
 * The Beräkning tab: on the left the lines, grouped Norm (automatic, per member with age) ·
 * Skäliga kostnader · Inkomster (with jobbstimulans as its own line), the full specification
 * with every subtotal, the differences from last month and the decision form; on the right
 * the fixed {@link BeloppskortView}, updated as you type. Errors show under their field
 * ({@code #fel-costs-0-amount} …) and the field turns red.
 */
public final class BerakningView extends BorderPane {

    private final BerakningViewModel vm;
    private final BeloppskortView kort = new BeloppskortView();
    private final Map<String, Falt> falt = new HashMap<>();
    private final VBox medlemsrader = new VBox(8);
    private final VBox kostnadsrader = new VBox(6);
    private final VBox inkomstrader = new VBox(6);
    private final VBox livsforingsrader = new VBox(8);
    private final GridPane specifikation = new GridPane();
    private final VBox skillnader = new VBox(2);

    private record Falt(Label fel, Control kontroll) {
    }

    public BerakningView(BerakningViewModel vm) {
        this.vm = vm;
        setId("berakningVy");
        getStylesheets().add(BerakningView.class.getResource("/se/bistand/app/berakning/berakning.css").toExternalForm());
        VBox vanster = new VBox(6, verktygsrad(), banner(vm.meddelandeProperty(), "berakningMeddelande"),
                grupp("berakningsvy.norm"), medlemsrader,
                grupp("berakningsvy.kostnader"), kostnadsrader, knapp("berakningsvy.nyKostnad", "nyKostnadKnapp", vm::nyKostnad),
                grupp("berakningsvy.inkomster"), jobbstimulans(), inkomstrader,
                knapp("berakningsvy.nyInkomst", "nyInkomstKnapp", vm::nyInkomst),
                grupp("berakningsvy.specifikation"), specifikation,
                grupp("berakningsvy.skillnader"), skillnader,
                beslutsformular(vm.beslut()));
        vanster.setPadding(new Insets(8, 16, 24, 16));
        ScrollPane rulla = new ScrollPane(vanster);
        rulla.setFitToWidth(true);
        rulla.setId("berakningRader");
        setCenter(rulla);
        VBox hoger = new VBox(kort);
        hoger.setPadding(new Insets(12));
        setRight(hoger);

        specifikation.setHgap(16);
        specifikation.setVgap(2);
        specifikation.setId("specifikation");
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setHgrow(Priority.ALWAYS);
        specifikation.getColumnConstraints().add(c0);
        skillnader.setId("skillnader");

        vm.medlemmar().addListener(strukturellt(this::byggMedlemmar));
        vm.kostnader().addListener(strukturellt(this::byggKostnader));
        vm.inkomster().addListener(strukturellt(this::byggInkomster));
        vm.beslut().livsforing().addListener(strukturellt(this::byggLivsforing));
        vm.specifikation().addListener((ListChangeListener<Berakningsspecifikation.Rad>) c -> byggSpecifikation());
        vm.skillnader().addListener((ListChangeListener<String>) c -> byggSkillnader());
        vm.resultatProperty().addListener((o, a, r) -> {
            if (r == null) {
                kort.visaTomt();
            } else {
                kort.visa(r);
            }
        });
        lyssnaPaFel(vm.faltfel());
        lyssnaPaFel(vm.beslut().faltfel());
        byggSkillnader();
        vm.ladda();
    }

    public BeloppskortView kort() {
        return kort;
    }

    private Node verktygsrad() {
        TextField manad = new TextField(vm.manadProperty().get().toString());
        manad.setId("manadFalt");
        manad.setPrefColumnCount(7);
        Runnable las = () -> {
            try {
                vm.manadProperty().set(YearMonth.parse(manad.getText().strip()));
                manad.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            } catch (DateTimeParseException e) {
                manad.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            }
        };
        manad.setOnAction(e -> las.run());
        manad.focusedProperty().addListener((o, a, fokus) -> {
            if (!fokus) {
                las.run();
            }
        });
        Button kopiera = new Button(Meddelanden.t("berakningsvy.kopiera"), new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        kopiera.setId("kopieraForraKnapp");
        kopiera.setOnAction(e -> vm.kopieraForraManaden());
        ProgressIndicator p = new ProgressIndicator();
        p.setPrefSize(18, 18);
        p.visibleProperty().bind(vm.laddarProperty());
        Label rubrik = Ui.rubrik(Meddelanden.t("berakningsvy.rubrik"), Styles.TITLE_4);
        HBox rad = new HBox(10, rubrik, Ui.spacer(), new Label(Meddelanden.t("berakningsvy.manad")), manad, kopiera, p);
        rad.setAlignment(Pos.CENTER_LEFT);
        return rad;
    }

    private Node jobbstimulans() {
        Label l = new Label();
        l.setId("jobbstimulansText");
        l.textProperty().bind(vm.jobbstimulansTextProperty());
        l.getStyleClass().addAll("berakning-hint", "berakning-jobbstimulans");
        return l;
    }

    private void byggMedlemmar() {
        medlemsrader.getChildren().clear();
        List<BerakningViewModel.MedlemRad> rader = vm.medlemmar();
        for (int i = 0; i < rader.size(); i++) {
            BerakningViewModel.MedlemRad m = rader.get(i);
            String p = "members-" + i + "-";
            Label vem = new Label(Meddelanden.t("berakningsvy.medlem", m.medlem().namn(),
                    Meddelanden.tFor("berakningsvy.roll.", m.medlem().roll().kod()), vm.alder(m)));
            vem.setId("medlem-" + i);
            vem.setMinWidth(260);
            HBox rad = new HBox(10, vem);
            rad.setAlignment(Pos.CENTER_LEFT);
            if (m.medlem().roll() == Roll.BARN) {
                CheckBox lunch = new CheckBox(Meddelanden.t("berakningsvy.lunchBorta"));
                lunch.setId(p + "lunchAway");
                lunch.selectedProperty().bindBidirectional(m.lunchBorta);
                lunch.setDisable(vm.alder(m) > 6);
                TextField arbete = belopp(p + "workIncomeEarlierThisYear", "berakningsvy.arbetsinkomstTidigare");
                arbete.textProperty().bindBidirectional(m.arbetsinkomstTidigare);
                rad.getChildren().addAll(lunch, faltMedFel(arbete));
            }
            ComboBox<NormJustering.Riktning> justering = new ComboBox<>();
            justering.getItems().addAll(null, NormJustering.Riktning.REDUCERAD, NormJustering.Riktning.HOJD);
            justering.setConverter(konverterare(r -> Meddelanden.t(r == null ? "berakningsvy.justering.ingen"
                    : "berakningsvy.justering." + r.name())));
            justering.setId(p + "normAdjustment");
            justering.valueProperty().bindBidirectional(m.justering);
            TextField jb = belopp(p + "normAdjustment-amount", "berakningsvy.justeringBelopp");
            jb.textProperty().bindBidirectional(m.justeringBelopp);
            TextField skal = new TextField();
            skal.setPromptText(Meddelanden.t("berakningsvy.justeringSkal"));
            skal.setId(p + "normAdjustment-reason");
            skal.textProperty().bindBidirectional(m.justeringSkal);
            HBox.setHgrow(skal, Priority.ALWAYS);
            HBox justeringsrad = new HBox(8, justering, faltMedFel(jb), faltMedFel(skal));
            jb.disableProperty().bind(m.justering.isNull());
            skal.disableProperty().bind(m.justering.isNull());
            medlemsrader.getChildren().add(new VBox(4, rad, justeringsrad));
        }
    }

    private void byggKostnader() {
        kostnadsrader.getChildren().clear();
        for (int i = 0; i < vm.kostnader().size(); i++) {
            BerakningViewModel.KostnadRad k = vm.kostnader().get(i);
            ComboBox<Kostnadstyp> typ = new ComboBox<>();
            typ.getItems().setAll(Kostnadstyp.values());
            typ.setConverter(konverterare(t -> Meddelanden.t("kostnadstyp." + t.kod())));
            typ.valueProperty().bindBidirectional(k.typ);
            typ.setId("kostnad-" + i + "-typ");
            typ.setPrefWidth(230);
            TextField b = belopp("costs-" + i + "-amount", "berakningsvy.belopp");
            b.textProperty().bindBidirectional(k.belopp);
            kostnadsrader.getChildren().add(rad(typ, faltMedFel(b), taBort(() -> vm.kostnader().remove(k))));
        }
    }

    private void byggInkomster() {
        inkomstrader.getChildren().clear();
        for (int i = 0; i < vm.inkomster().size(); i++) {
            BerakningViewModel.InkomstRad in = vm.inkomster().get(i);
            ComboBox<Integer> vem = new ComboBox<>();
            for (int j = 0; j < vm.medlemmar().size(); j++) {
                vem.getItems().add(j);
            }
            vem.setConverter(konverterare(j -> j < vm.medlemmar().size() ? vm.medlemmar().get(j).medlem().namn() : "?"));
            vem.setValue(in.medlem.get());
            vem.valueProperty().addListener((o, a, v) -> in.medlem.set(v == null ? 0 : v));
            vem.setId("inkomst-" + i + "-medlem");
            vem.setPrefWidth(150);
            ComboBox<Inkomsttyp> typ = new ComboBox<>();
            typ.getItems().setAll(Inkomsttyp.values());
            typ.setConverter(konverterare(t -> Meddelanden.t("inkomsttyp." + t.kod())));
            typ.valueProperty().bindBidirectional(in.typ);
            typ.setId("inkomst-" + i + "-typ");
            TextField b = belopp("incomes-" + i + "-amount", "berakningsvy.belopp");
            b.textProperty().bindBidirectional(in.belopp);
            inkomstrader.getChildren().add(rad(vem, typ, faltMedFel(b), taBort(() -> vm.inkomster().remove(in))));
        }
    }

    private void byggSpecifikation() {
        specifikation.getChildren().clear();
        int r = 0;
        for (Berakningsspecifikation.Rad rad : vm.specifikation()) {
            Label text = new Label(rad.text());
            Label belopp = new Label(rad.formateratBelopp());
            belopp.getStyleClass().add("berakning-rad-belopp");
            switch (rad.niva()) {
                case RUBRIK -> text.getStyleClass().add("berakning-grupp");
                case RAD -> text.setPadding(new Insets(0, 0, 0, 12));
                case UNDERRAD -> {
                    text.setPadding(new Insets(0, 0, 0, 28));
                    text.getStyleClass().add("berakning-hint");
                }
                case SUMMA, RESULTAT -> {
                    text.getStyleClass().add("berakning-summa");
                    belopp.getStyleClass().add("berakning-summa");
                }
            }
            belopp.setId("spec-" + r);
            specifikation.addRow(r++, text, belopp);
        }
    }

    private void byggSkillnader() {
        skillnader.getChildren().clear();
        if (vm.skillnader().isEmpty()) {
            Label l = new Label(Meddelanden.t(vm.harForraManaden() ? "berakningsvy.ingaSkillnader" : "berakningsvy.ingenJamforelse"));
            l.getStyleClass().add("berakning-hint");
            skillnader.getChildren().add(l);
            return;
        }
        vm.skillnader().forEach(s -> skillnader.getChildren().add(new Label(s)));
    }

    private Node beslutsformular(BeslutForm f) {
        ComboBox<Beslutsutfall> utfall = new ComboBox<>();
        utfall.getItems().setAll(Beslutsutfall.values());
        utfall.setConverter(konverterare(u -> Meddelanden.tFor("beslut.utfall.", u.name())));
        utfall.valueProperty().bindBidirectional(f.utfall);
        utfall.setId("utfall");
        falt.put("utfall", new Falt(felEtikett("utfall"), utfall));
        TextField sokt = belopp("soktBelopp", "beslutsvy.soktBelopp");
        sokt.textProperty().bindBidirectional(f.soktBelopp);
        sokt.disableProperty().bind(f.provarForsorjningsstodProperty().not());
        f.provarForsorjningsstodProperty().addListener((o, fore, provas) -> kort.forsorjningsstodProvas(provas));
        Label endastLivsforing = new Label(Meddelanden.t("beslutsvy.endastLivsforingInfo"));
        endastLivsforing.setId("endastLivsforingInfo");
        endastLivsforing.setWrapText(true);
        endastLivsforing.getStyleClass().add(Styles.ACCENT);
        endastLivsforing.visibleProperty().bind(f.provarForsorjningsstodProperty().not());
        endastLivsforing.managedProperty().bind(endastLivsforing.visibleProperty());
        Button nyLivsforing = knapp("beslutsvy.nyLivsforing", "nyLivsforingKnapp", f::nyLivsforing);
        Label livsforingFel = felEtikett("livsforing"); // "at least one need": under the add button
        falt.put("livsforing", new Falt(livsforingFel, nyLivsforing));
        TextArea motivering = textyta("motivering", f.motivering);
        TextField lagrum = new TextField();
        lagrum.setId("lagrum");
        lagrum.textProperty().bindBidirectional(f.lagrum);
        falt.put("lagrum", new Falt(felEtikett("lagrum"), lagrum));
        TextArea bka = textyta("barnkonsekvensanalys", f.barnkonsekvensanalys);
        ComboBox<Betalningsmottagare> mottagare = new ComboBox<>(f.mottagarval());
        mottagare.setId("mottagare");
        mottagare.setConverter(konverterare(m -> m.namn() + " (" + m.konto().formaterat() + ")"));
        mottagare.valueProperty().bindBidirectional(f.mottagare);
        mottagare.setPromptText(Meddelanden.t("beslutsvy.valjMottagare"));
        falt.put("mottagare", new Falt(felEtikett("mottagare"), mottagare));
        DatePicker datum = new DatePicker();
        datum.setId("betalningsdatum");
        datum.valueProperty().bindBidirectional(f.betalningsdatum);
        Button fatta = new Button(Meddelanden.t("beslutsvy.fatta"), new FontIcon(Material2OutlinedMZ.SAVE));
        fatta.setId("fattaBeslutKnapp");
        fatta.textProperty().bind(javafx.beans.binding.Bindings.when(f.gallandeProperty().isNull())
                .then(Meddelanden.t("beslutsvy.fatta")).otherwise(Meddelanden.t("beslutsvy.andra")));
        Label gallande = new Label();
        gallande.setId("gallandeBeslut");
        gallande.textProperty().bind(f.gallandeTextProperty());
        gallande.setWrapText(true);
        gallande.getStyleClass().add(Styles.ACCENT);
        gallande.visibleProperty().bind(gallande.textProperty().isNotEmpty());
        gallande.managedProperty().bind(gallande.visibleProperty());
        fatta.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the message beside it never squeezes the label
        fatta.getStyleClass().add(Styles.ACCENT);
        fatta.disableProperty().bind(vm.resultatProperty().isNull());
        fatta.setOnAction(e -> f.fatta());
        VBox v = new VBox(6, grupp("beslutsvy.rubrik"), gallande,
                rad(etikett("beslutsvy.utfall", faltMedFel(utfall)), etikett("beslutsvy.soktBelopp", faltMedFel(sokt))),
                endastLivsforing,
                etikett("beslutsvy.motivering", faltMedFel(motivering)),
                etikett("beslutsvy.lagrum", faltMedFel(lagrum)),
                etikett("beslutsvy.barnkonsekvensanalys", faltMedFel(bka)),
                rad(etikett("beslutsvy.mottagare", faltMedFel(mottagare)), etikett("beslutsvy.betalningsdatum", datum)),
                grupp("beslutsvy.livsforing"), livsforingsrader, new VBox(2, nyLivsforing, livsforingFel),
                rad(fatta, banner(f.meddelandeProperty(), "beslutMeddelande")));
        v.setId("beslutsformular");
        return v;
    }

    private void byggLivsforing() {
        livsforingsrader.getChildren().clear();
        List<BeslutForm.LivsforingRad> rader = vm.beslut().livsforing();
        for (int i = 0; i < rader.size(); i++) {
            BeslutForm.LivsforingRad r = rader.get(i);
            String p = "livsforing-" + i + "-";
            ComboBox<LivsforingTyp> typ = new ComboBox<>();
            typ.getItems().setAll(LivsforingTyp.values());
            typ.setConverter(konverterare(t -> Meddelanden.tFor("beslut.livsforingtyp.", t.name())));
            typ.valueProperty().bindBidirectional(r.typ);
            TextField besk = new TextField();
            besk.setPromptText(Meddelanden.t("beslutsvy.beskrivning"));
            besk.textProperty().bindBidirectional(r.beskrivning);
            TextField sokt = belopp(p + "soktBelopp", "beslutsvy.sokt");
            sokt.textProperty().bindBidirectional(r.sokt);
            ComboBox<Beslutsutfall> utfall = new ComboBox<>();
            utfall.getItems().setAll(java.util.Arrays.stream(Beslutsutfall.values())
                    .filter(Beslutsutfall::provarForsorjningsstod).toList()); // an item is always tried
            utfall.setConverter(konverterare(u -> Meddelanden.tFor("beslut.utfall.", u.name())));
            utfall.valueProperty().bindBidirectional(r.utfall);
            TextField beviljat = belopp(p + "beviljatBelopp", "beslutsvy.beviljat");
            beviljat.textProperty().bindBidirectional(r.beviljat);
            TextField mot = new TextField();
            mot.setId(p + "motivering");
            mot.setPromptText(Meddelanden.t("beslutsvy.motivering"));
            mot.textProperty().bindBidirectional(r.motivering);
            falt.put(p + "motivering", new Falt(felEtikett(p + "motivering"), mot));
            HBox.setHgrow(mot, Priority.ALWAYS);
            livsforingsrader.getChildren().add(new VBox(4, rad(typ, besk, faltMedFel(sokt), utfall, faltMedFel(beviljat),
                    taBort(() -> rader.remove(r))), faltMedFel(mot)));
        }
    }

    // --- small builders -------------------------------------------------------------------------

    private static ListChangeListener<Object> strukturellt(Runnable bygg) {
        return c -> {
            boolean struktur = false;
            while (c.next()) {
                struktur |= !c.wasUpdated();
            }
            if (struktur) {
                bygg.run();
            }
        };
    }

    private void lyssnaPaFel(ObservableMap<String, String> fel) {
        fel.addListener((MapChangeListener<String, String>) c -> {
            Falt f = falt.get(nodId(c.getKey()));
            if (f == null) {
                return;
            }
            String text = c.getMap().get(c.getKey());
            f.fel().setText(text == null ? "" : text);
            f.fel().setVisible(text != null);
            f.kontroll().pseudoClassStateChanged(Styles.STATE_DANGER, text != null);
        });
    }

    /** {@code costs[0].amount} → {@code costs-0-amount} (usable in a CSS id selector). */
    static String nodId(String falt) {
        return falt.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    private TextField belopp(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(Meddelanden.t(prompt));
        t.setPrefColumnCount(9);
        t.getStyleClass().add("berakning-rad-belopp");
        falt.put(id, new Falt(felEtikett(id), t));
        return t;
    }

    private TextArea textyta(String id, javafx.beans.property.StringProperty p) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setPrefRowCount(2);
        t.setWrapText(true);
        t.textProperty().bindBidirectional(p);
        falt.put(id, new Falt(felEtikett(id), t));
        return t;
    }

    private static Label felEtikett(String id) {
        return se.bistand.app.ui.Faltfel.etikett(id);
    }

    private VBox faltMedFel(Control c) {
        Falt f = falt.get(c.getId());
        VBox v = f == null ? new VBox(c) : new VBox(2, c, f.fel());
        HBox.setHgrow(v, HBox.getHgrow(c));
        return v;
    }

    private static VBox etikett(String nyckel, Node n) {
        Label l = new Label(Meddelanden.t(nyckel));
        l.getStyleClass().add("berakning-hint");
        return new VBox(2, l, n);
    }

    private static HBox rad(Node... n) {
        HBox h = new HBox(8, n);
        h.setAlignment(Pos.TOP_LEFT);
        return h;
    }

    private static Label grupp(String nyckel) {
        Label l = new Label(Meddelanden.t(nyckel));
        l.getStyleClass().add("berakning-grupp");
        return l;
    }

    private static Button knapp(String nyckel, String id, Runnable r) {
        Button b = new Button(Meddelanden.t(nyckel), new FontIcon(Material2OutlinedAL.ADD));
        b.setId(id);
        b.getStyleClass().add(Styles.FLAT);
        b.setOnAction(e -> r.run());
        return b;
    }

    private static Button taBort(Runnable r) {
        Button b = new Button(null, new FontIcon(Material2OutlinedAL.DELETE));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setOnAction(e -> r.run());
        return b;
    }

    private static Label banner(javafx.beans.value.ObservableStringValue text, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.WARNING);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static <T> StringConverter<T> konverterare(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("the combo box is not editable: values are chosen, never typed");
            }
        };
    }
}
