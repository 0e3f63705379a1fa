package se.bistand.domain.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Personnummer;

class SkyddadIdentitetTest {

    private static final Person LINA = new Person(new PersonId(1), Identitetstyp.PERSONNUMMER,
            Personnummer.av(LocalDate.of(1979, 5, 5), 984, false).tolvSiffror(), null, "Lina", "Berg",
            LocalDate.of(1979, 5, 5), new Adress("Hemlig väg 1", "12345", "Flen"), "070-1", "l@x.se", true, false, 0);

    @ParameterizedTest(name = "{0} (id {1}) ser: {2}")
    @CsvSource({
            "HANDLAGGARE, 7, true",
            "HANDLAGGARE, 8, false",
            "GRUPPLEDARE, 9, false",
            "ENHETSCHEF, 10, true",
            "AVDELNINGSCHEF, 11, true",
            "REVISOR, 12, false",
            "SYSTEMFORVALTARE, 13, false"})
    void onlyTheAssignedHandlaggareAndChefsSeeAProtectedPerson(Roll roll, long id, boolean ser) {
        Aktor a = new Aktor(new AnvandareId(id), "x", "X", roll);
        assertThat(SkyddadIdentitet.farSe(a, true, Set.of(new AnvandareId(7)))).isEqualTo(ser);
        assertThat(SkyddadIdentitet.farSe(a, false, Set.of())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void theMaskedFormHidesNameNumberAndContactAndTheAddressIsNeverShown(boolean farSe) {
        Personvisning v = SkyddadIdentitet.visning(LINA, farSe);
        assertThat(v.adress().arTom()).isTrue();
        assertThat(v.skyddadIdentitet()).isTrue();
        if (farSe) {
            assertThat(v.namn()).isEqualTo("Lina Berg");
            assertThat(v.identitet()).isEqualTo(Personnummer.av(LocalDate.of(1979, 5, 5), 984, false).formaterat());
        } else {
            assertThat(v.namn()).isEqualTo("Skyddad identitet");
            assertThat(v.identitet()).isEqualTo("********-****");
            assertThat(v.fodelsedatum()).isNull();
            assertThat(v.telefon()).isEmpty();
            assertThat(v.epost()).isEmpty();
        }
    }
}
