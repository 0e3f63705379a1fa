package se.bistand.persistence.berakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.Hushallsmedlem;
import se.bistand.domain.berakning.Normtabell;
import se.bistand.domain.berakning.NormtabellParser;
import se.bistand.domain.berakning.NormtabellPost;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.berakning.NormtabellStatus;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;
import se.bistand.persistence.grund.TestDatabas;

/** Norm tables as master data on a real H2: shipped tables stored once, a new year only in force after a second person confirms it. */
class NormtabellRegisterTest {

    private final TestDatabas db = TestDatabas.ny();
    private final JdbiNormtabellRepository repo = new JdbiNormtabellRepository(db.tx);
    private final NormtabellService service = new NormtabellService(db.tx, repo, db.audit, db.klocka);
    private final Berakningstjanst berakning = new Berakningstjanst(repo, NormtabellResurser.prisbasbelopp());
    private final Aktor system = Aktor.system("test");

    @AfterEach
    void stang() {
        db.close();
    }

    private Aktor anvandare(String namn, Roll roll) {
        var id = db.anvandarService().skapa(system, namn, namn, roll, Optional.empty(), "losenord-123".toCharArray());
        return new Aktor(id, namn, namn, roll);
    }

    private static BerakningsUnderlag ensam(YearMonth manad) {
        return new BerakningsUnderlag(manad, OptionalInt.empty(),
                List.of(Hushallsmedlem.sokande(LocalDate.of(1980, 2, 1))), List.of(), List.of());
    }

    /** The 2024 table entered as riksnorm.md's check: 2023 × 1.087 for every item (whole kronor). */
    private static Normtabell tabell2024() {
        StringBuilder csv = new StringBuilder("post;belopp\n");
        NormtabellParser.belopp(NormtabellResurser.tabeller().get(2)).forEach((k, b) ->
                csv.append(k).append(';').append(b.fractionHalfUp(1087, 1000).toPlainString().replace('.', ','))
                        .append('\n'));
        return NormtabellParser.franCsv(2024, "SFS 2023:XXX (test)", csv.toString());
    }

    @Test
    void shippedTablesAreStoredOnceConfirmedByTheDeliveryAndReadBackEqual() {
        List<Normtabell> levererade = NormtabellResurser.tabeller();
        assertThat(service.lagraLevererade(system, levererade, false)).isEqualTo(3);
        assertThat(service.lagraLevererade(system, levererade, false)).isZero();
        assertThat(db.tx.iTransaktion(() -> repo.hittaBekraftad(2026))).isEmpty();
        assertThat(service.lagraLevererade(system, levererade, true)).isEqualTo(1);
        for (Normtabell t : levererade) {
            Normtabell lagrad = db.tx.iTransaktion(() -> repo.hittaVersion(t.id(), t.version())).orElseThrow();
            assertThat(NormtabellParser.belopp(lagrad)).isEqualTo(NormtabellParser.belopp(t));
            assertThat(lagrad.demo()).isEqualTo(t.demo());
            assertThat(lagrad.registreradAv()).isEqualTo(NormtabellService.LEVERANS);
            assertThat(lagrad.status()).isEqualTo(NormtabellStatus.BEKRAFTAD);
        }
        assertThat(berakning.berakna(ensam(YearMonth.of(2019, 5))).belopp()).isEqualTo(Money.ofKronor(4080));
        assertThat(berakning.berakna(ensam(YearMonth.of(2026, 5))).normtabellDemo()).isTrue();
    }

    @Test
    void aNewYearIsOnlyUsedAfterASecondPersonConfirmsIt() {
        Aktor sofia = anvandare("sofia", Roll.SYSTEMFORVALTARE);
        Aktor per = anvandare("per", Roll.SYSTEMFORVALTARE);
        NormtabellPost utkast = service.registrera(sofia, tabell2024());
        assertThat(utkast.tabell().status()).isEqualTo(NormtabellStatus.UTKAST);
        assertThat(utkast.tabell().id()).isEqualTo("riksnorm-2024");
        assertThat(utkast.registreradAvId()).contains(sofia.id());
        assertThat(utkast.tabell().ensamstaende()).isEqualTo(Money.parse("3793.63"));

        assertThatThrownBy(() -> berakning.berakna(ensam(YearMonth.of(2024, 3))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("berakning.normtabellSaknas");
                    assertThat(e.args()).containsExactly(2024);
                });
        assertThatThrownBy(() -> service.bekrafta(sofia, utkast.dbId()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("normtabell.sammaPerson"));

        NormtabellPost bekraftad = service.bekrafta(per, utkast.dbId());
        assertThat(bekraftad.tabell().status()).isEqualTo(NormtabellStatus.BEKRAFTAD);
        assertThat(bekraftad.tabell().bekraftadAv()).isEqualTo("per");
        assertThat(bekraftad.bekraftadAvId()).contains(per.id());
        assertThat(berakning.berakna(ensam(YearMonth.of(2024, 3))).norm())
                .isEqualTo(Money.parse("3793.63").plus(Money.parse("1228.31")));
        assertThatThrownBy(() -> service.bekrafta(per, utkast.dbId()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("normtabell.inteUtkast"));

        List<String> handelser = db.tx.iTransaktion(() -> db.audit.senaste(20)).stream().map(h -> h.handelse()).toList();
        assertThat(handelser).contains("NORMTABELL_REGISTRERAD", "NORMTABELL_BEKRAFTAD");
    }

    @Test
    void theDatabaseItselfRefusesAConfirmationByTheSamePerson() {
        Aktor sofia = anvandare("sofia", Roll.SYSTEMFORVALTARE);
        NormtabellPost utkast = service.registrera(sofia, tabell2024());
        assertThatThrownBy(() -> db.tx.kor(() -> repo.bekrafta(utkast.dbId(), sofia.id(), "sofia", TestDatabas.NU)))
                .hasMessageContaining("normtabell_andra_person_ck");
    }

    @Test
    void onlyTheSystemforvaltareMayEnterOrConfirm() {
        Aktor anna = anvandare("anna", Roll.HANDLAGGARE);
        assertThatThrownBy(() -> service.registrera(anna, tabell2024()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("behorighet.saknas"));
    }

    @Test
    void csvImportNamesTheBadKey() {
        StringBuilder csv = new StringBuilder();
        NormtabellParser.belopp(NormtabellResurser.tabeller().get(0)).forEach((k, b) ->
                csv.append(k).append(';').append(k.equals("barn.1-2") ? "abc" : b.formatNumber()).append('\n'));
        assertThat(NormtabellParser.franCsv(2024, "SFS", csv.toString().replace("abc", "2 380,00")).barn())
                .isEqualTo(NormtabellResurser.tabeller().get(0).barn());
        assertThatThrownBy(() -> NormtabellParser.franCsv(2024, "SFS", csv.toString()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("barn.1-2"));
    }
}
