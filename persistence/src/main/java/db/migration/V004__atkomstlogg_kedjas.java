package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.bistand.domain.logg.AtkomstKedja;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.persistence.grund.Tider;

/**
 * Chains the access-log rows written before V003 (ADR 0012): copies them from
 * {@code access_log_fore_kedja} into the new {@code access_log} in id order with their hashes,
 * sets the chain's head and drops the old table. Java, because SHA-256 is not the same SQL in
 * H2 and PostgreSQL. Rows keep their ids (gaps from rolled-back transactions stay).
 */
public class V004__atkomstlogg_kedjas extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        String prev = AuditKedja.START_HASH;
        long senaste = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, tidpunkt, anvandare_id, anvandarnamn, person_id, arende_id, "
                     + "atgard, tilldelad, skal FROM access_log_fore_kedja ORDER BY id");
             PreparedStatement in = c.prepareStatement("INSERT INTO access_log (id, tidpunkt, anvandare_id, "
                     + "anvandarnamn, person_id, arende_id, atgard, tilldelad, skal, personer, prev_hash, hash) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                OffsetDateTime t = rs.getObject("tidpunkt", OffsetDateTime.class);
                long p = rs.getLong("person_id");
                Long personId = rs.wasNull() ? null : p;
                long a = rs.getLong("arende_id");
                Long arendeId = rs.wasNull() ? null : a;
                String hash = AtkomstKedja.hash(id, Tider.instant(t), rs.getLong("anvandare_id"),
                        rs.getString("anvandarnamn"), personId, arendeId, rs.getString("atgard"),
                        rs.getBoolean("tilldelad"), rs.getString("skal"), List.of(), prev);
                in.setLong(1, id);
                in.setObject(2, Tider.utc(AuditKedja.normaliseraTid(Tider.instant(t))));
                in.setLong(3, rs.getLong("anvandare_id"));
                in.setString(4, rs.getString("anvandarnamn"));
                satt(in, 5, personId);
                satt(in, 6, arendeId);
                in.setString(7, rs.getString("atgard"));
                in.setBoolean(8, rs.getBoolean("tilldelad"));
                in.setString(9, rs.getString("skal"));
                in.setString(10, prev);
                in.setString(11, hash);
                in.addBatch();
                prev = hash;
                senaste = id;
            }
            in.executeBatch();
        }
        try (PreparedStatement huvud = c.prepareStatement(
                "UPDATE access_kedja SET senaste_id = ?, senaste_hash = ? WHERE id = 1")) {
            huvud.setLong(1, senaste);
            huvud.setString(2, prev);
            huvud.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE access_log_fore_kedja");
        }
    }

    private static void satt(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }
}
