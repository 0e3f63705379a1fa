package se.bistand.domain.betalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bistand.domain.gemensam.DomainException;

class OrganisationsnummerTest {

    @ParameterizedTest
    @CsvSource({
        "556047-3521, 556047-3521",
        "5560473521, 556047-3521",
        "16556047-3521, 556047-3521",
        "165560473521, 556047-3521",
        "'556047 3521', 556047-3521",
        "202100-5448, 202100-5448",
        "212000-0142, 212000-0142"
    })
    void acceptsTenDigitsWithOptionalHyphenAndPrefix16(String input, String expected) {
        Organisationsnummer o = Organisationsnummer.parse(input);
        assertThat(o.formaterat()).isEqualTo(expected);
        assertThat(o.medPrefix16()).isEqualTo("16" + expected.replace("-", ""));
    }

    @ParameterizedTest(name = "{0} is an organisationsnummer: {1}")
    @CsvSource({
        "556036-0793, true",
        "5560360794, true",
        "'556036 0793', true",
        "16556036-0793, true",
        "969712-3450, true",
        "850412-9803, false",
        "19850412-9803, false",
        "8504129803, false",
        "850472-9803, false",
        "'', false",
        "Solgläntan, false"
    })
    void tellsAnOrganisationsnummerFromAPersonnummer(String input, boolean organisation) {
        assertThat(Organisationsnummer.liknarOrganisationsnummer(input)).isEqualTo(organisation);
    }

    @ParameterizedTest(name = "{0} refused with {1}")
    @CsvSource({
        "'', organisationsnummer.tomt",
        "556047-352A, organisationsnummer.ogiltigaTecken",
        "55604-73521, organisationsnummer.felFormat",
        "556047--3521, organisationsnummer.felFormat",
        "556047352, organisationsnummer.felLangd",
        "555560473521, organisationsnummer.felPrefix",
        "850412-9803, organisationsnummer.inteJuridiskPerson",
        "556047-3522, organisationsnummer.felKontrollsiffra"
    })
    void refusesWithPreciseKey(String input, String key) {
        assertThatThrownBy(() -> Organisationsnummer.parse(input))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.falt()).contains("organisationsnummer");
                });
    }

    @ParameterizedTest
    @CsvSource({"556047-3522, 1", "202100-5449, 8"})
    void wrongCheckDigitNamesTheExpectedOne(String input, int expected) {
        assertThatThrownBy(() -> Organisationsnummer.parse(input))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.args()).contains(expected));
    }
}
