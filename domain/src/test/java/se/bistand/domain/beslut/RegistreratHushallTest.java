package se.bistand.domain.beslut;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Exempelhushall;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Roll;

/** A decision's calculation must be made for the household registered in the case for the month. */
class RegistreratHushallTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final BerakningsUnderlag FAMILJ = Exempelhushall.familj(NOV);
    private static final RegistreratHushall REGISTRERAT = new RegistreratHushall(List.of(
            new RegistreratHushall.Medlem(Roll.BARN, LocalDate.of(2009, 8, 30)),
            new RegistreratHushall.Medlem(Roll.SOKANDE, LocalDate.of(1984, 1, 15)),
            new RegistreratHushall.Medlem(Roll.BARN, LocalDate.of(2016, 3, 10)),
            new RegistreratHushall.Medlem(Roll.MEDSOKANDE, LocalDate.of(1986, 5, 20))), 4);

    private static BerakningsUnderlag med(List<Hushallsmedlem> medlemmar, OptionalInt storlek) {
        return new BerakningsUnderlag(NOV, storlek, medlemmar, FAMILJ.kostnader(), FAMILJ.inkomster());
    }

    @Test
    void theRegisteredMembersInAnyOrderWithTheirOwnInputsMatch() {
        assertThat(REGISTRERAT.stammerMed(FAMILJ)).as("lunch away is the handläggare's input, not the household").isTrue();
    }

    @Test
    void anInventedMemberAWrongBirthDateOrRoleOrSizeDoNot() {
        List<Hushallsmedlem> fem = new ArrayList<>(FAMILJ.medlemmar());
        fem.add(Hushallsmedlem.barn(LocalDate.of(2012, 4, 1)));
        assertThat(REGISTRERAT.stammerMed(med(fem, OptionalInt.empty()))).isFalse();

        List<Hushallsmedlem> yngre = new ArrayList<>(FAMILJ.medlemmar());
        yngre.set(3, Hushallsmedlem.barn(LocalDate.of(2020, 8, 30)));
        assertThat(REGISTRERAT.stammerMed(med(yngre, OptionalInt.empty()))).isFalse();

        List<Hushallsmedlem> vuxen = new ArrayList<>(FAMILJ.medlemmar());
        vuxen.set(3, Hushallsmedlem.medsokande(LocalDate.of(2009, 8, 30)));
        assertThat(REGISTRERAT.stammerMed(med(vuxen, OptionalInt.empty()))).isFalse();

        assertThat(REGISTRERAT.stammerMed(med(FAMILJ.medlemmar(), OptionalInt.of(5)))).isFalse();
    }

    @Test
    void anotherAdultInTheHomeCountsOnlyTowardsTheSize() {
        RegistreratHushall medInneboende = new RegistreratHushall(REGISTRERAT.medlemmar(), 5);
        assertThat(medInneboende.stammerMed(med(FAMILJ.medlemmar(), OptionalInt.of(5)))).isTrue();
        assertThat(medInneboende.stammerMed(FAMILJ)).isFalse();
    }
}
