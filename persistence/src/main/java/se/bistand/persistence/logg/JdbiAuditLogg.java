package se.bistand.persistence.logg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

/**
 * The audit trail. Insert only: this class has no UPDATE or DELETE of audit_event, and no
 * other class may have one (an architecture test checks the SQL in the code base).
 */
public final class JdbiAuditLogg implements AuditLogg {

    private static final String KOLUMNER = "id, tidpunkt, anvandare_id, anvandarnamn, handelse, objekt_typ, "
            + "objekt_id, fore, efter, prev_hash, hash";
    private final JdbiTransaktioner tx;
    private final Clock klocka;

    public JdbiAuditLogg(JdbiTransaktioner tx, Clock klocka) {
        this.tx = tx;
        this.klocka = klocka;
    }

    @Override
    public AuditHandelse registrera(NyAuditHandelse n) {
        var h = tx.handle();
        // Lock the chain head: serialises appends across clients.
        var huvud = h.createQuery("SELECT senaste_id, senaste_hash FROM audit_kedja WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).one();
        long id = (Long) huvud[0] + 1;
        String prev = (String) huvud[1];
        Instant tid = AuditKedja.normaliseraTid(klocka.instant());
        String hash = AuditKedja.hash(id, tid, n.anvandareId(), n.anvandarnamn(), n.handelse(), n.objektTyp(),
                n.objektId(), n.fore(), n.efter(), prev);
        h.createUpdate("INSERT INTO audit_event (" + KOLUMNER + ") VALUES (:id, :t, :aid, :anamn, :hnd, :ot, :oid, "
                        + ":fore, :efter, :prev, :hash)")
                .bind("id", id).bind("t", Tider.utc(tid)).bind("aid", n.anvandareId()).bind("anamn", n.anvandarnamn())
                .bind("hnd", n.handelse()).bind("ot", n.objektTyp()).bind("oid", n.objektId())
                .bind("fore", n.fore()).bind("efter", n.efter()).bind("prev", prev).bind("hash", hash)
                .execute();
        h.createUpdate("UPDATE audit_kedja SET senaste_id = :id, senaste_hash = :hash WHERE id = 1")
                .bind("id", id).bind("hash", hash).execute();
        return new AuditHandelse(id, tid, n.anvandareId(), n.anvandarnamn(), n.handelse(), n.objektTyp(),
                n.objektId(), n.fore(), n.efter(), prev, hash);
    }

    @Override
    public void forVarje(Consumer<AuditHandelse> mottagare) {
        tx.handle().createQuery("SELECT " + KOLUMNER + " FROM audit_event ORDER BY id")
                .setFetchSize(500)
                .map((rs, ctx) -> rad(rs))
                .useStream(s -> s.forEach(mottagare));
    }

    @Override
    public List<AuditHandelse> senaste(int antal) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM audit_event ORDER BY id DESC LIMIT :n")
                .bind("n", antal).map((rs, ctx) -> rad(rs)).list();
    }

    @Override
    public Granskningsankare huvud() {
        return tx.handle().createQuery("SELECT senaste_id, senaste_hash FROM audit_kedja WHERE id = 1")
                .map((rs, ctx) -> new Granskningsankare(rs.getLong(1), rs.getString(2), "audit_kedja")).one();
    }

    @Override
    public Granskningsankare ankra(String kalla) {
        Granskningsankare a = huvud().medKalla(kalla);
        tx.handle().createUpdate("INSERT INTO audit_ankare (seq, hash, tidpunkt, kalla) VALUES (:s, :h, :t, :k)")
                .bind("s", a.seq()).bind("h", a.hash()).bind("t", Tider.utc(klocka.instant())).bind("k", kalla)
                .execute();
        return a;
    }

    @Override
    public List<Granskningsankare> ankare() {
        return tx.handle().createQuery("SELECT seq, hash, tidpunkt, kalla FROM audit_ankare ORDER BY id")
                .map((rs, ctx) -> new Granskningsankare(rs.getLong("seq"), rs.getString("hash"),
                        rs.getString("kalla") + " (" + Tider.instant(rs.getObject("tidpunkt", OffsetDateTime.class))
                                + ")"))
                .list();
    }

    private static AuditHandelse rad(ResultSet rs) throws SQLException {
        long aid = rs.getLong("anvandare_id");
        Long anvandareId = rs.wasNull() ? null : aid;
        return new AuditHandelse(rs.getLong("id"), Tider.instant(rs.getObject("tidpunkt", OffsetDateTime.class)),
                anvandareId, rs.getString("anvandarnamn"), rs.getString("handelse"), rs.getString("objekt_typ"),
                rs.getString("objekt_id"), rs.getString("fore"), rs.getString("efter"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
