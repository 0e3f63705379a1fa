package se.bistand.app.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import se.bistand.app.AppContext;
import se.bistand.app.beslut.BeslutsbrevPdf;
import se.bistand.app.beslut.BeslutsbrevPdfTest;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.BeslutStatus;
import se.bistand.domain.beslut.Utskottsbeslut;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/**
 * Above every delegation limit (the demo's 26 000 kr move, decision 0022): no one can decide the
 * proposal, its letter cannot be printed; an enhetschef registers the socialutskott's decision in the
 * attest inbox — each missing field refused at the field in Swedish — and the payment goes on to
 * attest by someone else and onto the payout list; the letter names the utskott.
 */
class UtskottsbeslutFlodeTest extends FxTestBas {

    @Test
    void aChefRegistersTheUtskottsDecisionAndThePaymentGoesOnToAttestAndTheList() throws Exception {
        AttestService.Post post = ctx.attestService().forslag(aktor("karin")).stream()
                .filter(AttestViewModel::tillUtskottet).findFirst().orElseThrow();
        BeslutId beslut = new BeslutId(post.beslut().beslutId());
        assertThat(post.beslut().belopp()).isEqualTo(Money.ofKronor(26_000));
        assertThat(ctx.attestService().forslag(aktor("erik"))).as("no one below may decide it")
                .noneMatch(p -> p.beslut().id() == post.beslut().id());
        assertThatThrownBy(() -> ctx.beslutService().forBeslutsbrev(aktor("anna"), beslut))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("beslut.brevForslag"));

        loggaInSom("karin");
        clickOn("#nav-attest");
        clickOn("Förslag över delegation");
        vantaPa(() -> !lookup("#attestForslag").queryTableView().getItems().isEmpty());
        TableView<AttestService.Post> forslag = lookup("#attestForslag").queryTableView();
        interact(() -> forslag.getSelectionModel().select(forslag.getItems().stream()
                .filter(p -> p.beslut().id() == post.beslut().id()).findFirst().orElseThrow()));
        vantaPa(() -> finns("#registreraUtskottKnapp"));
        assertThat(lookup("#fattaBeslutKnapp").tryQuery()).as("no one can decide it here").isEmpty();

        registrera();
        vantaPa(() -> !text("#fel-sammantrade").isEmpty());
        assertThat(text("#fel-sammantrade")).isEqualTo("Ange sammanträdesdagen.");
        interact(() -> lookup("#utskottSammantrade").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 1)));
        registrera();
        vantaPa(() -> text("#fel-sammantrade").contains("har inte hållits"));
        interact(() -> lookup("#utskottSammantrade").queryAs(DatePicker.class)
                .setValue(LocalDate.ofInstant(FxTestBas.NU, AppContext.TIDSZON)));
        registrera();
        vantaPa(() -> !text("#fel-paragraf").isEmpty());
        assertThat(text("#fel-sammantrade")).isEmpty();
        interact(() -> lookup("#utskottParagraf").queryTextInputControl().setText("§ 14"));
        registrera();
        vantaPa(() -> text("#fel-utfall").equals("Välj utskottets beslut."));
        interact(() -> lookup("#attestDetaljRuta").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        skarmbild("42-attest-utskottsbeslut-faltfel");
        interact(() -> lookup("#utskottUtfall").<Utskottsbeslut.Utfall>queryComboBox()
                .setValue(Utskottsbeslut.Utfall.ENLIGT_FORSLAG));
        registrera();
        vantaPa(() -> text("#attestMeddelande").contains("Socialutskottet"));
        assertThat(text("#attestMeddelande")).contains("§ 14");

        BeslutMedBerakning registrerat = ctx.beslutService().hamta(aktor("anna"), beslut);
        assertThat(registrerat.beslut().status()).isEqualTo(BeslutStatus.BESLUTAD);
        assertThat(registrerat.fattande()).hasValueSatisfying(f -> assertThat(f.registreradAv())
                .isEqualTo(aktor("karin").id()));
        AttestBeslut vantar = ctx.attestService().oppna(aktor("lars"), post.beslut().id()).beslut();
        assertThat(vantar.status()).isEqualTo(AttestBeslut.Status.VANTAR_ATTEST);
        assertThatThrownBy(() -> ctx.attestService().attestera(aktor("karin"), post.beslut().id()))
                .as("who registered it does not attest it").isInstanceOf(DomainException.class);
        ctx.attestService().attestera(aktor("lars"), post.beslut().id());
        assertThat(ctx.utbetalningService().listor(aktor("lars")).stream()
                .filter(l -> l.betalningsdatum().equals(post.beslut().betalningsdatum()))
                .flatMap(l -> ctx.utbetalningService().lista(aktor("lars"), l.id()).lista().rader().stream())
                .map(Utbetalningsrad::belopp)).contains(Money.ofKronor(26_000));

        ByteArrayOutputStream brev = new ByteArrayOutputStream();
        BeslutsbrevPdf.skriv(ctx.beslutService().forBeslutsbrev(aktor("anna"), beslut),
                new BeslutsbrevPdf.Brevhuvud("Socialnämnden", "2026-0412", "Sara Nilsson"), brev);
        assertThat(BeslutsbrevPdfTest.text(brev.toByteArray())).contains("Beslutsfattare Socialutskottet, sammanträde "
                + LocalDate.ofInstant(FxTestBas.NU, AppContext.TIDSZON) + ", § 14", "Förslag av " + aktor("anna").namn());
    }

    /** The button sits below the fold of the detail pane: fired as a click would. */
    private void registrera() {
        interact(() -> lookup("#registreraUtskottKnapp").queryButton().fire());
    }
}
