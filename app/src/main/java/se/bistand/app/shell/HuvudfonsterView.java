package se.bistand.app.shell;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Felvisning;
import se.bistand.app.ui.Ui;
import se.bistand.domain.avvikelse.Lank;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.Id.ArendeId;

/**
 * The main window: header with the user, a navigation rail with the sections the user's role
 * may use (badges for what waits), the section's content, and a status bar. Locks itself after
 * the configured idle time. It is the shell port ({@link Skal}) of the session it hands to the
 * sections: features ask it to open a case, report an avvikelse, show a banner or a section.
 */
public final class HuvudfonsterView extends BorderPane implements Skal {

    private static final Logger LOG = LoggerFactory.getLogger(HuvudfonsterView.class);

    private final Session session;
    private final Skalhandlingar handlingar;
    private final Runnable loggaUt;
    private final StackPane innehall = new StackPane();
    private final ToggleGroup navGrupp = new ToggleGroup();
    private final Map<String, ToggleButton> navKnappar = new LinkedHashMap<>();
    private final Map<String, Node> byggdaVyer = new LinkedHashMap<>();
    private final List<Sektion> sektioner = new ArrayList<>();
    private final BorderPane ram = new BorderPane();
    private final StackPane lager = new StackPane();
    private LasskarmView lasskarm;
    private HBox anslutningsbanner;
    private final HBox skalbanner = new HBox(8);
    private final Label skalbannerText = new Label();
    private PauseTransition inaktivitet;
    private final String databas;
    private final java.time.Duration inaktivTid;

    /**
     * {@code session} without a shell: the main window answers it as the session's {@link Skal}.
     * {@code databas} describes where the data is (status bar); {@code inaktivTid} locks the
     * window when idle (zero: never).
     */
    public HuvudfonsterView(Session session, String databas, java.time.Duration inaktivTid, Runnable loggaUt) {
        this.session = session.medSkal(this);
        this.databas = databas;
        this.inaktivTid = inaktivTid;
        this.handlingar = Sektioner.handlingar();
        this.loggaUt = loggaUt;
        getStyleClass().add("huvudfonster");
        for (Sektion s : Sektioner.alla()) {
            if (s.synlig().test(session.aktor())) {
                sektioner.add(s);
            }
        }
        ram.setTop(new VBox(sidhuvud(), anslutningBanner(), skalBanner()));
        ram.setLeft(navRail());
        ram.setCenter(innehall);
        ram.setBottom(statusrad());
        innehall.getStyleClass().add("sektion-innehall");
        lager.getChildren().add(ram);
        setCenter(lager);
        if (session.demo()) {
            setTop(Ui.demoBanner());
        }
        if (sektioner.isEmpty()) {
            innehall.getChildren().setAll(Ui.tomtLage(Material2OutlinedAL.INFO, Meddelanden.t("nav.ingaSektioner"),
                    Meddelanden.t("nav.ingaSektionerHjalp")));
        } else {
            visa(sektioner.get(0).id());
        }
        sceneProperty().addListener((o, a, scen) -> {
            if (scen != null) {
                installeraGenvagar(scen);
                installeraInaktivitetslas(scen);
            }
        });
    }

    private Node sidhuvud() {
        FontIcon logo = new FontIcon(Material2OutlinedAL.ACCOUNT_BALANCE);
        logo.getStyleClass().add("sidhuvud-logo");
        Label app = new Label(Meddelanden.t("app.namn"));
        app.getStyleClass().addAll(Styles.TITLE_4, "sidhuvud-titel");
        Label anv = new Label(session.aktor().namn() + " · " + Meddelanden.t(session.aktor().roll().textnyckel()),
                new FontIcon(Material2OutlinedAL.ACCOUNT_CIRCLE));
        anv.setId("sidhuvudAnvandare");
        anv.getStyleClass().add("sidhuvud-anvandare");
        Button las = new Button(null, new FontIcon(Material2OutlinedAL.LOCK));
        las.setId("lasKnapp");
        las.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        las.setTooltip(new Tooltip(Meddelanden.t("nav.las")));
        las.setOnAction(e -> las());
        Button ut = new Button(Meddelanden.t("nav.loggaUt"), new FontIcon(Material2OutlinedAL.EXIT_TO_APP));
        ut.setId("loggaUtKnapp");
        ut.getStyleClass().addAll(Styles.FLAT);
        ut.setTooltip(new Tooltip(Meddelanden.t("nav.loggaUtGenvag")));
        ut.setOnAction(e -> loggaUt());
        HBox h = new HBox(10, logo, app, Ui.spacer());
        if (session.aktor().har(Behorighet.AVVIKELSE_RAPPORTERA)) {
            Button avvikelse = new Button(Meddelanden.t("nav.rapporteraAvvikelse"),
                    new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
            avvikelse.setId("rapporteraAvvikelseKnapp");
            avvikelse.getStyleClass().add(Styles.FLAT);
            avvikelse.setTooltip(new Tooltip(Meddelanden.t("nav.rapporteraAvvikelseGenvag")));
            avvikelse.setOnAction(e -> rapporteraAvvikelse());
            h.getChildren().add(avvikelse);
        }
        h.getChildren().addAll(anv, las, ut);
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(8, 14, 8, 14));
        h.getStyleClass().add("sidhuvud");
        return h;
    }

