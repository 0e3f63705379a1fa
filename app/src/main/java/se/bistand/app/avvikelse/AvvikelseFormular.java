package se.bistand.app.avvikelse;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Faltfel;
import se.bistand.app.ui.Ui;
import se.bistand.domain.avvikelse.Allvarlighet;
import se.bistand.domain.avvikelse.Avvikelse;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.Lank;

/**
 * The avvikelse form in its own window beside the main one (the case stays visible). Other
 * features open it pre-filled with what they show:
 * <pre>{@code
 * AvvikelseFormular.oppna(session, Optional.of(new Lank(Lank.Typ.ARENDE, arendeId, "Ärende 2026-0412", skyddad)));
 * }</pre>
 * A link with {@code skyddad = true} is never shown or stored with its text.
 */
public final class AvvikelseFormular extends BorderPane {

    private final Session session;
    private final AvvikelseFormularViewModel vm;
    private final Runnable stang;

    private AvvikelseFormular(Session session, AvvikelseFormularViewModel vm, Runnable stang) {
        this.session = session;
        this.vm = vm;
        this.stang = stang;
        setId("avvikelseFormular");
        getStyleClass().add("avvikelse-formular");
        setCenter(formular());
        if (session.demo()) {
            setTop(Ui.demoBanner());
        }
        vm.ladda();
    }

    /** Opens the form (on the FX thread) with an optional pre-filled link; returns its window. */
    public static Stage oppna(Session session, Optional<Lank> lank) {
        return visa(session, new AvvikelseFormularViewModel(session, session.tjanster().klocka(),
                session.tjanster().avvikelseService(), lank));
    }

    /** Opens the reporter's own draft. */
    public static Stage oppnaUtkast(Session session, Avvikelse utkast) {
        return visa(session, new AvvikelseFormularViewModel(session, session.tjanster().klocka(),
                session.tjanster().avvikelseService(), utkast));
    }

    private static Stage visa(Session session, AvvikelseFormularViewModel vm) {
        Stage s = new Stage();
        agare(session).ifPresent(s::initOwner);
        AvvikelseFormular f = new AvvikelseFormular(session, vm, s::close);
        Scene scen = new Scene(f, 760, 860);
        scen.getStylesheets().add(Ui.CSS);
        s.setScene(scen);
        s.setTitle(Meddelanden.t("avvikelse.formularTitel"));
        s.show();
        return s;
    }

