package se.bistand.persistence.grund;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An installed database is upgraded: one that already has a later feature's migration (V040,
 * avvikelser) takes the attest migrations numbered below it that a newer version brings (and
 * the later ranges, V050 on, after them).
 */
class UppgraderingTest {

    @TempDir
    Path aldre;

    @Test
    void aDatabaseWithALaterFeaturesMigrationStillTakesALowerNumberedOneAddedLater() throws Exception {
        Path migreringar = Path.of(UppgraderingTest.class.getResource("/db/migration").toURI());
        List<String> nyare = List.of("V032", "V033", "V034");
        try (Stream<Path> filer = Files.list(migreringar)) {
            for (Path f : filer.toList()) {
                String namn = f.getFileName().toString();
                if (nyare.stream().noneMatch(namn::startsWith) && namn.compareTo("V050") < 0) {
                    Files.copy(f, aldre.resolve(f.getFileName()));
                }
            }
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:uppgradering" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + Databasanslutning.H2_LAGE);
        MigrateResult installerad = Databas.migrera(ds, "filesystem:" + aldre);
        assertThat(installerad.targetSchemaVersion).startsWith("04");

        MigrateResult uppgraderad = Databas.migrera(ds);
        assertThat(uppgraderad.success).isTrue();
        assertThat(uppgraderad.migrations).extracting(m -> m.version).startsWith("032", "033", "034");
    }
}
