package se.bistand.persistence.grund;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.domain.logg.AtkomstKedja;
import se.bistand.domain.logg.AuditKedja;

/**
 * An installed database is upgraded: one that already has a later feature's migration (V040,
 * avvikelser) takes the attest migrations numbered below it that a newer version brings, and
 * the access log's chain (V003 + the Java migration V004) chains the rows it already has.
 */
class UppgraderingTest {

    @TempDir
    Path aldre;

    @Test
    void aDatabaseWithALaterFeaturesMigrationStillTakesALowerNumberedOneAddedLater() throws Exception {
        Path migreringar = Path.of(UppgraderingTest.class.getResource("/db/migration").toURI());
        List<String> nyare = List.of("V003", "V032", "V033", "V034");
        try (Stream<Path> filer = Files.list(migreringar)) {
            for (Path f : filer.toList()) {
                if (nyare.stream().noneMatch(v -> f.getFileName().toString().startsWith(v))) {
                    Files.copy(f, aldre.resolve(f.getFileName()));
                }
            }
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:uppgradering" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + Databasanslutning.H2_LAGE);
        MigrateResult installerad = Databas.migrera(ds, "filesystem:" + aldre);
        assertThat(installerad.targetSchemaVersion).startsWith("04");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO access_log (tidpunkt, anvandare_id, anvandarnamn, person_id, arende_id, atgard, "
                    + "tilldelad, skal) VALUES (TIMESTAMP WITH TIME ZONE '2026-10-01 08:00:00.123456+00', 3, 'anna', "
                    + "7, 9, 'ARENDE_OPPNAT', TRUE, NULL), (TIMESTAMP WITH TIME ZONE '2026-10-01 08:05:00+00', 4, "
                    + "'karin', NULL, 9, 'BESLUT_LISTA', FALSE, 'Chefsgranskning')");
        }

        MigrateResult uppgraderad = Databas.migrera(ds);
        assertThat(uppgraderad.success).isTrue();
        assertThat(uppgraderad.migrations).extracting(m -> m.version)
                .containsExactly("003", "004", "032", "033", "034");
        // V003/V004: the rows written before the chain are kept and chained up to the stored head
        AtkomstKedja.Verifierare v = new AtkomstKedja.Verifierare();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM access_log ORDER BY id")) {
            while (rs.next()) {
                v.granska(new AtkomstKedja.Rad(rs.getLong("id"),
                        Tider.instant(rs.getObject("tidpunkt", java.time.OffsetDateTime.class)),
                        rs.getLong("anvandare_id"), rs.getString("anvandarnamn"), (Long) rs.getObject("person_id"),
                        (Long) rs.getObject("arende_id"), rs.getString("atgard"), rs.getBoolean("tilldelad"),
                        rs.getString("skal"), List.of(), rs.getString("prev_hash"), rs.getString("hash")));
            }
            ResultSet h = s.executeQuery("SELECT senaste_id, senaste_hash FROM access_kedja");
            h.next();
            AuditKedja.Resultat r = v.resultat(h.getLong(1), h.getString(2));
            assertThat(r.ok()).as(r.orsak()).isTrue();
            assertThat(r.antalRader()).isEqualTo(2);
        }
    }
}
