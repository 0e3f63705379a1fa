package se.bistand.domain.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BevakningsreglerTest {

    private static final Clock KLOCKA = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final LocalDate IDAG = LocalDate.now(KLOCKA);

    private static Bevakningsunderlag underlag(ArendeStatus s) {
        return new Bevakningsunderlag(s, IDAG.minusDays(40), IDAG.minusDays(30), IDAG.minusDays(5), 0, false,
                IDAG.minusDays(40), IDAG.plusMonths(2), IDAG.minusMonths(1), null, null);
    }

    private static Bevakning av(List<Bevakning> b, Bevakningstyp typ) {
        return b.stream().filter(x -> x.typ() == typ).findFirst().orElseThrow();
    }

    @Test
    void aNybesokWaitingMoreThan14DaysIsOverdue() {
        Bevakningsunderlag u = new Bevakningsunderlag(ArendeStatus.AKTUALISERAD, IDAG.minusDays(15), null, null, 0,
                false, IDAG.minusDays(15), null, null, null, null);
        Bevakning b = av(Bevakningsregler.berakna(u, IDAG), Bevakningstyp.NYBESOK);
        assertThat(b.senast()).isEqualTo(IDAG.minusDays(1));
        assertThat(b.forfallen()).isTrue();
        Bevakningsunderlag farsk = new Bevakningsunderlag(ArendeStatus.NYBESOK_BOKAT, IDAG.minusDays(14), null, null,
                0, false, IDAG, null, null, null, null);
        assertThat(av(Bevakningsregler.berakna(farsk, IDAG), Bevakningstyp.NYBESOK).forfallen()).isFalse();
    }

    @Test
    void theHandlingsplanIsFollowedUpByItsNextDateAndAMissingOneIsFlagged() {
        assertThat(av(Bevakningsregler.berakna(underlag(ArendeStatus.UPPFOLJNING), IDAG), Bevakningstyp.HANDLINGSPLAN))
                .satisfies(b -> {
                    assertThat(b.senast()).isEqualTo(IDAG.plusMonths(2));
                    assertThat(b.forfallen()).isFalse();
                });
        Bevakningsunderlag forsenad = new Bevakningsunderlag(ArendeStatus.UPPFOLJNING, IDAG.minusMonths(5),
                IDAG.minusMonths(5), null, 0, false, IDAG.minusMonths(5), IDAG.minusDays(1), IDAG, null, null);
        assertThat(av(Bevakningsregler.berakna(forsenad, IDAG), Bevakningstyp.HANDLINGSPLAN).forfallen()).isTrue();
        Bevakningsunderlag saknas = new Bevakningsunderlag(ArendeStatus.UTREDNING, IDAG.minusMonths(2),
                IDAG.minusMonths(2), IDAG.minusDays(2), 0, false, IDAG, null, IDAG, null, null);
        Bevakning b = av(Bevakningsregler.berakna(saknas, IDAG), Bevakningstyp.HANDLINGSPLAN);
        assertThat(b.saknas()).isTrue();
        assertThat(b.forfallen()).isTrue();
        assertThat(b.textnyckel()).isEqualTo("bevakning.HANDLINGSPLAN.saknas");
    }

    @Test
    void fredaIsDueAtNybesokAndThenWithinSixMonths() {
        Bevakning b = av(Bevakningsregler.berakna(underlag(ArendeStatus.BESLUT), IDAG), Bevakningstyp.FREDA);
        assertThat(b.senast()).isEqualTo(IDAG.minusMonths(1).plusMonths(6));
        Bevakningsunderlag aldrig = new Bevakningsunderlag(ArendeStatus.NYBESOK_GENOMFORT, IDAG.minusDays(20),
                IDAG.minusDays(10), null, 0, false, IDAG, null, null, null, null);
        Bevakning f = av(Bevakningsregler.berakna(aldrig, IDAG), Bevakningstyp.FREDA);
        assertThat(f.senast()).isEqualTo(IDAG.minusDays(10));
        assertThat(f.saknas()).isTrue();
    }

    @Test
    void formedlingsmedelAreReviewedAndAnOpenChecklistIsShownWhileTheApplicationWaits() {
        Bevakningsunderlag u = new Bevakningsunderlag(ArendeStatus.UTREDNING, IDAG.minusMonths(8), IDAG.minusMonths(8),
                IDAG.minusDays(20), 3, false, IDAG.minusMonths(8), IDAG.plusMonths(1), IDAG, null, IDAG.minusDays(3));
        List<Bevakning> b = Bevakningsregler.berakna(u, IDAG);
        assertThat(av(b, Bevakningstyp.FORMEDLINGSMEDEL).forfallen()).isTrue();
        assertThat(av(b, Bevakningstyp.BESLUT_VANTAR).senast()).isEqualTo(IDAG.minusDays(6));
        assertThat(av(b, Bevakningstyp.CHECKLISTA).forfallen()).isTrue();
        assertThat(b).extracting(Bevakning::senast).isSorted();
    }

    @Test
    void aBarnkonsekvensanalysOlderThanTheHouseholdChangeDoesNotCount() {
        Bevakningsunderlag u = new Bevakningsunderlag(ArendeStatus.UTREDNING, IDAG.minusMonths(8), IDAG.minusMonths(8),
                IDAG.minusDays(2), 0, true, IDAG.minusDays(10), IDAG.plusMonths(1), IDAG, IDAG.minusMonths(2), null);
        assertThat(Bevakningsregler.berakna(u, IDAG)).extracting(Bevakning::typ).contains(Bevakningstyp.BARNKONSEKVENSANALYS);
        assertThat(Beslutskontroll.av(u).hinder()).containsExactly(Beslutskontroll.BARNKONSEKVENSANALYS);
        Bevakningsunderlag ny = new Bevakningsunderlag(ArendeStatus.UTREDNING, IDAG.minusMonths(8), IDAG.minusMonths(8),
                IDAG.minusDays(2), 0, true, IDAG.minusDays(10), IDAG.plusMonths(1), IDAG, IDAG.minusDays(1), null);
        assertThat(Beslutskontroll.av(ny).tillaten()).isTrue();
    }

    @Test
    void aClosedCaseHasNoDeadlines() {
        assertThat(Bevakningsregler.berakna(underlag(ArendeStatus.AVSLUTAD), IDAG)).isEmpty();
    }

    @Test
    void checklistsFollowTheApplicationType() {
        assertThat(Ansokningstyp.NY.checklista()).contains(Kontrollpunkt.LEGITIMATION, Kontrollpunkt.KONTOUTDRAG_3_MANADER,
                Kontrollpunkt.FORDONSREGISTER, Kontrollpunkt.VARDNADSHAVARE).doesNotContain(Kontrollpunkt.NARVAROLISTOR);
        assertThat(Ansokningstyp.ATERANSOKAN.checklista()).containsExactly(Kontrollpunkt.LEGITIMATION,
                Kontrollpunkt.KONTOUTDRAG_1_MANAD, Kontrollpunkt.DAGANTECKNINGAR_1_MANAD, Kontrollpunkt.NARVAROLISTOR,
                Kontrollpunkt.LAKARINTYG);
    }
}
