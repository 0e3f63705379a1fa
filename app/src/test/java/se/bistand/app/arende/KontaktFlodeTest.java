package se.bistand.app.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.arende.Adress;
import se.bistand.domain.arende.Kontaktandring;
import se.bistand.domain.arende.Person;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.logg.AuditHandelse;

/** "Ändra kontaktuppgifter" through the real UI: field errors, save, audit, conflict, markers. */
class KontaktFlodeTest extends FxTestBas {

    private void oppnaViaSok(String fraga) {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        write(fraga).type(KeyCode.ENTER);
        vantaPa(() -> !lookup("#sokTabell").queryTableView().getItems().isEmpty());
        type(KeyCode.ENTER);
        vantaPa(() -> lookup("#arendeRubrik").tryQuery().map(n -> ((Label) n).getText().contains("·")).orElse(false));
    }

    private PersonId personId(String namn) {
        return ctx.personService().sok(aktor("karin"), namn).get(0).person().id();
    }

    private Person lagrad(PersonId id) {
        return ctx.tx().iTransaktion(() -> ctx.personRepository().hitta(id)).orElseThrow();
    }

    private List<AuditHandelse> audit(int antal) {
        return ctx.tx().iTransaktion(() -> ctx.audit().senaste(antal));
    }

    private void skrivOver(String falt, String text) {
        interact(() -> lookup(falt).queryTextInputControl().clear());
        clickOn(falt).write(text);
    }

    @Test
    void aBadPostnummerIsShownAtTheFieldThenTheFixedAddressIsSavedAndAudited() {
        loggaInSom("anna");
        oppnaViaSok("Karin Ek");
        PersonId ek = personId("Karin Ek");
        Person fore = lagrad(ek);

        clickOn("#andraKontaktKnapp");
        vantaPa(() -> finns("#kontaktFormular") && text("#kontaktPostnummer").equals(fore.adress().postnummer()));
        skrivOver("#kontaktGatuadress", "Nygatan 5");
        skrivOver("#kontaktPostnummer", "6423");
        skrivOver("#kontaktEpost", "karin.ek@exempel.se");
        clickOn("#sparaKontaktKnapp");
        vantaPa(() -> finns("#fel-postnummer"));
        assertThat(text("#fel-postnummer")).contains("fem siffror");
        assertThat(lagrad(ek)).as("nothing saved").isEqualTo(fore);

        skrivOver("#kontaktPostnummer", "64231");
        clickOn("#sparaKontaktKnapp");
        vantaPa(() -> !finns("#kontaktFormular"));
        vantaPa(() -> text("#oversikt-adress").startsWith("Nygatan 5"));
        assertThat(text("#oversikt-adress")).isEqualTo("Nygatan 5, 642 31 " + fore.adress().ort());
        assertThat(text("#arendeMeddelande")).isEqualTo("Kontaktuppgifterna är sparade.");

        Person efter = lagrad(ek);
        assertThat(efter.adress()).isEqualTo(new Adress("Nygatan 5", "642 31", fore.adress().ort()));
        assertThat(efter.epost()).isEqualTo("karin.ek@exempel.se");
        assertThat(efter.version()).isEqualTo(fore.version() + 1);
        AuditHandelse rad = audit(1).get(0);
        assertThat(rad.handelse()).isEqualTo("PERSON_ANDRAD");
        assertThat(rad.anvandarnamn()).isEqualTo("anna");
        assertThat(rad.objektId()).isEqualTo(String.valueOf(ek.varde()));
        assertThat(rad.fore()).contains("adress=" + fore.adress().enRad());
        assertThat(rad.efter()).contains("adress=Nygatan 5, 642 31").contains("epost=karin.ek@exempel.se");
    }

    @Test
    void someoneElsesSaveGivesTheConflictMessageAndAReload() {
        loggaInSom("anna");
        oppnaViaSok("Karin Ek");
        PersonId ek = personId("Karin Ek");
        clickOn("#andraKontaktKnapp");
        vantaPa(() -> finns("#kontaktFormular"));
        Person p = lagrad(ek);
        ctx.personService().uppdateraKontakt(aktor("anna"), ek, p.version(), new Kontaktandring(p.adress(),
                "0157-999 99", p.epost(), false, p.hotOchVald(), ""));

        skrivOver("#kontaktTelefon", "070-111 22 33");
        clickOn("#sparaKontaktKnapp");
        vantaPa(() -> finns("#kontaktLaddaOmKnapp"));
        assertThat(text("#kontaktFel")).contains("Någon annan har sparat");
        assertThat(lagrad(ek).telefon()).isEqualTo("0157-999 99");
        clickOn("#kontaktLaddaOmKnapp");
        vantaPa(() -> text("#kontaktTelefon").equals("0157-999 99") && !finns("#kontaktLaddaOmKnapp"));
    }

