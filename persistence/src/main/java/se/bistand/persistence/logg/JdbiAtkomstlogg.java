package se.bistand.persistence.logg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

/** The access log. Insert only, like the audit trail. */
public final class JdbiAtkomstlogg implements Atkomstlogg {

    private final JdbiTransaktioner tx;
    private final Clock klocka;

    public JdbiAtkomstlogg(JdbiTransaktioner tx, Clock klocka) {
        this.tx = tx;
        this.klocka = klocka;
    }

    @Override
    public void registrera(Aktor aktor, Long personId, Long arendeId, String atgard, boolean tilldelad, String skal) {
        tx.handle().createUpdate("INSERT INTO access_log (tidpunkt, anvandare_id, anvandarnamn, person_id, arende_id, "
                        + "atgard, tilldelad, skal) VALUES (:t, :a, :an, :p, :ar, :atg, :til, :s)")
                .bind("t", Tider.utc(klocka.instant())).bind("a", aktor.id().varde()).bind("an", aktor.anvandarnamn())
                .bind("p", personId).bind("ar", arendeId).bind("atg", atgard).bind("til", tilldelad).bind("s", skal)
                .execute();
    }

    @Override
    public List<Post> senaste(int antal) {
        return tx.handle().createQuery("SELECT * FROM access_log ORDER BY id DESC LIMIT :n").bind("n", antal)
                .map((rs, ctx) -> post(rs)).list();
    }

    @Override
    public List<Post> forArende(long arendeId) {
        return tx.handle().createQuery("SELECT * FROM access_log WHERE arende_id = :a ORDER BY id DESC")
                .bind("a", arendeId).map((rs, ctx) -> post(rs)).list();
    }

    @Override
    public List<Post> forPerson(long personId) {
        return tx.handle().createQuery("SELECT * FROM access_log WHERE person_id = :p ORDER BY id DESC")
                .bind("p", personId).map((rs, ctx) -> post(rs)).list();
    }

    private static Post post(ResultSet rs) throws SQLException {
        long p = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : p;
        long ar = rs.getLong("arende_id");
        Long arendeId = rs.wasNull() ? null : ar;
        return new Post(rs.getLong("id"), Tider.instant(rs.getObject("tidpunkt", OffsetDateTime.class)),
                rs.getLong("anvandare_id"), rs.getString("anvandarnamn"), personId, arendeId,
                rs.getString("atgard"), rs.getBoolean("tilldelad"), rs.getString("skal"));
    }
}
