package se.bistand.app.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bistand.app.AppContext;
import se.bistand.app.AppKonfig;
import se.bistand.app.testhjalp.Demodatabas;
import se.bistand.app.ui.FxTestBas;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.Beslutsforslag;
import se.bistand.domain.beslut.Utbetalningsuppgift;
import se.bistand.domain.gemensam.DomainException;

/**
 * A decision that waits for attest (or is attested) cannot be replaced: otherwise both the earlier
 * and the replacing decision would be paid. Once the attestant returns it, the change goes through.
 */
class ErsattBeslutTest {

    private AppContext ctx;

    @BeforeEach
    void oppna() {
        Properties p = new Properties();
        p.setProperty("sakerhet.pbkdf2Iterationer", "10000");
        ctx = Demodatabas.oppna(new AppKonfig(Path.of("target", "tmp"), true, p),
                Clock.fixed(FxTestBas.NU, AppContext.TIDSZON));
    }

    @AfterEach
    void stang() {
        ctx.close();
    }

    private Aktor aktor(String namn) {
        return ctx.tx().iTransaktion(() -> ctx.anvandarRepository().hitta(namn)).orElseThrow().somAktor();
    }

    @Test
    void aDecisionWithAttestCannotBeReplacedUntilItIsReturned() {
        Aktor erik = aktor("erik");
        AttestService.Post post = ctx.attestService().inkorg(erik).stream()
                .filter(p -> p.beslut().status() == AttestBeslut.Status.VANTAR_ATTEST)
                .filter(p -> p.beslut().foreslagenAv().equals(aktor("anna").id()))
                .findFirst().orElseThrow();
        Aktor anna = aktor("anna");
        BeslutId tidigareId = new BeslutId(post.beslut().beslutId());
        Beslut tidigare = ctx.beslutService().hamta(anna, tidigareId).beslut();
        Beslutsforslag andring = new Beslutsforslag(tidigare.arende(), tidigare.berakning().underlag(),
                tidigare.utfall(), tidigare.soktBelopp(), tidigare.motivering() + " Rättad.", tidigare.lagrum(),
                tidigare.barnkonsekvensanalys(), tidigare.livsforing(),
                Optional.of(new Utbetalningsuppgift(post.beslut().mottagareId(), post.beslut().betalningsdatum())));

        assertThatThrownBy(() -> ctx.beslutService().andra(anna, tidigareId, andring))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("beslut.tidigareHosAttest"));
        assertThat(ctx.beslutService().hamta(anna, tidigareId).arGallande()).isTrue();

        ctx.attestService().returnera(erik, post.beslut().id(), "Fel hyra, rätta beslutet.");
        var nytt = ctx.beslutService().andra(anna, tidigareId, andring);
        assertThat(nytt.beslut().ersatter()).contains(tidigareId);
        assertThat(ctx.beslutService().hamta(anna, tidigareId).arGallande()).isFalse();
    }
}
