package se.bistand.app.shell;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.Meddelanden;
import se.bistand.app.delad.Anslutningsvakt;
import se.bistand.app.delad.DatabasanslutningView;
import se.bistand.app.delad.DatabasanslutningViewModel;
import se.bistand.app.demo.DemoData;
import se.bistand.app.inloggning.InloggningView;
import se.bistand.app.inloggning.InloggningViewModel;
import se.bistand.app.ui.BackgroundRunner;
import se.bistand.app.ui.Felvisning;
import se.bistand.app.ui.Ui;
import se.bistand.domain.behorighet.Aktor;

/**
 * Moves the one main stage between its screens: opening the database (in the background),
 * sign-in, the main window, and back to sign-in on sign-out.
 */
public final class Fonsterhanterare {

    private static final Logger LOG = LoggerFactory.getLogger(Fonsterhanterare.class);

    private final Stage stage;
    private final BackgroundRunner runner;
    private AppContext ctx;
    private boolean demo;
    private HuvudfonsterView huvudfonster;
    private AppKonfig konfig;
    private Anslutningsvakt vakt;

    public Fonsterhanterare(Stage stage, BackgroundRunner runner) {
        this.stage = stage;
        this.runner = runner;
        stage.setTitle(Meddelanden.t("app.namn"));
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
    }

    /** Opens (migrates, and for the demo seeds) the database off the FX thread, then shows sign-in. */
    public void oppna(AppKonfig konfig) {
        this.konfig = konfig;
        VBox v = new VBox(14, new ProgressIndicator(), new Label(Meddelanden.t("start.oppnarDatabas")));
        v.setAlignment(Pos.CENTER);
        satt(v);
        runner.kor(() -> {
            AppContext c = AppContext.oppna(konfig);
            try {
                if (konfig.demo() && DemoData.arTom(c)) {
                    DemoData.seed(c, DemoData.STANDARD_SEED);
                }
                return new Object[] {c, c.arDemo()};
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
        }, r -> {
            AppContext c = (AppContext) r[0];
            bevaka(c);
            dagligSakerhetskopia(c);
            visaInloggning(c, (Boolean) r[1]);
        }, t -> visaStartfel(konfig, t));
    }

    private void bevaka(AppContext c) {
        vakt = new Anslutningsvakt(c::arVidLiv, Platform::runLater, Anslutningsvakt.NORMALT, Anslutningsvakt.NAR_BRUTEN);
        vakt.starta();
    }

    /** Local mode's daily backup, in the background after start; a failure is logged, not shown. */
    private void dagligSakerhetskopia(AppContext c) {
        runner.kor(c::dagligSakerhetskopiaOmBehovs,
                fil -> fil.ifPresent(f -> LOG.info("Daglig säkerhetskopia skapad: {}", f.getFileName())),
                t -> LOG.warn("Den dagliga säkerhetskopian kunde inte skapas: {}", t.getMessage()));
    }

    /** The connection dialog; saving closes the current database and opens the chosen one. */
    public void visaDatabasanslutning(Runnable avbryt) {
        DatabasanslutningViewModel vm = new DatabasanslutningViewModel(konfig);
        satt(new DatabasanslutningView(vm, ny -> {
            // closing the pool can block: off the FX thread, then open the new connection
            AppContext gammal = slappDatabasen();
            runner.kor(() -> {
                if (gammal != null) {
                    gammal.close();
                }
                return true;
            }, ok -> oppna(ny), t -> oppna(ny));
        }, avbryt));
    }

    /** Closes the database and stops watching it (application exit). */
    public void stang() {
        AppContext gammal = slappDatabasen();
        if (gammal != null) {
            gammal.close();
        }
    }

    /** Stops watching the database and lets go of it; the caller closes what is returned. */
    private AppContext slappDatabasen() {
        if (vakt != null) {
            vakt.close();
            vakt = null;
        }
        AppContext gammal = ctx;
        ctx = null;
        return gammal;
    }

    private void visaStartfel(AppKonfig konfig, Throwable t) {
        Label rubrik = Ui.rubrik(Meddelanden.t("start.kundeInteOppna"), Styles.TITLE_3);
        Label text = new Label(Felvisning.text(t));
        text.setId("startFel");
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button igen = new Button(Meddelanden.t("start.forsokIgen"));
        igen.setId("forsokIgenKnapp");
        igen.getStyleClass().add(Styles.ACCENT);
        igen.setOnAction(e -> oppna(konfig));
        Button avsluta = new Button(Meddelanden.t("start.avsluta"));
        avsluta.setOnAction(e -> stage.close());
        Button anslutning = new Button(Meddelanden.t("delad.databasanslutning"));
        anslutning.setId("databasanslutningKnapp");
        anslutning.setOnAction(e -> visaDatabasanslutning(() -> visaStartfel(konfig, t)));
        VBox v = new VBox(14, new org.kordamp.ikonli.javafx.FontIcon(Material2OutlinedMZ.STORAGE), rubrik, text,
                new HBox(8, igen, anslutning, avsluta));
        v.setAlignment(Pos.CENTER);
        v.setPadding(new Insets(40));
        satt(v);
    }

    public void visaInloggning(AppContext c, boolean arDemo) {
        this.ctx = c;
        this.demo = arDemo;
        this.huvudfonster = null;
        InloggningViewModel vm = new InloggningViewModel(c.inloggning(), c.databasBeskrivning(), runner, arDemo);
        satt(Ui.medDemoBanner(new InloggningView(vm, this::visaHuvudfonster,
                () -> visaDatabasanslutning(() -> visaInloggning(c, arDemo))), arDemo));
    }

    public void visaHuvudfonster(Aktor aktor) {
        Session s = new Session(ctx.tjanster(), aktor, runner, demo);
        huvudfonster = new HuvudfonsterView(s, ctx.databasBeskrivning(), ctx.konfig().inaktivTidInnanLas(), () -> {
            runner.kor(() -> {
                ctx.inloggning().loggaUt(aktor, "användaren loggade ut");
                return true;
            }, ok -> visaInloggning(ctx, demo), t -> visaInloggning(ctx, demo));
        });
        if (vakt != null) {
            huvudfonster.bevakaAnslutning(vakt.brutenProperty());
        }
        satt(huvudfonster);
        stage.setTitle(Meddelanden.t("app.namn") + " — " + aktor.namn());
    }

    public HuvudfonsterView huvudfonster() {
        return huvudfonster;
    }

    public AppContext ctx() {
        return ctx;
    }

    private void satt(Parent rot) {
        if (stage.getScene() == null) {
            Scene scen = new Scene(rot, 1360, 840);
            scen.getStylesheets().add(Ui.CSS);
            stage.setScene(scen);
        } else {
            stage.getScene().setRoot(rot);
        }
    }
}
