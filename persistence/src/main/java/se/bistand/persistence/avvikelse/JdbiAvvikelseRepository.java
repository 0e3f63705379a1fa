package se.bistand.persistence.avvikelse;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.avvikelse.Allvarlighet;
import se.bistand.domain.avvikelse.Analys;
import se.bistand.domain.avvikelse.Avvikelse;
import se.bistand.domain.avvikelse.AvvikelseRepository;
import se.bistand.domain.avvikelse.AvvikelseUppgifter;
import se.bistand.domain.avvikelse.Funktion;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.LexSarahBedomning;
import se.bistand.domain.avvikelse.Routning;
import se.bistand.domain.avvikelse.Status;
import se.bistand.domain.avvikelse.Steg;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

/**
 * Avvikelser in {@code avvikelse} with their append-only steps in {@code avvikelse_steg}; the
 * routing from {@code avvikelse_routning} and {@code avvikelse_funktion_roll}. The discovery time
 * is entered as local wall time and stored as an instant in the clock's zone.
 */
public final class JdbiAvvikelseRepository implements AvvikelseRepository {

    private static final String VALJ = "SELECT * FROM avvikelse ";

    private final JdbiTransaktioner tx;
    private final ZoneId zon;

    public JdbiAvvikelseRepository(JdbiTransaktioner tx, Clock klocka) {
        this.tx = tx;
        this.zon = klocka.getZone();
    }

