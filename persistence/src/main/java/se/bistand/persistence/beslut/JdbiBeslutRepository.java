package se.bistand.persistence.beslut;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import se.bistand.domain.berakning.UnderlagFormat;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutRepository;
import se.bistand.domain.beslut.BeslutStatus;
import se.bistand.domain.beslut.Beslutsfattande;
import se.bistand.domain.beslut.Beslutshash;
import se.bistand.domain.beslut.Utskottsbeslut;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.beslut.Beslutsutfall;
import se.bistand.domain.beslut.LagradBerakning;
import se.bistand.domain.beslut.LivsforingPost;
import se.bistand.domain.beslut.LivsforingTyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Integritetsfel;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

/**
 * Decisions in {@code beslut}, {@code beslut_berakningspost} and {@code beslut_livsforing}
 * (V021, V023). Insert and select only, but for marking a replaced decision (its month key moves to
 * the replacement). Every read recomputes the content hash and refuses a row
 * whose content no longer matches it.
 */
public final class JdbiBeslutRepository implements BeslutRepository {

    private static final String KOLUMNER = "id, arende_id, manad, utfall, sokt_belopp_ore, motivering, lagrum, "
            + "barnkonsekvensanalys, underlag, normtabell_id, normtabell_version, normtabell_demo, berakning_belopp_ore, "
            + "forsorjningsstod_ore, total_ore, ersatter_beslut_id, status, beslutad_av_id, beslutad_av_namn, beslutad, "
            + "innehall_hash";

    private final JdbiTransaktioner tx;

    public JdbiBeslutRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    /**
     * Stores a new decision. A replacement first marks the decision it replaces {@code ersatt}
     * and takes its month key (V023), so that the replacement can carry the key: one paying
     * försörjningsstöd decision in force per case and month, held by the database too.
     */
    @Override
    public BeslutId spara(Beslut b) {
        Handle h = tx.handle();
        if (b.ersatter().isPresent()) {
            int n = h.createUpdate("UPDATE beslut SET ersatt = TRUE, manad_nyckel = NULL WHERE id = :id AND ersatt = FALSE")
                    .bind("id", b.ersatter().get().varde()).execute();
            if (n != 1) {
                throw new OptimistiskLasningException("beslut", b.ersatter().get());
            }
        }
        long id = h.createUpdate("INSERT INTO beslut (arende_id, manad, utfall, sokt_belopp_ore, motivering, lagrum, "
                        + "barnkonsekvensanalys, underlag, normtabell_id, normtabell_version, normtabell_demo, "
                        + "berakning_belopp_ore, forsorjningsstod_ore, total_ore, ersatter_beslut_id, status, beslutad_av_id, "
                        + "beslutad_av_namn, beslutad, innehall_hash, manad_nyckel) VALUES (:arende, :manad, :utfall, :sokt, "
                        + ":motivering, :lagrum, :bka, :underlag, :tabell, :version, :demo, :berakning, :fs, :total, :ersatter, "
                        + ":status, :av, :avNamn, :tid, :hash, :nyckel)")
                .bind("nyckel", b.forsorjningsstod().isPositive() ? b.manad().toString() : null)
                .bind("arende", b.arende().varde()).bind("manad", b.manad().toString()).bind("utfall", b.utfall().name())
                .bind("sokt", b.soktBelopp().map(Money::ore).orElse(null)).bind("motivering", b.motivering())
                .bind("lagrum", b.lagrum()).bind("bka", b.barnkonsekvensanalys())
                .bind("underlag", UnderlagFormat.skriv(b.berakning().underlag()))
                .bind("tabell", b.berakning().normtabellId()).bind("version", b.berakning().normtabellVersion())
                .bind("demo", b.berakning().normtabellDemo()).bind("berakning", b.berakning().belopp().ore())
                .bind("fs", b.forsorjningsstod().ore()).bind("total", b.total().ore())
                .bind("ersatter", b.ersatter().map(BeslutId::varde).orElse(null)).bind("status", b.status().name())
                .bind("av", b.beslutadAv().varde()).bind("avNamn", b.beslutadAvNamn())
                .bind("tid", Tider.utc(b.beslutad())).bind("hash", Beslutshash.av(medLagradTid(b)))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        int ordning = 0;
        for (Map.Entry<String, Money> p : b.berakning().poster().entrySet()) {
            h.createUpdate("INSERT INTO beslut_berakningspost (beslut_id, ordning, post, belopp_ore) VALUES (:b, :o, :p, :ore)")
                    .bind("b", id).bind("o", ordning++).bind("p", p.getKey()).bind("ore", p.getValue().ore()).execute();
        }
        ordning = 0;
        for (LivsforingPost p : b.livsforing()) {
            h.createUpdate("INSERT INTO beslut_livsforing (beslut_id, ordning, typ, beskrivning, sokt_belopp_ore, utfall, "
                            + "beviljat_belopp_ore, motivering) VALUES (:b, :o, :typ, :besk, :sokt, :utfall, :bev, :mot)")
                    .bind("b", id).bind("o", ordning++).bind("typ", p.typ().name()).bind("besk", p.beskrivning())
                    .bind("sokt", p.soktBelopp().ore()).bind("utfall", p.utfall().name())
                    .bind("bev", p.beviljatBelopp().ore()).bind("mot", p.motivering()).execute();
        }
        return new BeslutId(id);
    }