    private Node anslutningBanner() {
        Label l = new Label(Meddelanden.t("delad.forbindelseBruten"), new FontIcon(Material2OutlinedAL.CLOUD_OFF));
        l.getStyleClass().add("anslutning-banner-text");
        HBox box = new HBox(l);
        box.setId("anslutningBanner");
        box.getStyleClass().add("anslutning-banner");
        box.setAlignment(Pos.CENTER);
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
        anslutningsbanner = box;
        return box;
    }

    /**
     * Shows the banner "Förbindelsen med databasen är bruten – försöker igen…" while {@code bruten}
     * is true; when the connection returns the badges are refreshed.
     */
    public void bevakaAnslutning(ReadOnlyBooleanProperty bruten) {
        anslutningsbanner.visibleProperty().bind(bruten);
        bruten.addListener((o, var, nu) -> {
            if (!nu) {
                uppdateraRaknare();
            }
        });
    }

    private Node skalBanner() {
        skalbannerText.setId("skalbannerText");
        skalbannerText.setWrapText(true);
        Button stang = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        stang.setId("skalbannerStang");
        stang.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        stang.setOnAction(e -> skalbanner.setVisible(false));
        skalbanner.getChildren().setAll(new FontIcon(Material2OutlinedAL.INFO), skalbannerText, Ui.spacer(), stang);
        skalbanner.setId("skalbanner");
        skalbanner.getStyleClass().add("skal-banner");
        skalbanner.setAlignment(Pos.CENTER_LEFT);
        skalbanner.setPadding(new Insets(6, 14, 6, 14));
        skalbanner.setVisible(false);
        skalbanner.managedProperty().bind(skalbanner.visibleProperty());
        return skalbanner;
    }

    @Override
    public void visaBanner(String text) {
        skalbannerText.setText(text);
        skalbanner.setVisible(true);
    }

    public boolean visarAnslutningsbanner() {
        return anslutningsbanner.isVisible();
    }