    @Override
    public Avvikelse skapa(Avvikelse ny) {
        var u = tx.handle().createUpdate("INSERT INTO avvikelse (kategori, beskrivning, intraffade, upptacktes, "
                + "konsekvens, omedelbar_atgard, allvarlighet, lank_typ, lank_id, lank_text, lank_skyddad, status, "
                + "rapportor_id, rapportor_namn, skapad, anmald, avslutad) VALUES (:kategori, :beskrivning, "
                + ":intraffade, :upptacktes, :konsekvens, :omedelbar_atgard, :allvarlighet, :lank_typ, :lank_id, "
                + ":lank_text, :lank_skyddad, :status, :rapportor_id, :rapportor_namn, :skapad, :anmald, :avslutad)");
        bindUppgifter(u, ny);
        long id = u.bind("rapportor_id", ny.rapportor().varde()).bind("rapportor_namn", ny.rapportorNamn())
                .bind("skapad", Tider.utc(ny.skapad()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        sparaNyaSteg(id, ny.steg(), 0);
        return hitta(id).orElseThrow();
    }

    @Override
    public Avvikelse uppdatera(Avvikelse a) {
        var u = tx.handle().createUpdate("UPDATE avvikelse SET kategori = :kategori, beskrivning = :beskrivning, "
                + "intraffade = :intraffade, upptacktes = :upptacktes, konsekvens = :konsekvens, "
                + "omedelbar_atgard = :omedelbar_atgard, allvarlighet = :allvarlighet, lank_typ = :lank_typ, "
                + "lank_id = :lank_id, lank_text = :lank_text, lank_skyddad = :lank_skyddad, status = :status, "
                + "anmald = :anmald, avslutad = :avslutad, orsak = :orsak, atgarder = :atgarder, lardom = :lardom, "
                + "ls_allvarligt = :ls_allvarligt, ls_beslutsdag = :ls_beslutsdag, ls_motivering = :ls_motivering, "
                + "ls_av_id = :ls_av_id, ls_av_namn = :ls_av_namn, ivo_dag = :ivo_dag, "
                + "ivo_diarienummer = :ivo_diarienummer, version = version + 1 WHERE id = :id AND version = :version");
        bindUppgifter(u, a);
        Optional<LexSarahBedomning> ls = a.lexSarah();
        Optional<LexSarahBedomning.IvoAnmalan> ivo = ls.flatMap(LexSarahBedomning::ivoAnmalan);
        int rader = u.bind("orsak", a.analys().orsak()).bind("atgarder", a.analys().atgarder())
                .bind("lardom", a.analys().lardom())
                .bind("ls_allvarligt", ls.map(LexSarahBedomning::allvarligt).orElse(null))
                .bind("ls_beslutsdag", ls.map(LexSarahBedomning::beslutsdag).orElse(null))
                .bind("ls_motivering", ls.map(LexSarahBedomning::motivering).orElse(null))
                .bind("ls_av_id", ls.map(b -> b.av().varde()).orElse(null))
                .bind("ls_av_namn", ls.map(LexSarahBedomning::avNamn).orElse(null))
                .bind("ivo_dag", ivo.map(LexSarahBedomning.IvoAnmalan::anmaldDag).orElse(null))
                .bind("ivo_diarienummer", ivo.map(LexSarahBedomning.IvoAnmalan::diarienummer).orElse(null))
                .bind("id", a.id()).bind("version", a.version()).execute();
        if (rader != 1) {
            throw new OptimistiskLasningException("avvikelse", a.id());
        }
        int lagrade = tx.handle().createQuery("SELECT COUNT(*) FROM avvikelse_steg WHERE avvikelse_id = :id")
                .bind("id", a.id()).mapTo(Integer.class).one();
        sparaNyaSteg(a.id(), a.steg(), lagrade);
        return hitta(a.id()).orElseThrow();
    }

    private void bindUppgifter(org.jdbi.v3.core.statement.Update u, Avvikelse a) {
        AvvikelseUppgifter g = a.uppgifter();
        u.bind("kategori", g.kategori() == null ? null : g.kategori().name())
                .bind("beskrivning", g.beskrivning())
                .bind("intraffade", g.intraffade())
                .bind("upptacktes", g.upptacktes() == null ? null : Tider.utc(g.upptacktes().atZone(zon).toInstant()))
                .bind("konsekvens", g.konsekvens())
                .bind("omedelbar_atgard", g.omedelbarAtgard())
                .bind("allvarlighet", g.allvarlighet() == null ? null : g.allvarlighet().name())
                .bind("status", a.status().name())
                .bind("anmald", Tider.utc(a.anmald().orElse(null)))
                .bind("avslutad", Tider.utc(a.avslutad().orElse(null)));
        LankKolumner.bind(u, g.lank());
    }

    private void sparaNyaSteg(long id, List<Steg> steg, int lagrade) {
        for (int nr = lagrade; nr < steg.size(); nr++) {
            Steg s = steg.get(nr);
            tx.handle().createUpdate("INSERT INTO avvikelse_steg (avvikelse_id, nr, fran, till, anvandare_id, "
                            + "anvandare_namn, tidpunkt, text) VALUES (:id, :nr, :fran, :till, :vem, :namn, :t, :text)")
                    .bind("id", id).bind("nr", nr).bind("fran", s.fran().name()).bind("till", s.till().name())
                    .bind("vem", s.vem().varde()).bind("namn", s.vemNamn()).bind("t", Tider.utc(s.nar()))
                    .bind("text", s.text()).execute();
        }
    }

    @Override
    public Optional<Avvikelse> hitta(long id) {
        return lista(VALJ + "WHERE id = :p", id).stream().findFirst();
    }

    @Override
    public List<Avvikelse> avRapportor(AnvandareId rapportor) {
        return lista(VALJ + "WHERE rapportor_id = :p ORDER BY skapad DESC, id DESC", rapportor.varde());
    }

    @Override
    public List<Avvikelse> oppna() {
        return lista(VALJ + "WHERE status NOT IN ('UTKAST', 'AVSLUTAD') AND id > :p ORDER BY anmald", 0L);
    }

    @Override
    public List<Avvikelse> allaAnmalda() {
        return lista(VALJ + "WHERE status <> 'UTKAST' AND id > :p ORDER BY anmald", 0L);
    }

    private record Rad(long id, AvvikelseUppgifter uppgifter, Status status, AnvandareId rapportor,
                       String rapportorNamn, Instant skapad, Instant anmald, Instant avslutad, Analys analys,
                       Optional<LexSarahBedomning> lexSarah, long version) {
    }

    private List<Avvikelse> lista(String sql, long parameter) {
        List<Rad> rader = tx.handle().createQuery(sql).bind("p", parameter).map((rs, ctx) -> rad(rs)).list();
        if (rader.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Steg>> steg = new HashMap<>();
        tx.handle().createQuery("SELECT * FROM avvikelse_steg WHERE avvikelse_id IN (<ids>) ORDER BY avvikelse_id, nr")
                .bindList("ids", rader.stream().map(Rad::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("avvikelse_id"), new Steg(Status.valueOf(rs.getString("fran")),
                        Status.valueOf(rs.getString("till")), new AnvandareId(rs.getLong("anvandare_id")),
                        rs.getString("anvandare_namn"), tid(rs, "tidpunkt"), rs.getString("text"))))
                .forEach(e -> steg.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rader.stream().map(r -> new Avvikelse(r.id(), r.uppgifter(), r.status(), r.rapportor(),
                r.rapportorNamn(), r.skapad(), Optional.ofNullable(r.anmald()), Optional.ofNullable(r.avslutad()),
                steg.getOrDefault(r.id(), List.of()), r.analys(), r.lexSarah(), r.version())).toList();
    }

    private Rad rad(ResultSet rs) throws SQLException {
        Instant upptacktes = tid(rs, "upptacktes");
        AvvikelseUppgifter u = new AvvikelseUppgifter(
                LankKolumner.enumOrNull(Kategori.class, rs.getString("kategori")), rs.getString("beskrivning"),
                dag(rs, "intraffade"),
                upptacktes == null ? null : LocalDateTime.ofInstant(upptacktes, zon),
                rs.getString("konsekvens"), rs.getString("omedelbar_atgard"),
                LankKolumner.enumOrNull(Allvarlighet.class, rs.getString("allvarlighet")), LankKolumner.las(rs));
        Optional<LexSarahBedomning> ls = Optional.empty();
        boolean allvarligt = rs.getBoolean("ls_allvarligt");
        if (!rs.wasNull()) {
            LocalDate ivoDag = dag(rs, "ivo_dag");
            ls = Optional.of(new LexSarahBedomning(allvarligt, dag(rs, "ls_beslutsdag"), rs.getString("ls_motivering"),
                    new AnvandareId(rs.getLong("ls_av_id")), rs.getString("ls_av_namn"),
                    ivoDag == null ? Optional.empty()
                            : Optional.of(new LexSarahBedomning.IvoAnmalan(ivoDag, rs.getString("ivo_diarienummer")))));
        }
        return new Rad(rs.getLong("id"), u, Status.valueOf(rs.getString("status")),
                new AnvandareId(rs.getLong("rapportor_id")), rs.getString("rapportor_namn"), tid(rs, "skapad"),
                tid(rs, "anmald"), tid(rs, "avslutad"),
                new Analys(rs.getString("orsak"), rs.getString("atgarder"), rs.getString("lardom")), ls,
                rs.getLong("version"));
    }

    static Instant tid(ResultSet rs, String kolumn) throws SQLException {
        return Tider.instant(rs.getObject(kolumn, OffsetDateTime.class));
    }

    static LocalDate dag(ResultSet rs, String kolumn) throws SQLException {
        Date d = rs.getDate(kolumn);
        return d == null ? null : d.toLocalDate();
    }

    @Override
    public Routning routning() {
        Map<Funktion, Set<Roll>> roller = new EnumMap<>(Funktion.class);
        tx.handle().createQuery("SELECT funktion, roll FROM avvikelse_funktion_roll")
                .map((rs, ctx) -> Map.entry(Funktion.valueOf(rs.getString("funktion")), Roll.valueOf(rs.getString("roll"))))
                .forEach(e -> roller.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Roll.class)).add(e.getValue()));
        Map<Kategori, List<Routning.Mottagning>> per = new EnumMap<>(Kategori.class);
        tx.handle().createQuery("SELECT kategori, funktion, frist_timmar FROM avvikelse_routning "
                        + "ORDER BY kategori, ordning")
                .map((rs, ctx) -> {
                    int timmar = rs.getInt("frist_timmar");
                    Optional<Duration> frist = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofHours(timmar));
                    return Map.entry(Kategori.valueOf(rs.getString("kategori")),
                            new Routning.Mottagning(Funktion.valueOf(rs.getString("funktion")), frist));
                })
                .forEach(e -> per.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return new Routning(per, roller);
    }

    @Override
    public void ersattRoutning(Kategori kategori, List<Routning.Mottagning> mottagningar) {
        tx.handle().createUpdate("DELETE FROM avvikelse_routning WHERE kategori = :k").bind("k", kategori.name())
                .execute();
        int ordning = 1;
        for (Routning.Mottagning m : mottagningar) {
            tx.handle().createUpdate("INSERT INTO avvikelse_routning (kategori, funktion, ordning, frist_timmar) "
                            + "VALUES (:k, :f, :o, :t)")
                    .bind("k", kategori.name()).bind("f", m.funktion().name()).bind("o", ordning++)
                    .bind("t", m.frist().map(d -> (int) d.toHours()).orElse(null)).execute();
        }
    }
}
