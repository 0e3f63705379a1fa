package se.bistand.persistence.utbetalning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.utbetalning.Exportunderlag;
import se.bistand.domain.utbetalning.UtbetalningRepository;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;
import se.bistand.persistence.attest.JdbiAttestRepository;
import se.bistand.persistence.beslut.JdbiBeslutRepository;
import se.bistand.persistence.betalning.JdbiBetalningsmottagareRepository;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Kolumner;
import se.bistand.persistence.grund.Krockar;
import se.bistand.persistence.grund.Tider;

public final class JdbiUtbetalningRepository implements UtbetalningRepository {

    private static final String RADER = "SELECT u.id AS u_id, u.lista_id AS u_lista_id, u.attest_id AS u_attest_id, "
            + "u.i_stickprov AS u_i_stickprov, u.granskad_av AS u_granskad_av, u.granskad AS u_granskad, "
            + "a.attesterad_av AS a_attesterad_av, " + JdbiAttestRepository.KOLUMNER + ", "
            + JdbiBetalningsmottagareRepository.KOLUMNER + " FROM utbetalning u "
            + "JOIN attest a ON a.id = u.attest_id JOIN attestbeslut b ON b.id = a.attestbeslut_id "
            + "JOIN betalningsmottagare m ON m.id = b.mottagare_id ";
    private final JdbiTransaktioner tx;

    public JdbiUtbetalningRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Long> oppenLista(LocalDate datum) {
        return tx.handle().createQuery("SELECT id FROM utbetalningslista WHERE betalningsdatum = :d "
                        + "AND status IN ('UTKAST', 'GRANSKAD') ORDER BY id")
                .bind("d", datum).mapTo(Long.class).findFirst();
    }

