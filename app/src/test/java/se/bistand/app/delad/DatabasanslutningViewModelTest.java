package se.bistand.app.delad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.app.AppKonfig;
import se.bistand.persistence.grund.Databasanslutning;

class DatabasanslutningViewModelTest {

    @TempDir
    Path data;

    @Test
    void savingASharedH2ServerWritesTheSettingsAndThePasswordOnlyToAnOwnerOnlyFile() throws Exception {
        Files.writeString(data.resolve(AppKonfig.FILNAMN), "las.inaktivMinuter=5\n");
        DatabasanslutningViewModel vm = new DatabasanslutningViewModel(AppKonfig.las(data, false));
        vm.typProperty().set(DatabasanslutningViewModel.H2SERVER);
        vm.vardProperty().set("server.kommun.local");
        vm.losenordProperty().set("hemligt-losenord");

        AppKonfig ny = vm.spara().orElseThrow();

        String properties = Files.readString(data.resolve(AppKonfig.FILNAMN), StandardCharsets.UTF_8);
        assertThat(properties).doesNotContain("hemligt-losenord").contains("las.inaktivMinuter=5");
        Properties p = new Properties();
        p.load(new java.io.StringReader(properties));
        assertThat(p).containsEntry("databas.typ", "h2server").containsEntry("databas.vard", "server.kommun.local")
                .containsEntry("databas.port", "9092").containsEntry("databas.anvandare", "bistand");
        Path losenordsfil = data.resolve(AppKonfig.LOSENORDSFIL);
        assertThat(Files.readString(losenordsfil)).isEqualTo("hemligt-losenord");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(losenordsfil))).isEqualTo("rw-------");
        assertThat(vm.losenordProperty().get()).isEmpty();

        Databasanslutning a = AppKonfig.las(data, false).databas();
        assertThat(a.typ()).isEqualTo(Databasanslutning.Typ.H2_SERVER);
        assertThat(a.losenord()).isEqualTo("hemligt-losenord");
        assertThat(a.toString()).doesNotContain("hemligt");
        assertThat(ny.databas().jdbcUrl()).startsWith("jdbc:h2:tcp://server.kommun.local:9092/bistand");
    }

    @Test
    void anEmptyPasswordKeepsTheStoredOne() {
        DatabasanslutningViewModel forst = new DatabasanslutningViewModel(AppKonfig.las(data, false));
        forst.typProperty().set(DatabasanslutningViewModel.POSTGRESQL);
        forst.losenordProperty().set("forsta");
        forst.spara().orElseThrow();

        DatabasanslutningViewModel sedan = new DatabasanslutningViewModel(AppKonfig.las(data, false));
        assertThat(sedan.harSparatLosenord()).isTrue();
        assertThat(sedan.portProperty().get()).isEqualTo("5432");
        sedan.vardProperty().set("pg.kommun.local");
        sedan.spara().orElseThrow();
        assertThat(AppKonfig.las(data, false).databas().losenord()).isEqualTo("forsta");
    }

    @Test
    void switchingTypeMovesTheDefaultPortAlong() {
        DatabasanslutningViewModel vm = new DatabasanslutningViewModel(AppKonfig.las(data, false));
        vm.typProperty().set(DatabasanslutningViewModel.H2SERVER);
        assertThat(vm.portProperty().get()).isEqualTo("9092");
        vm.typProperty().set(DatabasanslutningViewModel.POSTGRESQL);
        assertThat(vm.portProperty().get()).isEqualTo("5432");
        assertThat(vm.deladProperty().get()).isTrue();
        vm.typProperty().set(DatabasanslutningViewModel.LOKAL);
        assertThat(vm.deladProperty().get()).isFalse();
    }

    @Test
    void aBadPortOrMissingHostIsShownAtTheFieldAndNothingIsSaved() {
        DatabasanslutningViewModel vm = new DatabasanslutningViewModel(AppKonfig.las(data, false));
        vm.typProperty().set(DatabasanslutningViewModel.H2SERVER);
        vm.portProperty().set("99999");
        assertThat(vm.spara()).isEmpty();
        assertThat(vm.felFaltProperty().get()).isEqualTo("port");
        assertThat(vm.felProperty().get()).contains("65535");
        vm.portProperty().set("9092");
        vm.vardProperty().set(" ");
        assertThat(vm.spara()).isEmpty();
        assertThat(vm.felFaltProperty().get()).isEqualTo("vard");
        assertThat(data.resolve(AppKonfig.FILNAMN)).doesNotExist();
    }

    @Test
    void choosingLocalAgainRemovesTheServerSettings() {
        DatabasanslutningViewModel vm = new DatabasanslutningViewModel(AppKonfig.las(data, false));
        vm.typProperty().set(DatabasanslutningViewModel.H2SERVER);
        vm.spara().orElseThrow();
        DatabasanslutningViewModel igen = new DatabasanslutningViewModel(AppKonfig.las(data, false));
        igen.typProperty().set(DatabasanslutningViewModel.LOKAL);
        AppKonfig lokal = igen.spara().orElseThrow();
        assertThat(lokal.databas().typ()).isEqualTo(Databasanslutning.Typ.LOKAL);
        assertThat(AppKonfig.las(data, false).egenskaper()).doesNotContainKey("databas.vard");
    }
}
