package se.bistand.persistence.logg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.logg.AtkomstKedja;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

/**
 * The access log. Insert only, like the audit trail, and chained like it (ADR 0012): each row
 * is appended under the lock on the chain's head ({@code access_kedja}), with the previous
 * row's hash and its own.
 */
public final class JdbiAtkomstlogg implements Atkomstlogg {

    private static final String KOLUMNER = "id, tidpunkt, anvandare_id, anvandarnamn, person_id, arende_id, atgard, "
            + "tilldelad, skal, personer, prev_hash, hash";
    private final JdbiTransaktioner tx;
    private final Clock klocka;

    public JdbiAtkomstlogg(JdbiTransaktioner tx, Clock klocka) {
        this.tx = tx;
        this.klocka = klocka;
    }

    @Override
    public void registrera(Aktor aktor, Long personId, Long arendeId, String atgard, boolean tilldelad, String skal) {
        skriv(aktor, personId, arendeId, atgard, tilldelad, skal, List.of());
    }

    @Override
    public void registreraLista(Aktor aktor, String atgard, Collection<Long> personer, boolean tilldelad,
                                String skal) {
        skriv(aktor, null, null, atgard, tilldelad, skal, List.copyOf(personer));
    }

    private void skriv(Aktor aktor, Long personId, Long arendeId, String atgard, boolean tilldelad, String skal,
                       List<Long> personer) {
        var h = tx.handle();
        Huvud huvud = h.createQuery("SELECT senaste_id, senaste_hash FROM access_kedja WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Huvud(rs.getLong(1), rs.getString(2))).one();
        long id = huvud.senasteId() + 1;
        Instant tid = AuditKedja.normaliseraTid(klocka.instant());
        long anvandare = aktor.id().varde();
        String hash = AtkomstKedja.hash(id, tid, anvandare, aktor.anvandarnamn(), personId, arendeId, atgard,
                tilldelad, skal, personer, huvud.senasteHash());
        h.createUpdate("INSERT INTO access_log (" + KOLUMNER + ") VALUES (:id, :t, :a, :an, :p, :ar, :atg, :til, :s, "
                        + ":pers, :prev, :hash)")
                .bind("id", id).bind("t", Tider.utc(tid)).bind("a", anvandare).bind("an", aktor.anvandarnamn())
                .bind("p", personId).bind("ar", arendeId).bind("atg", atgard).bind("til", tilldelad).bind("s", skal)
                .bind("pers", AtkomstKedja.personerText(personer)).bind("prev", huvud.senasteHash())
                .bind("hash", hash).execute();
        h.createUpdate("UPDATE access_kedja SET senaste_id = :id, senaste_hash = :hash WHERE id = 1")
                .bind("id", id).bind("hash", hash).execute();
    }

    @Override
    public List<Post> senaste(int antal) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM access_log ORDER BY id DESC LIMIT :n")
                .bind("n", antal).map((rs, ctx) -> post(rad(rs))).list();
    }

    @Override
    public void forVarje(Consumer<AtkomstKedja.Rad> mottagare) {
        tx.handle().createQuery("SELECT " + KOLUMNER + " FROM access_log ORDER BY id")
                .setFetchSize(500)
                .map((rs, ctx) -> rad(rs))
                .useStream(s -> s.forEach(mottagare));
    }

    @Override
    public Huvud huvud() {
        return tx.handle().createQuery("SELECT senaste_id, senaste_hash FROM access_kedja WHERE id = 1")
                .map((rs, ctx) -> new Huvud(rs.getLong(1), rs.getString(2))).one();
    }

    @Override
    public List<Post> forArende(long arendeId) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM access_log WHERE arende_id = :a ORDER BY id DESC")
                .bind("a", arendeId).map((rs, ctx) -> post(rad(rs))).list();
    }

    @Override
    public List<Post> forPerson(long personId) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM access_log WHERE person_id = :p "
                        + "OR (personer IS NOT NULL AND ',' || personer || ',' LIKE :monster) ORDER BY id DESC")
                .bind("p", personId).bind("monster", "%," + personId + ",%").map((rs, ctx) -> post(rad(rs))).list();
    }

    private static Post post(AtkomstKedja.Rad r) {
        return new Post(r.id(), r.tidpunkt(), r.anvandareId(), r.anvandarnamn(), r.personId(), r.arendeId(),
                r.atgard(), r.tilldelad(), r.skal(), r.personer());
    }

    /** One stored row with its chain hashes. */
    private static AtkomstKedja.Rad rad(ResultSet rs) throws SQLException {
        long p = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : p;
        long ar = rs.getLong("arende_id");
        Long arendeId = rs.wasNull() ? null : ar;
        String personer = rs.getString("personer");
        return new AtkomstKedja.Rad(rs.getLong("id"), Tider.instant(rs.getObject("tidpunkt", OffsetDateTime.class)),
                rs.getLong("anvandare_id"), rs.getString("anvandarnamn"), personId, arendeId,
                rs.getString("atgard"), rs.getBoolean("tilldelad"), rs.getString("skal"),
                personer == null ? List.of() : Arrays.stream(personer.split(",")).map(Long::valueOf).toList(),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