    /** The main window (through the shell port), else the first window shown. */
    private static Optional<Window> agare(Session session) {
        return session.skal().fonster().or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst());
    }

    private Node formular() {
        Label rubrik = Ui.rubrik(Meddelanden.t("avvikelse.formularTitel"), Styles.TITLE_3);

        ComboBox<Kategori> kategori = AvvikelseUi.val("kategoriVal", List.of(Kategori.values()),
                k -> Meddelanden.t(k.textnyckel()));
        kategori.valueProperty().bindBidirectional(vm.kategori);
        kategori.setPromptText(Meddelanden.t("avvikelse.valjKategori"));
        Label routning = new Label();
        routning.setId("routningText");
        routning.textProperty().bind(vm.routningTextProperty());
        routning.setGraphic(new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        routning.setWrapText(true);
        routning.getStyleClass().add("routning");
        VBox kategoriKort = new VBox(6, Faltfel.falt("avvikelse.falt.kategori", kategori, "kategori", vm.faltfel()),
                routning);
        kategoriKort.getStyleClass().add("kategori-kort");

        Node lank = vm.lank().<Node>map(AvvikelseUi::lankEtikett).orElseGet(() -> {
            Label l = new Label(Meddelanden.t("avvikelse.ingenLank"));
            l.setId("lankText");
            l.getStyleClass().add(Styles.TEXT_MUTED);
            return l;
        });

        var beskrivning = AvvikelseUi.textyta("beskrivningFalt", 4);
        beskrivning.textProperty().bindBidirectional(vm.beskrivning);
        beskrivning.setPromptText(Meddelanden.t("avvikelse.beskrivningHjalp"));

        DatePicker intraffade = new DatePicker();
        intraffade.setId("intraffadeFalt");
        intraffade.valueProperty().bindBidirectional(vm.intraffade);
        DatePicker upptacktDag = new DatePicker();
        upptacktDag.setId("upptacktesDagFalt");
        upptacktDag.valueProperty().bindBidirectional(vm.upptacktesDag);
        TextField upptacktTid = new TextField();
        upptacktTid.setId("upptacktesTidFalt");
        upptacktTid.setPrefColumnCount(5);
        upptacktTid.setPromptText("tt:mm");
        upptacktTid.textProperty().bindBidirectional(vm.upptacktesTid);
        HBox upptackt = new HBox(6, upptacktDag, upptacktTid);
        HBox datum = new HBox(16, Faltfel.falt("avvikelse.falt.intraffade", intraffade, "intraffade", vm.faltfel()),
                Faltfel.falt("avvikelse.falt.upptacktes", AvvikelseUi.grupp(upptackt), "upptacktes", vm.faltfel()));

        var konsekvens = AvvikelseUi.textyta("konsekvensFalt", 2);
        konsekvens.textProperty().bindBidirectional(vm.konsekvens);
        var atgard = AvvikelseUi.textyta("atgardFalt", 2);
        atgard.textProperty().bindBidirectional(vm.omedelbarAtgard);

        Button utkast = new Button(Meddelanden.t("avvikelse.sparaUtkast"), new FontIcon(Material2OutlinedMZ.SAVE));
        utkast.setId("sparaUtkastKnapp");
        utkast.disableProperty().bind(vm.upptagenProperty());
        utkast.setOnAction(e -> vm.sparaUtkast(this::efterSparande));
        Button skicka = new Button(Meddelanden.t("avvikelse.skicka"), new FontIcon(Material2OutlinedMZ.SEND));
        skicka.setId("skickaKnapp");
        skicka.getStyleClass().add(Styles.ACCENT);
        skicka.disableProperty().bind(vm.upptagenProperty());
        skicka.setOnAction(e -> vm.skicka(() -> {
            efterSparande();
            setCenter(bekraftelse());
        }));
        Label meddelande = new Label();
        meddelande.setId("formularMeddelande");
        meddelande.textProperty().bind(vm.meddelandeProperty());
        meddelande.setWrapText(true);
        HBox knappar = new HBox(8, utkast, skicka, meddelande);
        knappar.setAlignment(Pos.CENTER_LEFT);

        VBox f = new VBox(12, rubrik, kategoriKort, lank,
                Faltfel.falt("avvikelse.falt.beskrivning", beskrivning, "beskrivning", vm.faltfel()),
                datum,
                Faltfel.falt("avvikelse.falt.konsekvens", konsekvens, "konsekvens", vm.faltfel()),
                Faltfel.falt("avvikelse.falt.omedelbarAtgard", atgard, "omedelbarAtgard", vm.faltfel()),
                Faltfel.falt("avvikelse.falt.allvarlighet", allvarlighet(), "allvarlighet", vm.faltfel()),
                knappar);
        f.setPadding(new Insets(18, 22, 18, 22));
        ScrollPane sp = new ScrollPane(f);
        sp.setFitToWidth(true);
        return sp;
    }

    private javafx.scene.control.Control allvarlighet() {
        ToggleGroup g = new ToggleGroup();
        HBox rad = new HBox();
        Allvarlighet[] alla = Allvarlighet.values();
        for (int i = 0; i < alla.length; i++) {
            Allvarlighet a = alla[i];
            ToggleButton b = new ToggleButton(Meddelanden.t(a.textnyckel()));
            b.setId("allvarlighet-" + a.name());
            b.setUserData(a);
            b.setToggleGroup(g);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == alla.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(a == vm.allvarlighet.get());
            rad.getChildren().add(b);
        }
        g.selectedToggleProperty().addListener((o, f, n) -> vm.allvarlighet.set(n == null ? null
                : (Allvarlighet) n.getUserData()));
        return AvvikelseUi.grupp(rad);
    }

    private Node bekraftelse() {
        FontIcon ikon = new FontIcon(Material2OutlinedAL.CHECK_CIRCLE);
        ikon.getStyleClass().add("tomt-ikon");
        Label t = Ui.rubrik(vm.meddelandeProperty().get(), Styles.TITLE_3);
        t.setId("skickadBekraftelse");
        t.setWrapText(true);
        Label vem = new Label(vm.routningTextProperty().get());
        vem.getStyleClass().add(Styles.TEXT_MUTED);
        Button stangKnapp = new Button(Meddelanden.t("avvikelse.stang"));
        stangKnapp.setId("stangFormular");
        stangKnapp.setDefaultButton(true);
        stangKnapp.setOnAction(e -> stang.run());
        VBox v = new VBox(14, ikon, t, vem, stangKnapp);
        v.setAlignment(Pos.CENTER);
        v.setPadding(new Insets(40));
        VBox.setVgrow(v, Priority.ALWAYS);
        return v;
    }

    /** Refreshes the main window's rail badges and the avvikelse section, if open. */
    private void efterSparande() {
        session.skal().uppdateraRaknare();
        Window agare = getScene() == null ? null : ((Stage) getScene().getWindow()).getOwner();
        if (agare != null && agare.getScene() != null) {
            AvvikelserView.laddaOm(agare.getScene().getRoot());
        }
    }
}
