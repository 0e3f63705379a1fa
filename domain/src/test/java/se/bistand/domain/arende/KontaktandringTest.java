package se.bistand.domain.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Personnummer;

class KontaktandringTest {

    private static final Adress ADRESS = new Adress("Storgatan 1", "642 30", "Flen");

    private static Person person(boolean skyddad, boolean hot) {
        return new Person(new PersonId(1), Identitetstyp.PERSONNUMMER,
                Personnummer.av(LocalDate.of(1985, 4, 12), 980, false).tolvSiffror(), null, "Karin", "Ek",
                LocalDate.of(1985, 4, 12), ADRESS, "0157-123", "karin@exempel.se", skyddad, hot, 3);
    }

    private static Aktor aktor(Roll roll) {
        return new Aktor(new AnvandareId(7), "x", "X", roll);
    }

    private static Kontaktandring andring(Adress a, boolean skyddad, boolean hot, String skal) {
        return new Kontaktandring(a, "0157-123", "karin@exempel.se", skyddad, hot, skal);
    }

    @ParameterizedTest(name = "postnummer \"{0}\" -> \"{1}\"")
    @CsvSource(value = {"64230|642 30", "642 30|642 30", "' 64230 '|642 30", "''|''"}, delimiter = '|')
    void aPostnummerIsFiveDigitsStoredAs3Plus2(String in, String ut) {
        assertThat(andring(new Adress("Nygatan 2", in, "Flen"), false, false, "").kontrollerad().adress().postnummer())
                .isEqualTo(ut);
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"postnummer, 6423", "postnummer, 642301", "postnummer, 6423A", "postnummer, 64-230",
            "telefon, abc", "telefon, 12", "epost, karin", "epost, karin@exempel", "epost, a b@x.se",
            "epost, karin@@x.se"})
    void badInputIsRefusedAtTheField(String falt, String varde) {
        Kontaktandring k = new Kontaktandring(new Adress("Nygatan 2", falt.equals("postnummer") ? varde : "64230", "Flen"),
                falt.equals("telefon") ? varde : "070-123 45 67", falt.equals("epost") ? varde : "k@x.se", false, false, "");
        assertThatThrownBy(k::kontrollerad).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.falt()).contains(falt));
    }

    @Test
    void telephoneAndEmailInUsualFormsAreAccepted() {
        for (String tel : new String[] {"0157-123 45", "+46 70 123 45 67", "070-1234567", ""}) {
            assertThat(new Kontaktandring(ADRESS, tel, "karin.ek@flen.se", false, false, null).kontrollerad().telefon())
                    .isEqualTo(tel);
        }
    }

    @ParameterizedTest(name = "{0}, tilldelad={1}: adress {2}, sätta markering {3}")
    @CsvSource({
            "HANDLAGGARE, true, true, true",
            "HANDLAGGARE, false, true, false",
            "SOCIALSEKRETERARE, false, true, false",
            "GRUPPLEDARE, false, true, false",
            "ENHETSCHEF, false, false, true",
            "AVDELNINGSCHEF, false, false, true",
            "REVISOR, false, false, false",
            "SYSTEMFORVALTARE, false, false, false"})
    void whoMayChangeTheAddressAndWhoMaySetAMarker(Roll roll, boolean tilldelad, boolean adress, boolean markering) {
        Person fore = person(false, false);
        Kontaktandring nyAdress = andring(new Adress("Nygatan 2", "642 31", "Flen"), false, false, "");
        assertThat(nyAdress.nekande(aktor(roll), fore, tilldelad) == null).isEqualTo(adress);
        assertThat(andring(ADRESS, true, false, "").nekande(aktor(roll), fore, tilldelad) == null).isEqualTo(markering);
        assertThat(andring(ADRESS, false, true, "").nekande(aktor(roll), fore, tilldelad) == null).isEqualTo(markering);
    }

    @ParameterizedTest(name = "{0}, tilldelad={1}: ta bort skyddad {2}, ta bort hot och våld {3}")
    @CsvSource({
            "HANDLAGGARE, true, false, true",
            "HANDLAGGARE, false, false, false",
            "GRUPPLEDARE, true, false, true",
            "ENHETSCHEF, false, true, true",
            "AVDELNINGSCHEF, false, true, true"})
    void onlyAChefMayRemoveSkyddadIdentitet(Roll roll, boolean tilldelad, boolean skyddad, boolean hot) {
        Aktor a = aktor(roll);
        assertThat(andring(ADRESS, false, true, "Flyttat, beslut från Skatteverket")
                .nekande(a, person(true, true), tilldelad) == null).isEqualTo(skyddad);
        assertThat(andring(ADRESS, false, false, "Hotet bedöms upphört")
                .nekande(a, person(false, true), tilldelad) == null).isEqualTo(hot);
    }

    @Test
    void aProtectedPersonCannotBeChangedBySomeoneWhoMayNotSeeThem() {
        assertThat(andring(new Adress("Nygatan 2", "64231", "Flen"), true, false, "")
                .nekande(aktor(Roll.HANDLAGGARE), person(true, false), false))
                .satisfies(e -> assertThat(e.key()).isEqualTo("person.skyddadIdentitet"));
    }

    @Test
    void removingAMarkerNeedsAReasonSettingOneDoesNot() {
        assertThatThrownBy(() -> andring(ADRESS, false, false, "  ").kravSkal(person(false, true)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("person.markeringSkalKravs");
                    assertThat(e.falt()).contains("skal");
                });
        assertThatThrownBy(() -> andring(ADRESS, false, true, "").kravSkal(person(true, true)))
                .isInstanceOf(DomainException.class);
        andring(ADRESS, true, true, "").kravSkal(person(false, false));
        andring(ADRESS, false, false, "Hotet bedöms upphört").kravSkal(person(false, true));
    }
}
