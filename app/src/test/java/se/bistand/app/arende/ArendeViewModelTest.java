package se.bistand.app.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.shell.Session;
import se.bistand.app.testhjalp.Demodatabas;
import se.bistand.app.ui.BackgroundRunner;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.arende.Arbetsrad;
import se.bistand.domain.arende.ArendeStatus;

/** View-models without the FX toolkit, on the demo data, with a direct runner. */
class ArendeViewModelTest {

    private AppContext ctx;

    @BeforeEach
    void setUp() {
        Properties p = new Properties();
        p.setProperty("sakerhet.pbkdf2Iterationer", "10000");
        ctx = Demodatabas.oppna(new AppKonfig(Path.of("target", "tmp"), true, p),
                Clock.fixed(FxTestBas.NU, AppContext.TIDSZON));
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private Session session(String anv) {
        var a = ctx.tx().iTransaktion(() -> ctx.anvandarRepository().hitta(anv)).orElseThrow().somAktor();
        return new Session(ctx.tjanster(), a, BackgroundRunner.direkt(), true);
    }

    private Arbetsrad rad(ArendenViewModel vm, String namn) {
        return vm.arbetslista().stream().filter(r -> r.sokande().namn().equals(namn)).findFirst().orElseThrow();
    }

    @Test
    void theWorkListShowsTheStorylineAndFiltersOverdue() {
        ArendenViewModel vm = new ArendenViewModel(session("anna"), ctx.arendeService(), ctx.personService());
        vm.ladda();
        assertThat(vm.arbetslista()).extracting(r -> r.sokande().namn())
                .contains("Karin Ek", "Johan Lindqvist", "Lina Berg").doesNotContain("Fatima Ali", "Bertil Ström");
        assertThat(ArendenViewModel.bevakningstext(rad(vm, "Johan Lindqvist").bevakningar()))
                .startsWith("Handlingsplan följs upp senast");
        assertThat(rad(vm, "Johan Lindqvist").antalForfallna()).isPositive();
        vm.filter.set(ArendenViewModel.Filter.FORFALLNA);
        assertThat(vm.arbetslista()).allMatch(r -> r.antalForfallna() > 0);
        vm.filterText.set("lindq");
        assertThat(vm.arbetslista()).singleElement().satisfies(r -> assertThat(r.sokande().namn()).isEqualTo("Johan Lindqvist"));
        assertThat(vm.antalForfallnaProperty().get()).isEqualTo(ctx.arendeService().antalForfallna(session("anna").aktor()));
    }

    @Test
    void theGruppledareSeesUnassignedCasesAndAssignsOne() {
        ArendenViewModel vm = new ArendenViewModel(session("maria"), ctx.arendeService(), ctx.personService());
        vm.ladda();
        assertThat(vm.otilldelade()).extracting(r -> r.sokande().namn()).contains("Nils Holm", "Sara Nilsson");
        Arbetsrad nils = vm.otilldelade().stream().filter(r -> r.sokande().namn().equals("Nils Holm")).findFirst().orElseThrow();
        vm.tilldelaTill.set(vm.handlaggare().stream().filter(a -> a.anvandarnamn().equals("omar")).findFirst().orElseThrow());
        vm.tilldela(nils);
        assertThat(vm.otilldelade()).extracting(r -> r.sokande().namn()).doesNotContain("Nils Holm");
        assertThat(vm.meddelandeProperty().get()).contains("Omar Haddad");
    }

    @Test
    void aSecondSaveOfTheSameCaseIsAConflictThatCanBeReloaded() {
        ArendenViewModel lista = new ArendenViewModel(session("anna"), ctx.arendeService(), ctx.personService());
        lista.ladda();
        var id = rad(lista, "Johan Lindqvist").rad().arende().id();
        ArendeViewModel anna = new ArendeViewModel(session("anna"), ctx.arendeService(), ctx.personService(), id, () -> { });
        ArendeViewModel kollega = new ArendeViewModel(session("anna"), ctx.arendeService(), ctx.personService(), id, () -> { });
        anna.oppna();
        kollega.oppna();
        anna.journalText.set("Uppföljningsmöte bokat.");
        anna.andraStatus(ArendeStatus.AVSLUTAD);
        assertThat(anna.vyProperty().get().arende().status()).isEqualTo(ArendeStatus.AVSLUTAD);
        kollega.undantagSkal.set("");
        kollega.uppfoljningText.set("Ny plan");
        kollega.registreraUppfoljning();
        assertThat(kollega.konfliktProperty().get()).isTrue();
        assertThat(kollega.felProperty().get()).contains("Någon annan har sparat ändringar i ärendet");
        kollega.lasOm();
        assertThat(kollega.konfliktProperty().get()).isFalse();
        assertThat(kollega.vyProperty().get().arende().status()).isEqualTo(ArendeStatus.AVSLUTAD);
    }

    @Test
    void fieldErrorsStayAtTheirFields() {
        ArendenViewModel lista = new ArendenViewModel(session("anna"), ctx.arendeService(), ctx.personService());
        lista.ladda();
        ArendeViewModel vm = new ArendeViewModel(session("anna"), ctx.arendeService(), ctx.personService(),
                rad(lista, "Karin Ek").rad().arende().id(), () -> { });
        vm.oppna();
        vm.journalText.set(" ");
        vm.skrivJournal();
        assertThat(vm.faltfel()).containsKey("text");
        vm.uppfoljningNasta.set("2027-13-01");
        vm.registreraUppfoljning();
        assertThat(vm.faltfel()).containsKey("nasta");

        NyPersonViewModel ny = new NyPersonViewModel(session("anna"), ctx.nyregistrering());
        ny.personnummer.set("850412-1234");
        ny.fornamn.set("Test");
        ny.efternamn.set("Testsson");
        ny.skapa(id -> { });
        assertThat(ny.faltfel().get("personnummer")).contains("kontrollsiffra");
    }
}
