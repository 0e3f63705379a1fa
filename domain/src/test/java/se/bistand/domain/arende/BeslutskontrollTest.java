package se.bistand.domain.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.bistand.domain.gemensam.Id.ArendeId;

/** What a paying decision for one month needs: that month's application, its checklist complete, an open case. */
class BeslutskontrollTest {

    private static final LocalDate DAG = LocalDate.of(2026, 11, 20);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private static Bevakningsunderlag underlag(ArendeStatus status) {
        return new Bevakningsunderlag(status, DAG, DAG, DAG, 0, false, DAG, null, null, null, null);
    }

    private static Ansokan ansokan(long id, YearMonth manad) {
        return new Ansokan(id, new ArendeId(1), Ansokningstyp.NY, Kanal.DIGITAL, manad, DAG, "anna");
    }

    private static List<Checklistpost> checklista(long ansokan, Kontrollstatus... status) {
        List<Kontrollpunkt> punkter = Ansokningstyp.NY.checklista();
        return java.util.stream.IntStream.range(0, status.length)
                .mapToObj(i -> new Checklistpost(ansokan, punkter.get(i), status[i], DAG, "anna", null)).toList();
    }

    @Test
    void aPaymentForNovemberDoesNotPassOnDecembersApplication() {
        Beslutskontroll k = Beslutskontroll.forManad(underlag(ArendeStatus.UTREDNING), NOV, Optional.empty(), List.of());
        assertThat(k.hinder()).containsExactly(Beslutskontroll.INGEN_ANSOKAN_FOR_MANAD);
        assertThat(Beslutskontroll.forManad(underlag(ArendeStatus.UTREDNING), NOV, Optional.of(ansokan(2, DEC)),
                checklista(2, Kontrollstatus.KONTROLLERAD)).hinder())
                .as("an application for another month never counts")
                .containsExactly(Beslutskontroll.INGEN_ANSOKAN_FOR_MANAD);
    }

    @Test
    void theMonthsOwnChecklistMustBeComplete() {
        assertThat(Beslutskontroll.forManad(underlag(ArendeStatus.UTREDNING), NOV, Optional.of(ansokan(1, NOV)),
                checklista(1, Kontrollstatus.KONTROLLERAD, Kontrollstatus.EJ_KONTROLLERAD)).hinder())
                .containsExactly(Beslutskontroll.CHECKLISTA_FOR_MANAD);
        assertThat(Beslutskontroll.forManad(underlag(ArendeStatus.UTREDNING), NOV, Optional.of(ansokan(1, NOV)),
                checklista(1, Kontrollstatus.KONTROLLERAD, Kontrollstatus.UNDANTAGEN)).tillaten()).isTrue();
    }

    @Test
    void aClosedCaseGetsNoPayingDecision() {
        assertThat(Beslutskontroll.forManad(underlag(ArendeStatus.AVSLUTAD), NOV, Optional.of(ansokan(1, NOV)),
                checklista(1, Kontrollstatus.KONTROLLERAD)).hinder()).containsExactly(Beslutskontroll.AVSLUTAT);
    }
}