    @Override
    public long skapaLista(LocalDate datum, Instant nar) {
        return tx.handle().createUpdate("INSERT INTO utbetalningslista (betalningsdatum, status, skapad) "
                        + "VALUES (:d, 'UTKAST', :nar)")
                .bind("d", datum).bind("nar", Tider.utc(nar)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public long laggTillRad(long listaId, long attestId, boolean iStickprov) {
        return Krockar.unik("utbetalning", attestId, () -> tx.handle().createUpdate("INSERT INTO utbetalning "
                        + "(attest_id, lista_id, i_stickprov) VALUES (:a, :l, :s)")
                .bind("a", attestId).bind("l", listaId).bind("s", iStickprov)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public Optional<Utbetalningslista> hitta(long id) {
        return tx.handle().createQuery("SELECT * FROM utbetalningslista WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> huvud(rs)).findOne().map(l -> new Utbetalningslista(l.id(), l.betalningsdatum(),
                        l.status(), l.stickprovDraget(), l.innehallHash(),
                        tx.handle().createQuery(RADER + "WHERE u.lista_id = :id").bind("id", id)
                                .map(JdbiUtbetalningRepository::rad).list(),
                        signaturer(id),
                        exporter(id), l.version()));
    }

    private List<Utbetalningslista.Export> exporter(long id) {
        return tx.handle().createQuery("SELECT * FROM utbetalning_export WHERE lista_id = :id ORDER BY id")
                .bind("id", id).map((rs, ctx) -> new Utbetalningslista.Export(rs.getString("filnamn"),
                        Kolumner.tid(rs, "exporterad"), new AnvandareId(rs.getLong("anvandare_id")),
                        rs.getBoolean("kopia"))).list();
    }

    @Override
    public List<Utbetalningslista> listor() {
        return tx.handle().createQuery("SELECT * FROM utbetalningslista ORDER BY betalningsdatum DESC, id DESC")
                .map((rs, ctx) -> huvud(rs)).list().stream().map(l -> new Utbetalningslista(l.id(), l.betalningsdatum(),
                        l.status(), l.stickprovDraget(), l.innehallHash(), List.of(), signaturer(l.id()), List.of(),
                        l.version())).toList();
    }

    private List<Utbetalningslista.Signatur> signaturer(long id) {
        return tx.handle().createQuery("SELECT * FROM utbetalningslista_signatur WHERE lista_id = :id ORDER BY nummer")
                .bind("id", id).map((rs, ctx) -> new Utbetalningslista.Signatur(rs.getInt("nummer"),
                        new AnvandareId(rs.getLong("anvandare_id")), Roll.valueOf(rs.getString("roll")),
                        Optional.ofNullable(rs.getObject("regel_id", Long.class)),
                        Optional.ofNullable(rs.getObject("plats", Integer.class)), Kolumner.tid(rs, "signerad"),
                        rs.getString("innehall_hash"))).list();
    }

    @Override
    public void sattStickprov(long listaId, Set<Long> radIds) {
        tx.handle().createUpdate("UPDATE utbetalningslista SET stickprov_draget = TRUE WHERE id = :id")
                .bind("id", listaId).execute();
        if (!radIds.isEmpty()) {
            tx.handle().createUpdate("UPDATE utbetalning SET i_stickprov = TRUE WHERE lista_id = :l AND id IN (<ids>)")
                    .bind("l", listaId).bindList("ids", List.copyOf(radIds)).execute();
        }
    }

    @Override
    public void markeraGranskad(long radId, AnvandareId vem, Instant nar) {
        tx.handle().createUpdate("UPDATE utbetalning SET granskad_av = :v, granskad = :nar WHERE id = :id")
                .bind("v", vem.varde()).bind("nar", Tider.utc(nar)).bind("id", radId).execute();
    }

    @Override
    public void uppdateraStatus(long listaId, Utbetalningslista.Status status, Optional<String> hash, long version) {
        int n = tx.handle().createUpdate("UPDATE utbetalningslista SET status = :s, innehall_hash = :h, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .bind("s", status.name()).bind("h", hash.orElse(null)).bind("id", listaId).bind("v", version).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("utbetalningslista", listaId);
        }
    }

    @Override
    public void signera(long listaId, int nummer, AnvandareId vem, Roll roll, long regelId, int plats, Instant nar,
                        String hash) {
        Krockar.unik("utbetalningslista", listaId, () -> tx.handle().createUpdate("INSERT INTO "
                        + "utbetalningslista_signatur (lista_id, nummer, anvandare_id, roll, regel_id, plats, signerad, "
                        + "innehall_hash) VALUES (:l, :n, :v, :roll, :regel, :plats, :nar, :h)")
                .bind("l", listaId).bind("n", nummer).bind("v", vem.varde()).bind("roll", roll.name())
                .bind("regel", regelId).bind("plats", plats).bind("nar", Tider.utc(nar))
                .bind("h", hash).execute());
    }

    @Override
    public void registreraOppning(long radId, AnvandareId vem, Instant nar) {
        Krockar.unik("utbetalning", radId, () -> tx.handle().createUpdate("INSERT INTO utbetalning_oppnad "
                        + "(utbetalning_id, anvandare_id, oppnad) VALUES (:u, :v, :nar)")
                .bind("u", radId).bind("v", vem.varde()).bind("nar", Tider.utc(nar)).execute());
    }

    @Override
    public boolean harOppnat(long radId, AnvandareId vem) {
        return tx.handle().createQuery("SELECT COUNT(*) FROM utbetalning_oppnad WHERE utbetalning_id = :u "
                        + "AND anvandare_id = :v").bind("u", radId).bind("v", vem.varde()).mapTo(Long.class).one() > 0;
    }

    @Override
    public void registreraExport(long listaId, String filnamn, Instant nar, AnvandareId vem, boolean kopia, String hash) {
        tx.handle().createUpdate("INSERT INTO utbetalning_export (lista_id, filnamn, exporterad, anvandare_id, kopia, "
                        + "innehall_hash) VALUES (:l, :f, :nar, :v, :k, :h)")
                .bind("l", listaId).bind("f", filnamn).bind("nar", Tider.utc(nar)).bind("v", vem.varde())
                .bind("k", kopia).bind("h", hash).execute();
    }

    @Override
    public Exportunderlag exportunderlag(long listaId) {
        JdbiBeslutRepository beslut = new JdbiBeslutRepository(tx);
        Map<Long, Exportunderlag.Rad> rader = new HashMap<>();
        tx.handle().createQuery("SELECT u.id AS rad_id, b.beslut_id, a.mottagare_id, a.belopp_ore, a.attestant_roll, "
                        + "r.attest_grans_ore AS grans, lr.attest_grans_ore AS livsforing_grans, "
                        + "CASE WHEN m.status = 'GODKAND' AND m.godkant_konto_nyckel = m.konto_nyckel "
                        + "THEN TRUE ELSE FALSE END AS konto_godkant "
                        + "FROM utbetalning u JOIN attest a ON a.id = u.attest_id "
                        + "JOIN attestbeslut b ON b.id = a.attestbeslut_id "
                        + "JOIN betalningsmottagare m ON m.id = b.mottagare_id "
                        + "JOIN anvandare au ON au.id = a.attesterad_av "
                        + "LEFT JOIN delegationsregel r ON r.ordning_id = a.ordning_id AND r.beslutstyp = b.beslutstyp "
                        + "AND r.roll = au.roll "
                        + "LEFT JOIN delegationsregel lr ON lr.ordning_id = a.ordning_id "
                        + "AND lr.beslutstyp = 'LIVSFORING_I_OVRIGT' AND lr.roll = au.roll "
                        + "WHERE u.lista_id = :id")
                .bind("id", listaId).map((rs, ctx) -> new Exportunderlag.Rad(rs.getLong("rad_id"),
                        lagratTotal(beslut, rs.getLong("beslut_id")), rs.getLong("mottagare_id"),
                        Money.ofOre(rs.getLong("belopp_ore")), rs.getString("attestant_roll"),
                        valfrittBelopp(rs, "grans"), valfrittBelopp(rs, "livsforing_grans"),
                        rs.getBoolean("konto_godkant")))
                .list().forEach(r -> rader.put(r.radId(), r));
        Map<AnvandareId, Roll> roller = new HashMap<>();
        tx.handle().createQuery("SELECT id, roll FROM anvandare")
                .map((rs, ctx) -> roller.put(new AnvandareId(rs.getLong("id")), Roll.valueOf(rs.getString("roll"))))
                .list();
        return new Exportunderlag(rader, roller);
    }

    /** The stored decision's total, read with its hash checked; empty when missing or changed outside Bistånd. */
    private static Optional<Money> lagratTotal(JdbiBeslutRepository beslut, long beslutId) {
        try {
            return beslut.hitta(new BeslutId(beslutId)).map(Beslut::total);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Money> valfrittBelopp(ResultSet rs, String kolumn) throws SQLException {
        long ore = rs.getLong(kolumn);
        return rs.wasNull() ? Optional.empty() : Optional.of(Money.ofOre(ore));
    }

    @Override
    public List<Utbetalningsrad> forManad(YearMonth manad) {
        return tx.handle().createQuery(RADER + "WHERE b.betalningsdatum >= :fran AND b.betalningsdatum <= :till "
                        + "ORDER BY b.betalningsdatum, u.id")
                .bind("fran", manad.atDay(1)).bind("till", manad.atEndOfMonth()).map(JdbiUtbetalningRepository::rad).list();
    }

    @Override
    public Optional<Utbetalningsrad> radForBeslut(long attestBeslutId) {
        return tx.handle().createQuery(RADER + "WHERE b.id = :b").bind("b", attestBeslutId)
                .map(JdbiUtbetalningRepository::rad).findOne();
    }

    @Override
    public void taBortRad(long radId) {
        tx.handle().createUpdate("DELETE FROM utbetalning WHERE id = :id").bind("id", radId).execute();
        tx.handle().createUpdate("DELETE FROM utbetalning_oppnad WHERE utbetalning_id = :id").bind("id", radId).execute();
    }

    @Override
    public long antalUtanAttesteratBeslut() {
        return tx.handle().createQuery("SELECT COUNT(*) FROM utbetalning u "
                        + "LEFT JOIN attest a ON a.id = u.attest_id "
                        + "LEFT JOIN attestbeslut b ON b.id = a.attestbeslut_id "
                        + "WHERE a.id IS NULL OR b.id IS NULL OR b.status <> 'ATTESTERAD' "
                        + "OR a.attesterad_av = b.beslutad_av OR b.beslutad_av IS NULL")
                .mapTo(Long.class).one();
    }

    private static Utbetalningslista huvud(ResultSet rs) throws SQLException {
        return new Utbetalningslista(rs.getLong("id"), rs.getObject("betalningsdatum", LocalDate.class),
                Utbetalningslista.Status.valueOf(rs.getString("status")), rs.getBoolean("stickprov_draget"),
                Optional.ofNullable(rs.getString("innehall_hash")), List.of(), List.of(), List.of(),
                rs.getLong("version"));
    }

    private static Utbetalningsrad rad(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Utbetalningsrad(rs.getLong("u_id"), rs.getLong("u_lista_id"), rs.getLong("u_attest_id"),
                JdbiAttestRepository.rad(rs, ctx), JdbiBetalningsmottagareRepository.rad(rs),
                new AnvandareId(rs.getLong("a_attesterad_av")), rs.getBoolean("u_i_stickprov"),
                Kolumner.anvandare(rs, "u_granskad_av"), Kolumner.valfriTid(rs, "u_granskad"));
    }
}