    private Node navRail() {
        VBox rail = new VBox(4);
        rail.setId("navRail");
        rail.getStyleClass().add("nav-rail");
        int n = 1;
        for (Sektion s : sektioner) {
            FontIcon ikon = new FontIcon(s.ikon());
            ToggleButton b = new ToggleButton(Meddelanden.t(s.titelNyckel()), ikon);
            b.setId("nav-" + s.id());
            b.setToggleGroup(navGrupp);
            b.getStyleClass().add("nav-knapp");
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(Meddelanden.t(s.titelNyckel()) + " (Ctrl+" + n + ")"));
            b.setOnAction(e -> visa(s.id()));
            Label badge = new Label();
            badge.setId("badge-" + s.id());
            badge.getStyleClass().add("nav-badge");
            badge.setVisible(false);
            StackPane med = new StackPane(b, badge);
            StackPane.setAlignment(badge, Pos.TOP_RIGHT);
            navKnappar.put(s.id(), b);
            rail.getChildren().add(med);
            n++;
        }
        return rail;
    }

    private Node statusrad() {
        Label db = new Label(Meddelanden.t("status.databas", databas),
                new FontIcon(Material2OutlinedMZ.STORAGE));
        db.setId("statusDatabas");
        Label anv = new Label(Meddelanden.t("status.inloggad", session.aktor().namn(),
                Meddelanden.t(session.aktor().roll().textnyckel())), new FontIcon(Material2OutlinedMZ.PERSON));
        anv.setId("statusAnvandare");
        Label hjalp = new Label(Meddelanden.t("status.genvagar"));
        hjalp.getStyleClass().add(Styles.TEXT_MUTED);
        HBox h = new HBox(18, anv, db, Ui.spacer(), hjalp);
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(4, 12, 4, 12));
        h.getStyleClass().add("statusrad");
        return h;
    }

    /** Shows a section by id (also used by keyboard shortcuts and tests). */
    @Override
    public void visa(String id) {
        ToggleButton b = navKnappar.get(id);
        if (b == null) {
            return;
        }
        b.setSelected(true);
        Sektion s = sektioner.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Node vy = byggdaVyer.computeIfAbsent(id, k -> s.vy().apply(session));
        innehall.getChildren().setAll(vy);
        uppdateraRaknare();
    }

    /**
     * Recomputes rail badges in the background. A badge that cannot be counted keeps its last
     * value; the failure is logged and, unless the connection banner already says why, shown.
     */
    @Override
    public void uppdateraRaknare() {
        for (Sektion s : sektioner) {
            s.raknare().ifPresent(r -> session.runner().kor(r.apply(session), antal -> {
                ToggleButton b = navKnappar.get(s.id());
                Label badge = (Label) ((StackPane) b.getParent()).getChildren().get(1);
                badge.setText(antal > 99 ? "99+" : String.valueOf(antal));
                badge.setVisible(antal > 0);
            }, t -> raknareFel(s, t)));
        }
    }

    private void raknareFel(Sektion s, Throwable t) {
        LOG.warn("Räknaren för {} kunde inte hämtas", s.id(), t);
        if (!visarAnslutningsbanner()) {
            visaBanner(Meddelanden.t("nav.raknareFel", Felvisning.text(t)));
        }
    }

    @Override
    public void oppnaArende(ArendeId id, String nummer) {
        visa(handlingar.arendesektion());
        Node vy = byggdaVyer.get(handlingar.arendesektion());
        if (vy != null) {
            handlingar.arendeoppning().oppna(vy, id, nummer);
        }
    }

    @Override
    public Optional<Window> fonster() {
        return Optional.ofNullable(getScene()).map(Scene::getWindow);
    }

    private void installeraGenvagar(Scene scen) {
        for (int i = 0; i < sektioner.size() && i < 9; i++) {
            String id = sektioner.get(i).id();
            scen.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> visa(id));
        }
        scen.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::las);
        if (session.aktor().har(Behorighet.AVVIKELSE_RAPPORTERA)) {
            scen.getAccelerators().put(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN), this::rapporteraAvvikelse);
        }
        scen.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::loggaUt);
    }

    private void installeraInaktivitetslas(Scene scen) {
        java.time.Duration tid = inaktivTid;
        if (tid.isZero() || tid.isNegative()) {
            return;
        }
        inaktivitet = new PauseTransition(Duration.millis(tid.toMillis()));
        inaktivitet.setOnFinished(e -> las());
        scen.addEventFilter(MouseEvent.ANY, e -> aterstallInaktivitet());
        scen.addEventFilter(KeyEvent.ANY, e -> aterstallInaktivitet());
        inaktivitet.playFromStart();
    }

    private void aterstallInaktivitet() {
        if (inaktivitet != null && lasskarm == null) {
            inaktivitet.playFromStart();
        }
    }

    /** The signed-in session, answered by this window (tests open feature windows with it). */
    public Session session() {
        return session;
    }

    /** The global action: the avvikelse form, not tied to a case (Ctrl+Shift+A). */
    public void rapporteraAvvikelse() {
        rapporteraAvvikelse(Optional.empty());
    }

    @Override
    public void rapporteraAvvikelse(Optional<Lank> lank) {
        if (lasskarm == null) {
            handlingar.avvikelseformular().accept(session, lank);
        }
    }

    /** Hides everything behind the lock screen until the password is given again. */
    public void las() {
        if (lasskarm != null) {
            return;
        }
        ram.setVisible(false);
        lasskarm = new LasskarmView(session, () -> {
            lager.getChildren().remove(lasskarm);
            lasskarm = null;
            ram.setVisible(true);
            aterstallInaktivitet();
        }, this::loggaUt);
        lager.getChildren().add(lasskarm);
    }

    public boolean arLast() {
        return lasskarm != null;
    }

    private void loggaUt() {
        if (inaktivitet != null) {
            inaktivitet.stop();
        }
        loggaUt.run();
    }
}