    @Override
    public Optional<Beslut> hitta(BeslutId id) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM beslut WHERE id = :id").bind("id", id.varde())
                .map((rs, ctx) -> rad(rs)).findOne();
    }

    @Override
    public List<Beslut> forArende(ArendeId arende) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM beslut WHERE arende_id = :a ORDER BY manad DESC, id DESC")
                .bind("a", arende.varde()).map((rs, ctx) -> rad(rs)).list();
    }

    @Override
    public Optional<BeslutId> ersattAv(BeslutId id) {
        return tx.handle().createQuery("SELECT id FROM beslut WHERE ersatter_beslut_id = :id").bind("id", id.varde())
                .mapTo(Long.class).findOne().map(BeslutId::new);
    }

    @Override
    public void sattStatus(BeslutId id, BeslutStatus fran, BeslutStatus till) {
        int n = tx.handle().createUpdate("UPDATE beslut SET status = :till WHERE id = :id AND status = :fran")
                .bind("till", till.name()).bind("id", id.varde()).bind("fran", fran.name()).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("beslut", id.varde());
        }
    }

    @Override
    public void registreraFattande(Beslutsfattande f) {
        tx.handle().createUpdate("INSERT INTO beslut_fattande (beslut_id, forslag_av_id, delegat_id, delegat_namn, "
                        + "delegat_roll, utskott_sammantrade, utskott_paragraf, utskott_utfall, registrerad_av_id, registrerad) "
                        + "SELECT id, beslutad_av_id, :delegat, :namn, :roll, :dag, :paragraf, :utfall, :av, :nar "
                        + "FROM beslut WHERE id = :id")
                .bind("id", f.beslut().varde()).bind("delegat", f.delegat().map(AnvandareId::varde).orElse(null))
                .bind("namn", f.delegatNamn()).bind("roll", f.delegatRoll().map(Enum::name).orElse(null))
                .bind("dag", f.utskott().map(Utskottsbeslut::sammantrade).orElse(null))
                .bind("paragraf", f.utskott().map(Utskottsbeslut::paragraf).orElse(null))
                .bind("utfall", f.utskott().map(u -> u.utfall().name()).orElse(null))
                .bind("av", f.registreradAv().varde()).bind("nar", Tider.utc(f.registrerad())).execute();
    }

    @Override
    public Optional<Beslutsfattande> fattande(BeslutId id) {
        return tx.handle().createQuery("SELECT * FROM beslut_fattande WHERE beslut_id = :id").bind("id", id.varde())
                .map((rs, ctx) -> {
                    long delegat = rs.getLong("delegat_id");
                    Optional<AnvandareId> d = rs.wasNull() ? Optional.empty() : Optional.of(new AnvandareId(delegat));
                    java.time.LocalDate dag = rs.getObject("utskott_sammantrade", java.time.LocalDate.class);
                    Optional<Utskottsbeslut> u = dag == null ? Optional.empty() : Optional.of(new Utskottsbeslut(dag,
                            rs.getString("utskott_paragraf"), Utskottsbeslut.Utfall.valueOf(rs.getString("utskott_utfall"))));
                    return new Beslutsfattande(id, d, rs.getString("delegat_namn"),
                            Optional.ofNullable(rs.getString("delegat_roll")).map(Roll::valueOf), u,
                            new AnvandareId(rs.getLong("registrerad_av_id")),
                            Tider.instant(rs.getObject("registrerad", OffsetDateTime.class)));
                }).findOne();
    }

    /** The decision as it reads back: the time at the database's (microsecond) precision. */
    private static Beslut medLagradTid(Beslut b) {
        return new Beslut(b.id(), b.arende(), b.manad(), b.utfall(), b.soktBelopp(), b.motivering(), b.lagrum(),
                b.barnkonsekvensanalys(), b.berakning(), b.forsorjningsstod(), b.livsforing(), b.total(), b.ersatter(),
                b.status(), b.beslutadAv(), b.beslutadAvNamn(), Tider.instant(Tider.utc(b.beslutad())));
    }

    private Beslut rad(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<String, Money> poster = new LinkedHashMap<>();
        tx.handle().createQuery("SELECT post, belopp_ore FROM beslut_berakningspost WHERE beslut_id = :b ORDER BY ordning")
                .bind("b", id).map((r, c) -> Map.entry(r.getString("post"), Money.ofOre(r.getLong("belopp_ore"))))
                .forEach(e -> poster.put(e.getKey(), e.getValue()));
        List<LivsforingPost> livsforing = tx.handle().createQuery("SELECT typ, beskrivning, sokt_belopp_ore, utfall, "
                        + "beviljat_belopp_ore, motivering FROM beslut_livsforing WHERE beslut_id = :b ORDER BY ordning")
                .bind("b", id).map((r, c) -> new LivsforingPost(LivsforingTyp.valueOf(r.getString("typ")),
                        r.getString("beskrivning"), Money.ofOre(r.getLong("sokt_belopp_ore")),
                        Beslutsutfall.valueOf(r.getString("utfall")), Money.ofOre(r.getLong("beviljat_belopp_ore")),
                        r.getString("motivering"))).list();
        long sokt = rs.getLong("sokt_belopp_ore");
        Optional<Money> soktBelopp = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofOre(sokt));
        long ersatter = rs.getLong("ersatter_beslut_id");
        Optional<BeslutId> ersatterId = rs.wasNull() ? Optional.empty() : Optional.of(new BeslutId(ersatter));
        LagradBerakning berakning = new LagradBerakning(UnderlagFormat.las(rs.getString("underlag")),
                rs.getString("normtabell_id"), rs.getInt("normtabell_version"), rs.getBoolean("normtabell_demo"), poster,
                Money.ofOre(rs.getLong("berakning_belopp_ore")));
        Beslut b = new Beslut(new BeslutId(id), new ArendeId(rs.getLong("arende_id")), YearMonth.parse(rs.getString("manad")),
                Beslutsutfall.valueOf(rs.getString("utfall")), soktBelopp, rs.getString("motivering"), rs.getString("lagrum"),
                rs.getString("barnkonsekvensanalys"), berakning, Money.ofOre(rs.getLong("forsorjningsstod_ore")), livsforing,
                Money.ofOre(rs.getLong("total_ore")), ersatterId, BeslutStatus.valueOf(rs.getString("status")),
                new AnvandareId(rs.getLong("beslutad_av_id")), rs.getString("beslutad_av_namn"),
                Tider.instant(rs.getObject("beslutad", OffsetDateTime.class)));
        if (!Beslutshash.av(b).equals(rs.getString("innehall_hash"))) {
            throw Integritetsfel.av("beslut.hashStammerInte", "beslut", id,
                    "det lagrade innehållet stämmer inte med sin hash (ändrat utanför Bistånd)");
        }
        return b;
    }
}
