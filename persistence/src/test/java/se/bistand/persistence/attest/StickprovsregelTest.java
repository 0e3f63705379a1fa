package se.bistand.persistence.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.utbetalning.Stickprovsforslag;
import se.bistand.domain.utbetalning.Stickprovsregel;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;
import se.bistand.persistence.grund.Motor;

/**
 * A changed sample rule, stored in the installation table of a real database (H2 and PostgreSQL): it reaches the
 * next list whose sample is drawn and leaves a list already drawn as it was.
 */
@ParameterizedClass
@EnumSource(Motor.class)
class StickprovsregelTest {

    private final AttestMiljo m;

    StickprovsregelTest(Motor motor) {
        this.m = new AttestMiljo(motor);
    }

    @AfterEach
    void stang() {
        m.close();
    }

    @Test
    void aConfirmedRuleAppliesToTheNextDrawAndNotToAListAlreadyDrawn() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        for (long kronor : new long[] {3_000, 4_000, 5_000}) {
            m.attest.attestera(m.erik, m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, kronor));
        }
        long forsta = m.utbetalning.listor(m.karin).get(0).id();
        Set<Long> dragna = iStickprov(m.utbetalning.draStickprov(m.karin, forsta).lista());
        assertThat(dragna).as("10 % of three lines, no line from 10 000 kr").hasSize(1);

        Stickprovsforslag forslag = m.stickprov.foresla(m.sofia, "100", "0");
        m.stickprov.bekrafta(m.lars, forslag);
        assertThat(m.stickprov.lage(m.karin).gallande())
                .isEqualTo(new Stickprovsregel(100, Money.ZERO));

        assertThat(iStickprov(m.utbetalning.lista(m.karin, forsta).lista())).as("the drawn list keeps its sample")
                .isEqualTo(dragna);

        java.time.LocalDate dagen = AttestMiljo.DAG.plusDays(1);
        for (long kronor : new long[] {3_000, 4_000, 5_000}) {
            m.attest.attestera(m.erik, m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, kronor, dagen));
        }
        long andra = m.utbetalning.listor(m.karin).stream().filter(l -> l.betalningsdatum().equals(dagen))
                .findFirst().orElseThrow().id();
        Utbetalningslista ny = m.utbetalning.draStickprov(m.karin, andra).lista();
        assertThat(iStickprov(ny)).as("the new rule: every line").hasSize(3);
        assertThat(m.handelser()).contains("STICKPROVSREGEL_FORESLAGEN", "STICKPROVSREGEL_BEKRAFTAD");
        List<String> draget = m.db.auditService().senasteHandelser(m.sofia, 50).stream()
                .filter(h -> h.handelse().equals("STICKPROV_DRAGET")).map(h -> h.efter()).toList();
        assertThat(draget.get(0)).startsWith("procent=100; grans=0.00");
        assertThat(draget.get(1)).startsWith("procent=10; grans=10000.00");
    }

    private static Set<Long> iStickprov(Utbetalningslista l) {
        return l.rader().stream().filter(Utbetalningsrad::iStickprov).map(Utbetalningsrad::id).collect(Collectors.toSet());
    }
}
