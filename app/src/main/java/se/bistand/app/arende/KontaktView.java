package se.bistand.app.arende;

import static se.bistand.app.arende.Formular.knapp;
import static se.bistand.app.arende.Formular.text;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.app.ui.Faltfel;

/**
 * The "Ändra kontaktuppgifter" form, shown inline in the case workspace (no dialog hides the
 * case). Control ids start with {@code prefix} ({@code #kontaktPostnummer}); error labels are
 * {@code #fel-<falt>} for the applicant's form and {@code #fel-<prefix>-<falt>} for another.
 */
final class KontaktView extends VBox {

    private final KontaktViewModel vm;
    private final String prefix;
    private final boolean sokande;

    KontaktView(KontaktViewModel vm, String prefix, boolean sokande) {
        this.vm = vm;
        this.prefix = prefix;
        this.sokande = sokande;
        setId(prefix + "Formular");
        getStyleClass().add("formular-kort");
        setSpacing(10);
        setPadding(new Insets(16));
        setMaxWidth(620);
        setFillWidth(true);
        visibleProperty().bind(vm.oppenProperty());
        managedProperty().bind(visibleProperty());

        Label rubrik = new Label();
        rubrik.getStyleClass().add(Styles.TITLE_4);
        rubrik.textProperty().bind(vm.rubrikProperty());
        Label hjalp = new Label(Meddelanden.t("kontakt.hjalp"));
        hjalp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hjalp.setWrapText(true);

        TextField gata = text(prefix + "Gatuadress", vm.gatuadress, "");
        TextField post = text(prefix + "Postnummer", vm.postnummer, "123 45");
        post.setPrefColumnCount(7);
        TextField ort = text(prefix + "Ort", vm.ort, "");
        gata.promptTextProperty().bind(javafx.beans.binding.Bindings.when(vm.adressDoldProperty())
                .then(Meddelanden.t("kontakt.adressDold")).otherwise(""));
        TextField tel = text(prefix + "Telefon", vm.telefon, "0157-123 45");
        TextField mejl = text(prefix + "Epost", vm.epost, "namn@exempel.se");
        for (TextField f : new TextField[] {gata, post, ort, tel, mejl}) {
            f.setDisable(!vm.kanAndraKontakt());
        }
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(6);
        ColumnConstraints smal = new ColumnConstraints();
        smal.setPercentWidth(30);
        ColumnConstraints bred = new ColumnConstraints();
        bred.setPercentWidth(70);
        g.getColumnConstraints().addAll(smal, bred);
        g.add(falt("kontakt.gatuadress", gata, "gatuadress"), 0, 0, 2, 1);
        g.add(falt("kontakt.postnummer", post, "postnummer"), 0, 1);
        g.add(falt("kontakt.ort", ort, "ort"), 1, 1);
        g.add(falt("kontakt.telefon", tel, "telefon"), 0, 2);
        g.add(falt("kontakt.epost", mejl, "epost"), 1, 2);

        CheckBox skyddad = new CheckBox(Meddelanden.t("kontakt.skyddad"));
        skyddad.setId(prefix + "Skyddad");
        skyddad.selectedProperty().bindBidirectional(vm.skyddadIdentitet);
        CheckBox hot = new CheckBox(Meddelanden.t("kontakt.hotOchVald"));
        hot.setId(prefix + "HotOchVald");
        hot.selectedProperty().bindBidirectional(vm.hotOchVald);
        Label markeringar = new Label(Meddelanden.t("kontakt.markeringar"));
        markeringar.getStyleClass().add("falt-etikett");
        Label markeringHjalp = new Label(Meddelanden.t("kontakt.markeringHjalp"));
        markeringHjalp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        markeringHjalp.setWrapText(true);
        markeringHjalp.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox markeringsfalt = new VBox(4, markeringar, skyddad, hot,
                Faltfel.kopplad(skyddad, felId("markering"), "markering", vm.faltfel()), markeringHjalp);

        TextField skal = text(prefix + "Skal", vm.skal, Meddelanden.t("kontakt.skalPrompt"));
        VBox skalFalt = falt("kontakt.skal", skal, "skal");
        skalFalt.visibleProperty().bind(vm.tarBortMarkeringProperty());
        skalFalt.managedProperty().bind(skalFalt.visibleProperty());

        Label fel = new Label();
        fel.setId(prefix + "Fel");
        fel.setWrapText(true);
        fel.textProperty().bind(vm.felProperty());
        Button laddaOm = knapp("kontakt.laddaOm", Material2OutlinedMZ.REFRESH, prefix + "LaddaOmKnapp");
        laddaOm.setOnAction(e -> vm.laddaOm());
        laddaOm.visibleProperty().bind(vm.konfliktProperty());
        laddaOm.managedProperty().bind(laddaOm.visibleProperty());
        HBox.setHgrow(fel, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon(Material2OutlinedMZ.WARNING), fel, laddaOm);
        banner.getStyleClass().add("arende-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(vm.felProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());

        Button spara = knapp("kontakt.spara", Material2OutlinedMZ.SAVE, sparaId());
        spara.getStyleClass().add(Styles.ACCENT);
        spara.setDefaultButton(false);
        spara.disableProperty().bind(vm.arbetarProperty());
        spara.setOnAction(e -> vm.spara());
        Button avbryt = knapp("kontakt.avbryt", null, prefix + "AvbrytKnapp");
        avbryt.setOnAction(e -> vm.avbryt());
        HBox knappar = new HBox(10, spara, avbryt);
        knappar.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(rubrik, hjalp, g, markeringsfalt, skalFalt, banner, knappar);
    }

    private String sparaId() {
        return "spara" + Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + "Knapp";
    }

    private String felId(String falt) {
        return sokande ? falt : prefix + "-" + falt;
    }

    private VBox falt(String etikett, Control kontroll, String falt) {
        Label e = new Label(Meddelanden.t(etikett));
        e.setLabelFor(kontroll);
        e.getStyleClass().add("falt-etikett");
        if (kontroll instanceof TextField tf) {
            tf.setMaxWidth(Double.MAX_VALUE);
        }
        return new VBox(3, e, kontroll, Faltfel.kopplad(kontroll, felId(falt), falt, vm.faltfel()));
    }
}
