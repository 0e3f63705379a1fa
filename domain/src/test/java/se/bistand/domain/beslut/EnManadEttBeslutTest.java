package se.bistand.domain.beslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Exempelhushall;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Normtabeller;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.testhjalp.MinnesBeslutRepository;
import se.bistand.domain.testhjalp.MinnesDelegation;
import se.bistand.domain.testhjalp.Minnesportar;

/**
 * The decision is about one month, once — as an attacker calling the service directly would try it:
 * a second paying försörjningsstöd decision for a month, and a household that is not the case's.
 */
class EnManadEttBeslutTest {

    private static final ArendeId ARENDE = new ArendeId(412);
    private static final YearMonth NOV = YearMonth.of(2019, 11);
    private static final Optional<Utbetalningsuppgift> UTBETALNING = Optional.of(
            new Utbetalningsuppgift(1, LocalDate.of(2019, 11, 25)));

    private final MinnesBeslutRepository repo = new MinnesBeslutRepository();
    private final List<String> hinder = new ArrayList<>();
    private final List<BeslutMedBerakning> overlamnade = new ArrayList<>();
    private final Aktor anna = new Aktor(new AnvandareId(7), "anna", "Anna Lind", Roll.HANDLAGGARE);
    private final BeslutService service = new BeslutService(Minnesportar.direkt(), repo,
            new Berakningstjanst(Normtabeller.repository(), Normtabeller.prisbasbelopp()), new BeslutsForutsattningar() {
                @Override
                public List<Hinder> hinderForUtbetalning(ArendeId arende, YearMonth manad) {
                    return hinder.stream().map(k -> new Hinder(k, List.of())).toList();
                }

                @Override
                public RegistreratHushall hushall(ArendeId arende, YearMonth manad) {
                    return Minnesportar.hushall(Exempelhushall.familj(manad));
                }

                @Override
                public boolean arTilldelad(Aktor aktor, ArendeId arende) {
                    return true;
                }

                @Override
                public boolean farSe(Aktor aktor, ArendeId arende) {
                    return true;
                }
            }, Minnesportar.audit(h -> { }), Minnesportar.atkomst(r -> { }),
            Clock.fixed(Instant.parse("2019-11-20T08:00:00Z"), ZoneOffset.UTC),
            (aktor, beslut, utbetalning) -> overlamnade.add(beslut), MinnesDelegation.flen2020());

    private static Beslutsforslag forslag(BerakningsUnderlag u, Beslutsutfall utfall, LivsforingPost... poster) {
        return new Beslutsforslag(ARENDE, u, utfall, Optional.empty(), utfall.provarForsorjningsstod() ? "Behovet är styrkt."
                : "", "4 kap. 1 § SoL", "Barnens behov tillgodoses.", List.of(poster), UTBETALNING);
    }

    private static void nekas(Runnable r, String nyckel) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(nyckel));
    }

    @Test
    void aSecondPayingDecisionForTheSameMonthIsRefusedAndAChangeGoesThroughAndra() {
        BeslutMedBerakning forsta = service.fatta(anna, forslag(Exempelhushall.familj(NOV), Beslutsutfall.BIFALL));

        assertThatThrownBy(() -> service.fatta(anna, forslag(Exempelhushall.familj(NOV), Beslutsutfall.BIFALL)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("beslut.manadRedanBeslutad");
                    assertThat(e.args()).containsExactly("2019-11", forsta.beslut().id());
                });
        nekas(() -> service.fatta(anna, forslag(Exempelhushall.familj(NOV), Beslutsutfall.AVSLAG)),
                "beslut.manadRedanBeslutad");
        assertThat(repo.lagrade()).hasSize(1);

        BeslutMedBerakning andrat = service.andra(anna, forsta.beslut().id(),
                forslag(Exempelhushall.familj(NOV), Beslutsutfall.BIFALL));
        assertThat(andrat.beslut().ersatter()).contains(forsta.beslut().id());
        assertThat(service.gallandeForManad(anna, ARENDE, NOV)).map(b -> b.beslut().id())
                .contains(andrat.beslut().id());
        nekas(() -> service.fatta(anna, forslag(Exempelhushall.familj(NOV), Beslutsutfall.BIFALL)),
                "beslut.manadRedanBeslutad");
        assertThat(service.fatta(anna, forslag(Exempelhushall.familj(NOV.plusMonths(1)), Beslutsutfall.BIFALL))
                .beslut().manad()).as("the next month is a month of its own").isEqualTo(NOV.plusMonths(1));
    }

    @Test
    void livsforingAloneInADecidedMonthIsStillADecisionOfItsOwn() {
        service.fatta(anna, forslag(Exempelhushall.familj(NOV), Beslutsutfall.BIFALL));
        LivsforingPost glasogon = new LivsforingPost(LivsforingTyp.GLASOGON, "Glasögon", Money.ofKronor(1200),
                Beslutsutfall.BIFALL, Money.ofKronor(1200), "Ordinerade av optiker.");
        assertThat(service.fatta(anna, forslag(Exempelhushall.familj(NOV), Beslutsutfall.EJ_PROVAT, glasogon))
                .beslut().total()).isEqualTo(Money.ofKronor(1200));
    }

    @Test
    void anInventedHouseholdIsRefusedWhateverTheOutcome() {
        BerakningsUnderlag familj = Exempelhushall.familj(NOV);
        List<Hushallsmedlem> fem = new ArrayList<>(familj.medlemmar());
        fem.add(Hushallsmedlem.barn(LocalDate.of(2012, 4, 1)));
        BerakningsUnderlag pahittat = new BerakningsUnderlag(NOV, OptionalInt.empty(), fem, familj.kostnader(),
                familj.inkomster());
        nekas(() -> service.fatta(anna, forslag(pahittat, Beslutsutfall.BIFALL)), "beslut.hushallAvviker");
        nekas(() -> service.fatta(anna, forslag(pahittat, Beslutsutfall.AVSLAG)), "beslut.hushallAvviker");
        BerakningsUnderlag storre = new BerakningsUnderlag(NOV, OptionalInt.of(6), familj.medlemmar(),
                familj.kostnader(), familj.inkomster());
        nekas(() -> service.fatta(anna, forslag(storre, Beslutsutfall.BIFALL)), "beslut.hushallAvviker");
        assertThat(repo.lagrade()).isEmpty();
        assertThat(overlamnade).isEmpty();
    }

    @Test
    void theCaseRulesForTheMonthStopAPayingDecisionButNotARefusal() {
        hinder.add("beslut.hinder.ingenAnsokanForManad");
        nekas(() -> service.fatta(anna, forslag(Exempelhushall.familj(NOV), Beslutsutfall.BIFALL)),
                "beslut.hinder.ingenAnsokanForManad");
        assertThat(service.fatta(anna, forslag(Exempelhushall.familj(NOV), Beslutsutfall.AVSLAG)).beslut().total())
                .isEqualTo(Money.ZERO);
    }
}
