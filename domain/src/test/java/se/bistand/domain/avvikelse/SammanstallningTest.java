package se.bistand.domain.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bistand.domain.avvikelse.AvvikelseTest.ANNA;
import static se.bistand.domain.avvikelse.AvvikelseTest.KARIN;
import static se.bistand.domain.avvikelse.AvvikelseTest.ROUTNING;
import static se.bistand.domain.avvikelse.AvvikelseTest.ZON;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SammanstallningTest {

    private static Clock pa(String dagTid) {
        return Clock.fixed(LocalDateTime.parse(dagTid).atZone(ZON).toInstant(), ZON);
    }

    private static Avvikelse anmaldPa(Kategori k, Allvarlighet allv, String dagTid) {
        Clock c = pa(dagTid);
        LocalDateTime t = LocalDateTime.parse(dagTid);
        AvvikelseUppgifter u = new AvvikelseUppgifter(k, "x", t.toLocalDate(), t, null, null, allv, Optional.empty());
        return Avvikelse.utkast(u, ANNA, c).skicka(ANNA, c);
    }

    private static Avvikelse stangPa(Avvikelse a, String dagTid) {
        Clock c = pa(dagTid);
        return a.tillNasta(Status.MOTTAGEN, "m", KARIN, ROUTNING, c).tillNasta(Status.UTREDS, "u", KARIN, ROUTNING, c)
                .medAnalys(new Analys("o", "å", "l"), KARIN, ROUTNING)
                .tillNasta(Status.ATGARDAD, "å", KARIN, ROUTNING, c)
                .tillNasta(Status.ATERKOPPLAD, "t", KARIN, ROUTNING, c)
                .tillNasta(Status.AVSLUTAD, "a", KARIN, ROUTNING, c);
    }

    @Test
    void countsTheHalfYearByCategorySeverityAndStatusWithTimeToCloseOpenItemsAndTrend() {
        Avvikelse varOppen = anmaldPa(Kategori.FEL_I_HANDLAGGNING, Allvarlighet.LAG, "2026-03-02T10:00");
        Avvikelse varStangd = stangPa(anmaldPa(Kategori.ANNAT, Allvarlighet.LAG, "2026-05-01T10:00"),
                "2026-07-11T10:00");
        Avvikelse a = stangPa(anmaldPa(Kategori.FELAKTIG_UTBETALNING, Allvarlighet.MEDEL, "2026-08-03T10:00"),
                "2026-08-13T10:00");
        Avvikelse b = stangPa(anmaldPa(Kategori.FELAKTIG_UTBETALNING, Allvarlighet.HOG, "2026-09-01T10:00"),
                "2026-09-05T10:00");
        Avvikelse c = anmaldPa(Kategori.LEX_SARAH, Allvarlighet.HOG, "2026-10-01T10:00");
        Synpunkt s = Synpunkt.ny(Synpunkt.Typ.KLAGOMAL, Synpunkt.Kanal.TELEFON, LocalDate.of(2026, 9, 9), "Svårt att nå",
                Optional.empty(), ANNA, pa("2026-09-09T10:00"));

        Sammanstallning r = Sammanstallning.berakna(List.of(varOppen, varStangd, a, b, c), List.of(s),
                new Halvar(2026, 2), 3, pa("2026-11-23T10:00"));

        assertThat(r.antalAnmalda()).isEqualTo(3);
        assertThat(r.perKategori()).containsEntry(Kategori.FELAKTIG_UTBETALNING, 2L)
                .containsEntry(Kategori.LEX_SARAH, 1L).containsEntry(Kategori.ANNAT, 0L);
        assertThat(r.perAllvarlighet()).containsEntry(Allvarlighet.HOG, 2L).containsEntry(Allvarlighet.MEDEL, 1L);
        assertThat(r.perStatus()).containsEntry(Status.AVSLUTAD, 2L).containsEntry(Status.ANMALD, 1L);
        assertThat(r.antalAvslutade()).isEqualTo(3);
        assertThat(r.medeldagarTillAvslut().getAsDouble()).isEqualTo((71 + 10 + 4) / 3.0);
        assertThat(r.mediandagarTillAvslut().getAsDouble()).isEqualTo(10.0);
        assertThat(r.oppnaVidPeriodslut()).extracting(Sammanstallning.OppenPost::id)
                .hasSize(2);
        assertThat(r.oppnaVidPeriodslut().get(0).kategori()).isEqualTo(Kategori.FEL_I_HANDLAGGNING);
        assertThat(r.oppnaVidPeriodslut().get(0).dagarOppen()).isEqualTo(266);
        assertThat(r.trend()).extracting(t -> t.period().toString()).containsExactly("2025 H2", "2026 H1", "2026 H2");
        assertThat(r.trend()).extracting(Sammanstallning.Trendpunkt::anmalda).containsExactly(0L, 2L, 3L);
        assertThat(r.lexSarah()).isEqualTo(1);
        assertThat(r.synpunkterPerTyp()).containsEntry(Synpunkt.Typ.KLAGOMAL, 1L);
        assertThat(r.synpunkterPerKanal()).containsEntry(Synpunkt.Kanal.TELEFON, 1L);
    }

    @Test
    void aClosedPeriodReportsTheStatusAtItsEnd() {
        Avvikelse senare = stangPa(anmaldPa(Kategori.ANNAT, Allvarlighet.LAG, "2026-06-20T10:00"), "2026-07-02T10:00");
        Sammanstallning r = Sammanstallning.berakna(List.of(senare), List.of(), new Halvar(2026, 1), 1,
                pa("2026-11-23T10:00"));
        assertThat(r.oppnaVidPeriodslut()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Status.ANMALD);
            assertThat(p.dagarOppen()).isEqualTo(10);
        });
        assertThat(r.antalAvslutade()).isZero();
    }

    @Test
    void halfYearsAreJanuaryToJuneAndJulyToDecember() {
        assertThat(Halvar.av(LocalDate.of(2026, 6, 30))).isEqualTo(new Halvar(2026, 1));
        assertThat(Halvar.av(LocalDate.of(2026, 7, 1)).foregaende()).isEqualTo(new Halvar(2026, 1));
        assertThat(new Halvar(2026, 1).foregaende()).isEqualTo(new Halvar(2025, 2));
    }
}
