package se.bistand.app.arende;

import static se.bistand.app.arende.Formular.falt;
import static se.bistand.app.arende.Formular.text;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.bistand.app.Meddelanden;
import se.bistand.domain.gemensam.Id.ArendeId;

/** "Ny person": register a person and aktualisera a case, in a tab beside the others (no modal dialog). */
public final class NyPersonView extends ScrollPane {

    public NyPersonView(NyPersonViewModel vm, Consumer<ArendeId> skapad) {
        setId("nyPersonVy");
        setFitToWidth(true);
        Label rubrik = new Label(Meddelanden.t("nyPerson.rubrik"));
        rubrik.getStyleClass().add(Styles.TITLE_3);
        CheckBox reserv = new CheckBox(Meddelanden.t("nyPerson.reservnummer"));
        reserv.setId("reservnummerVal");
        reserv.selectedProperty().bindBidirectional(vm.reservnummer);
        var pnr = text("nyPersonnummer", vm.personnummer, "ÅÅÅÅMMDD-NNNN");
        pnr.disableProperty().bind(vm.reservnummer);
        var skal = text("nyReservSkal", vm.reservSkal, Meddelanden.t("nyPerson.reservSkalPrompt"));
        var fodd = text("nyFodelsedatum", vm.fodelsedatum, "ÅÅÅÅ-MM-DD");
        VBox skalFalt = falt("nyPerson.reservSkal", skal, "reservSkal", vm.faltfel());
        VBox foddFalt = falt("nyPerson.fodelsedatum", fodd, "fodelsedatum", vm.faltfel());
        skalFalt.visibleProperty().bind(vm.reservnummer);
        foddFalt.visibleProperty().bind(vm.reservnummer);
        skalFalt.managedProperty().bind(vm.reservnummer);
        foddFalt.managedProperty().bind(vm.reservnummer);
        CheckBox skyddad = new CheckBox(Meddelanden.t("nyPerson.skyddad"));
        skyddad.setId("nySkyddad");
        skyddad.selectedProperty().bindBidirectional(vm.skyddadIdentitet);
        CheckBox hot = new CheckBox(Meddelanden.t("nyPerson.hotOchVald"));
        hot.setId("nyHotOchVald");
        hot.selectedProperty().bindBidirectional(vm.hotOchVald);

        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(6);
        g.add(falt("nyPerson.personnummer", pnr, "personnummer", vm.faltfel()), 0, 0);
        g.add(reserv, 1, 0);
        g.add(skalFalt, 0, 1);
        g.add(foddFalt, 1, 1);
        g.add(falt("nyPerson.fornamn", text("nyFornamn", vm.fornamn, ""), "fornamn", vm.faltfel()), 0, 2);
        g.add(falt("nyPerson.efternamn", text("nyEfternamn", vm.efternamn, ""), "efternamn", vm.faltfel()), 1, 2);
        g.add(falt("nyPerson.gatuadress", text("nyGatuadress", vm.gatuadress, ""), "gatuadress", vm.faltfel()), 0, 3);
        g.add(falt("nyPerson.postnummer", text("nyPostnummer", vm.postnummer, "123 45"), "postnummer", vm.faltfel()), 1, 3);
        g.add(falt("nyPerson.ort", text("nyOrt", vm.ort, ""), "ort", vm.faltfel()), 0, 4);
        g.add(falt("nyPerson.telefon", text("nyTelefon", vm.telefon, ""), "telefon", vm.faltfel()), 1, 4);
        g.add(falt("nyPerson.epost", text("nyEpost", vm.epost, ""), "epost", vm.faltfel()), 0, 5);
        g.add(new VBox(6, skyddad, hot), 1, 5);

        Label fel = new Label();
        fel.setId("nyPersonFel");
        fel.getStyleClass().add(Styles.DANGER);
        fel.textProperty().bind(vm.felProperty());
        Button skapa = new Button(Meddelanden.t("nyPerson.skapa"), new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        skapa.setId("skapaPersonKnapp");
        skapa.getStyleClass().add(Styles.ACCENT);
        skapa.setOnAction(e -> vm.skapa(skapad));
        Label hjalp = new Label(Meddelanden.t("nyPerson.hjalp"));
        hjalp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hjalp.setWrapText(true);
        VBox v = new VBox(12, rubrik, hjalp, g, fel, skapa);
        v.getStyleClass().add("formular-kort");
        v.setPadding(new Insets(20));
        v.setMaxWidth(640);
        VBox yttre = new VBox(v);
        yttre.setPadding(new Insets(16));
        setContent(yttre);
    }
}
