package se.bistand.app.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.FxBackgroundRunner;
import se.bistand.app.ui.FxTestBas;

/** CSV import of a norm table: the file is read in the background and fills the form; a missing file says so. */
class NormtabellerViewModelTest extends FxTestBas {

    private final FxBackgroundRunner bakgrund = new FxBackgroundRunner(1);

    @TempDir
    Path mapp;

    @AfterEach
    void stangRunner() {
        bakgrund.close();
    }

    @Test
    void aCsvFileIsReadInTheBackgroundAndFillsTheForm() throws Exception {
        String tabell;
        try (var in = getClass().getResourceAsStream("/norm/riksnorm-2023.properties")) {
            tabell = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String csv = "nyckel;belopp\n" + tabell.lines().filter(r -> r.matches("^(barn|vuxen|hushall|gemensam)[^=]*=.*"))
                .map(r -> r.replace('=', ';')).collect(Collectors.joining("\n"));
        Path fil = mapp.resolve("riksnorm-2027.csv");
        Files.writeString(fil, csv);
        NormtabellerViewModel vm = new NormtabellerViewModel(new Session(ctx.tjanster(), aktor("sofia"), bakgrund, true),
                ctx.normtabellService());
        interact(() -> vm.ar.set("2027"));
        interact(() -> vm.importeraCsvFil(fil));
        vantaPa(() -> vm.meddelandeProperty().get().contains("inläst"));
        assertThat(vm.belopp.get("barn.3").get()).isEqualTo("2\u00a0410,00");
    }

    @Test
    void aFileThatCannotBeReadGivesAClearMessage() {
        NormtabellerViewModel vm = new NormtabellerViewModel(new Session(ctx.tjanster(), aktor("sofia"), bakgrund, true),
                ctx.normtabellService());
        interact(() -> vm.importeraCsvFil(mapp.resolve("finns-inte.csv")));
        vantaPa(() -> vm.meddelandeProperty().get().contains("kunde inte läsas"));
    }
}
