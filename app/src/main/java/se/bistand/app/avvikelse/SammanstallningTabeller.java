package se.bistand.app.avvikelse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import se.bistand.app.Meddelanden;
import se.bistand.domain.avvikelse.Sammanstallning;
import se.bistand.domain.avvikelse.Status;

/**
 * The compilation as titled two-or-more-column tables of text, the one layout that the screen's
 * tables, the PDF and the CSV all print.
 */
final class SammanstallningTabeller {
    private SammanstallningTabeller() {
    }

    /** One table: a title, a header row and the rows. */
    record Avsnitt(String id, String titel, List<String> rubriker, List<List<String>> rader) {
    }

    static List<Avsnitt> avsnitt(Sammanstallning s) {
        List<Avsnitt> a = new ArrayList<>();
        a.add(new Avsnitt("nyckeltal", t("sammanstallning.nyckeltal"), List.of(t("sammanstallning.matt"),
                t("sammanstallning.varde")), List.of(
                List.of(t("sammanstallning.anmalda"), Long.toString(s.antalAnmalda())),
                List.of(t("sammanstallning.avslutade"), Long.toString(s.antalAvslutade())),
                List.of(t("sammanstallning.medeltid"), dagar(s.medeldagarTillAvslut())),
                List.of(t("sammanstallning.mediantid"), dagar(s.mediandagarTillAvslut())),
                List.of(t("sammanstallning.oppnaVidSlut"), Integer.toString(s.oppnaVidPeriodslut().size())),
                List.of(t("sammanstallning.lexSarah"), t("sammanstallning.lexSarahVarav", s.lexSarah(),
                        s.lexSarahAllvarliga())))));
        a.add(antal("perKategori", "sammanstallning.perKategori", s.perKategori(), k -> t(k.textnyckel())));
        a.add(antal("perAllvarlighet", "sammanstallning.perAllvarlighet", s.perAllvarlighet(),
                k -> t(k.textnyckel())));
        Map<Status, Long> perStatus = new EnumMap<>(s.perStatus());
        perStatus.remove(Status.UTKAST);
        a.add(antal("perStatus", "sammanstallning.perStatus", perStatus, k -> t(k.textnyckel())));
        List<List<String>> oppna = new ArrayList<>();
        for (Sammanstallning.OppenPost p : s.oppnaVidPeriodslut()) {
            oppna.add(List.of("#" + p.id(), t(p.kategori().textnyckel()),
                    p.allvarlighet() == null ? "–" : t(p.allvarlighet().textnyckel()), t(p.status().textnyckel()),
                    p.anmald().toString(), Long.toString(p.dagarOppen())));
        }
        a.add(new Avsnitt("oppna", t("sammanstallning.oppna"), List.of(t("avvikelse.kol.nr"),
                t("avvikelse.kol.kategori"), t("avvikelse.kol.allvarlighet"), t("avvikelse.kol.status"),
                t("avvikelse.kol.anmald"), t("sammanstallning.dagarOppen")), oppna));
        List<List<String>> trend = new ArrayList<>();
        for (Sammanstallning.Trendpunkt p : s.trend()) {
            trend.add(List.of(p.period().toString(), Long.toString(p.anmalda()), Long.toString(p.avslutade())));
        }
        a.add(new Avsnitt("trend", t("sammanstallning.trend"), List.of(t("sammanstallning.period"),
                t("sammanstallning.anmalda"), t("sammanstallning.avslutade")), trend));
        a.add(antal("synpunkterPerTyp", "sammanstallning.synpunkterPerTyp", s.synpunkterPerTyp(),
                k -> t(k.textnyckel())));
        a.add(antal("synpunkterPerKanal", "sammanstallning.synpunkterPerKanal", s.synpunkterPerKanal(),
                k -> t(k.textnyckel())));
        return a;
    }

    private static <E> Avsnitt antal(String id, String titelNyckel, Map<E, Long> antal, Function<E, String> namn) {
        List<List<String>> rader = new ArrayList<>();
        antal.forEach((k, n) -> rader.add(List.of(namn.apply(k), Long.toString(n))));
        return new Avsnitt(id, t(titelNyckel), List.of("", t("sammanstallning.antal")), rader);
    }

    static String dagar(OptionalDouble d) {
        return d.isPresent() ? t("sammanstallning.dagar", String.format(Meddelanden.SVENSKA, "%.1f", d.getAsDouble()))
                : "–";
    }

    private static String t(String nyckel, Object... args) {
        return Meddelanden.t(nyckel, args);
    }
}