    @Test
    void onlyAChefRemovesSkyddadIdentitetAndOnlyWithAReason() {
        loggaInSom("anna");
        clickOn("#arbetslistaFilterText").write("Lina Berg");
        interact(() -> {
            var t = lookup("#arbetslistaTabell").queryTableView();
            t.getSelectionModel().selectFirst();
            t.requestFocus();
        });
        type(KeyCode.ENTER);
        vantaPa(() -> finns("#arendeSkyddad"));
        assertThat(text("#oversikt-adress")).isEqualTo("Visas inte (skyddad identitet)");
        clickOn("#andraKontaktKnapp");
        vantaPa(() -> finns("#kontaktFormular"));
        assertThat(text("#kontaktGatuadress")).as("a protected address is never shown").isEmpty();
        clickOn("#kontaktSkyddad");
        assertThat(finns("#kontaktSkal")).isTrue();
        clickOn("#kontaktSkal").write("Skyddet har upphört");
        clickOn("#sparaKontaktKnapp");
        vantaPa(() -> finns("#fel-markering"));
        assertThat(text("#fel-markering")).contains("Bara en chef");
        assertThat(audit(1).get(0).handelse()).isEqualTo("PERSON_ANDRING_NEKAD");

        PersonId lina = ctx.personService().sok(aktor("anna"), "Lina Berg").get(0).person().id();
        Person fore = lagrad(lina);
        assertThat(fore.skyddadIdentitet()).isTrue();
        var karin = aktor("karin");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.personService().uppdateraKontakt(karin, lina,
                fore.version(), new Kontaktandring(Adress.TOM, fore.telefon(), fore.epost(), false, fore.hotOchVald(), "")))
                .hasMessageContaining("person.markeringSkalKravs");
        Person efter = ctx.personService().uppdateraKontakt(karin, lina, fore.version(),
                new Kontaktandring(Adress.TOM, fore.telefon(), fore.epost(), false, fore.hotOchVald(), "Skyddet har upphört"));
        assertThat(efter.skyddadIdentitet()).isFalse();
        assertThat(efter.adress()).as("an empty address kept the hidden one").isEqualTo(fore.adress());
        assertThat(audit(2)).extracting(AuditHandelse::handelse)
                .containsExactlyInAnyOrder("PERSON_ANDRAD", "PERSON_MARKERING_BORTTAGEN");
        assertThat(Optional.of(audit(1).get(0).efter())).hasValueSatisfying(e -> assertThat(e).contains("skal="));
    }

    @Test
    void aHouseholdMembersContactDataIsChangedFromTheHushallTab() {
        loggaInSom("anna");
        oppnaViaSok("Karin Ek");
        clickOn("#flik-hushall");
        javafx.scene.control.TableView<se.bistand.domain.arende.Hushallsdeltagare> t =
                lookup("#hushallTabell").queryTableView();
        vantaPa(() -> t.getItems().size() > 1);
        var medlem = t.getItems().stream().filter(h -> !h.namn().equals("Karin Ek")).findFirst().orElseThrow();
        interact(() -> t.getSelectionModel().select(medlem));
        clickOn("#andraMedlemKontaktKnapp");
        vantaPa(() -> finns("#medlemKontaktFormular"));
        skrivOver("#medlemKontaktTelefon", "abc");
        clickOn("#sparaMedlemKontaktKnapp");
        vantaPa(() -> finns("#fel-medlemKontakt-telefon"));
        skarmbild("23b-arende-hushall-kontaktuppgifter-fel");
        skrivOver("#medlemKontaktTelefon", "070-765 43 21");
        clickOn("#sparaMedlemKontaktKnapp");
        vantaPa(() -> !finns("#medlemKontaktFormular"));
        assertThat(lagrad(medlem.personId()).telefon()).isEqualTo("070-765 43 21");
        assertThat(audit(1).get(0).objektId()).isEqualTo(String.valueOf(medlem.personId().varde()));
    }
}
