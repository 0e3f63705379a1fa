package se.bistand.app.administration;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.Tjanster;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Faltfel;
import se.bistand.app.ui.Format;
import se.bistand.app.ui.Ui;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditHandelse;

/** Administration: users and permissions, the audit trail (with chain verification), the access log. */
public final class AdministrationView extends BorderPane {

    private final AdministrationViewModel vm;

    public AdministrationView(Session session) {
        Tjanster tj = session.tjanster();
        this.vm = new AdministrationViewModel(session, tj.anvandarService(), tj.auditService(), tj.klocka());
        setId("administrationVy");
        setTop(Ui.sektionshuvud(Meddelanden.t("admin.rubrik"), vm.meddelandeProperty(), "adminMeddelande"));

        TabPane flikar = new TabPane();
        flikar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (vm.kanAdministreraAnvandare()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("admin.anvandare"), anvandarflik()));
        }
        if (vm.kanAdministreraAnvandare()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("admin.personalkonton"),
                    new PersonalkontonView(new PersonalkontonViewModel(session, tj.anvandarService(),
                            tj.mottagarService()))));
        }
        if (vm.kanGranskaLogg()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("admin.granskningslogg"), auditflik()));
            flikar.getTabs().add(new Tab(Meddelanden.t("admin.atkomstlogg"), atkomstflik()));
        }
        if (vm.kanAdministreraMasterdata() || session.aktor().har(Behorighet.DELEGATION_BEKRAFTA)) {
            flikar.getTabs().add(new Tab(Meddelanden.t("admin.delegation"),
                    new DelegationView(new DelegationViewModel(session, tj.klocka(), tj.delegationService()))));
        }
        if (vm.kanAdministreraMasterdata()) {
            flikar.getTabs().add(new Tab(Meddelanden.t("admin.normtabeller"),
                    new NormtabellerView(new NormtabellerViewModel(session, tj.normtabellService()))));
        }
        if (vm.kanAdministreraMasterdata() || session.aktor().har(Behorighet.STICKPROVSREGEL_BEKRAFTA)) {
            flikar.getTabs().add(new Tab(Meddelanden.t("admin.stickprov"), 
                    new StickprovView(new StickprovViewModel(session, tj.stickprovService(), tj.anvandarService()))));
        }
        setCenter(flikar);
        BorderPane.setMargin(flikar, new Insets(0, 12, 12, 12));
        vm.ladda();
    }

    private Node anvandarflik() {
        TableView<Anvandare> t = new TableView<>(vm.anvandare());
        t.setId("anvandareTabell");
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.getColumns().add(kol(Meddelanden.t("admin.kol.namn"), Anvandare::namn));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.anvandarnamn"), Anvandare::anvandarnamn));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.roll"), a -> Meddelanden.t(a.roll().textnyckel())));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.status"), a -> !a.aktiv() ? Meddelanden.t("admin.inaktiv")
                : a.last() ? Meddelanden.t("admin.last") : Meddelanden.t("admin.aktiv")));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.senastInloggad"), a -> Format.tid(a.senastInloggad())));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button lasUpp = new Button(Meddelanden.t("admin.lasUpp"), new FontIcon(Material2OutlinedAL.LOCK_OPEN));
        lasUpp.setId("lasUppKnapp");
        lasUpp.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        lasUpp.setOnAction(e -> vm.lasUpp(t.getSelectionModel().getSelectedItem()));
        VBox vanster = new VBox(8, t, lasUpp);
        VBox.setVgrow(t, Priority.ALWAYS);
        HBox.setHgrow(vanster, Priority.ALWAYS);

        HBox h = new HBox(16, vanster, nyAnvandareFormular());
        h.setPadding(new Insets(12));
        return h;
    }

    private Node nyAnvandareFormular() {
        Label rubrik = Ui.rubrik(Meddelanden.t("admin.nyAnvandare"), Styles.TITLE_4);
        TextField anv = new TextField();
        anv.setId("nyttAnvandarnamn");
        anv.textProperty().bindBidirectional(vm.nyttAnvandarnamn);
        TextField namn = new TextField();
        namn.setId("nyttNamn");
        namn.textProperty().bindBidirectional(vm.nyttNamn);
        ComboBox<Roll> roll = new ComboBox<>();
        roll.setId("nyRoll");
        roll.getItems().setAll(AdministrationViewModel.roller());
        roll.valueProperty().bindBidirectional(vm.nyRoll);
        roll.setButtonCell(rollCell());
        roll.setCellFactory(l -> rollCell());
        roll.setMaxWidth(Double.MAX_VALUE);
        TextField pnr = new TextField();
        pnr.setId("nyttPersonnummer");
        pnr.setPromptText("ÅÅÅÅMMDD-NNNN");
        pnr.textProperty().bindBidirectional(vm.nyttPersonnummer);
        PasswordField pw = new PasswordField();
        pw.setId("nyttLosenord");
        pw.textProperty().bindBidirectional(vm.nyttLosenord);
        Button skapa = new Button(Meddelanden.t("admin.skapa"), new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        skapa.setId("skapaAnvandareKnapp");
        skapa.getStyleClass().add(Styles.ACCENT);
        skapa.setOnAction(e -> vm.skapaAnvandare(() -> { }));
        VBox f = new VBox(6, rubrik,
                falt("admin.kol.anvandarnamn", anv, "anvandarnamn"),
                falt("admin.kol.namn", namn, "namn"),
                falt("admin.kol.roll", roll, "roll"),
                falt("admin.personnummer", pnr, "personnummer"),
                falt("admin.losenord", pw, "losenord"),
                skapa);
        f.getStyleClass().add("formular-kort");
        f.setPadding(new Insets(16));
        f.setPrefWidth(320);
        f.setMinWidth(300);
        return f;
    }

    private VBox falt(String etikettNyckel, javafx.scene.control.Control kontroll, String faltnamn) {
        return Faltfel.falt(etikettNyckel, kontroll, faltnamn, vm.faltfel());
    }

    private static ListCell<Roll> rollCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Roll r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : Meddelanden.t(r.textnyckel()));
            }
        };
    }

    private Node auditflik() {
        TableView<AuditHandelse> t = new TableView<>(vm.handelser());
        t.setId("auditTabell");
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.getColumns().add(bredd(kol("#", h -> Long.toString(h.id())), 60));
        t.getColumns().add(bredd(kol(Meddelanden.t("admin.kol.tid"), h -> Format.tid(h.tidpunkt())), 130));
        t.getColumns().add(bredd(kol(Meddelanden.t("admin.kol.vem"), AuditHandelse::anvandarnamn), 130));
        t.getColumns().add(bredd(kol(Meddelanden.t("admin.kol.handelse"), AuditHandelse::handelse), 220));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.objekt"),
                h -> h.objektTyp() == null ? "" : h.objektTyp() + (h.objektId() == null ? "" : " " + h.objektId())));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.efter"), h -> h.efter() == null ? "" : h.efter()));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button verifiera = new Button(Meddelanden.t("admin.verifiera"), new FontIcon(Material2OutlinedMZ.VERIFIED_USER));
        verifiera.setId("verifieraKnapp");
        verifiera.setOnAction(e -> vm.verifieraKedjan());
        Label resultat = new Label();
        resultat.setId("verifieringResultat");
        resultat.textProperty().bind(vm.verifieringProperty());
        HBox rad = new HBox(12, verifiera, resultat);
        rad.setAlignment(Pos.CENTER_LEFT);
        VBox v = new VBox(8, rad, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        v.setPadding(new Insets(12));
        return v;
    }

    private Node atkomstflik() {
        TableView<Atkomstlogg.Post> t = new TableView<>(vm.atkomster());
        t.setId("atkomstTabell");
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        t.getColumns().add(kol(Meddelanden.t("admin.kol.tid"), p -> Format.tid(p.tidpunkt())));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.vem"), Atkomstlogg.Post::anvandarnamn));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.atgard"), Atkomstlogg.Post::atgard));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.person"), AdministrationView::personer));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.arende"), p -> p.arendeId() == null ? "" : "#" + p.arendeId()));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.tilldelad"), p -> p.tilldelad() ? Meddelanden.t("ja") : Meddelanden.t("nej")));
        t.getColumns().add(kol(Meddelanden.t("admin.kol.skal"), p -> p.skal() == null ? "" : p.skal()));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Meddelanden.t("admin.ingaAtkomster")));
        VBox v = new VBox(8, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        v.setPadding(new Insets(12));
        return v;
    }

    static <T> TableColumn<T, String> bredd(TableColumn<T, String> c, double bredd) {
        c.setPrefWidth(bredd);
        c.setMaxWidth(bredd * 1.5);
        return c;
    }

    static <T> TableColumn<T, String> kol(String titel, Function<T, String> varde) {
        return se.bistand.app.ui.Tabeller.kol(titel, varde);
    }

    /** The person read, or every person a list row named ("#12, #15"). */
    static String personer(se.bistand.domain.logg.Atkomstlogg.Post p) {
        if (p.personId() != null) {
            return "#" + p.personId();
        }
        return String.join(", ", p.personer().stream().map(id -> "#" + id).toList());
    }
}
