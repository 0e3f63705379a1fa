package se.bistand.domain.logg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.logg.Vagran.Nekande;
import se.bistand.domain.testhjalp.Minnesportar;

/** A refusal leaves a committed trace and is thrown; a failure of the change rolls back as it is. */
class VagranTest {

    static final Aktor KARIN = new Aktor(new AnvandareId(3), "karin", "Karin Berg", Roll.ENHETSCHEF);

    /** Audit rows written in the running transaction; kept on commit, dropped on rollback. */
    private final List<NyAuditHandelse> oppna = new ArrayList<>();
    private final List<NyAuditHandelse> sparade = new ArrayList<>();
    private int commits;
    private int rollbacks;

    private final Transaktioner tx = new Transaktioner() {
        @Override
        public <T> T iTransaktion(Supplier<T> arbete) {
            oppna.clear();
            try {
                T t = arbete.get();
                sparade.addAll(oppna);
                commits++;
                return t;
            } catch (RuntimeException e) {
                rollbacks++;
                throw e;
            } finally {
                oppna.clear();
            }
        }
    };

    private final Vagran vagran = new Vagran(tx, Minnesportar.audit(oppna::add));

    /** The change under test: writes its own audit row (as every change does) and returns. */
    private String andra(String objekt) {
        oppna.add(NyAuditHandelse.av(KARIN, "OBJEKT_ANDRAT", "objekt", 42L, objekt, "ändrat"));
        return objekt + " ändrat";
    }

    @Test
    void aRefusalCommitsItsAuditRowWithTheKeyAndIsThrownAfterTheTransaction() {
        DomainException nej = new DomainException("objekt.egetBeslut", "x");
        List<String> andrade = new ArrayList<>();

        assertThatThrownBy(() -> vagran.provaOchAndra(KARIN, "OBJEKT_NEKAT", "objekt", 42L, () -> "o",
                o -> Nekande.av(nej), o -> andrade.add(o))).isSameAs(nej);

        assertThat(andrade).as("the change is not made").isEmpty();
        assertThat(commits).isEqualTo(1);
        assertThat(rollbacks).isZero();
        assertThat(sparade).singleElement().isEqualTo(
                new NyAuditHandelse(3L, "karin", "OBJEKT_NEKAT", "objekt", "42", null, "objekt.egetBeslut"));
    }

    @Test
    void aRefusalMayCarryItsOwnAuditText() {
        DomainException nej = new DomainException("objekt.egenAndring");

        assertThatThrownBy(() -> vagran.provaOchAndra(KARIN, "OBJEKT_NEKAT", "installation", "utbetalning.stickprov",
                () -> "o", o -> Nekande.av(nej, "egen ändring kan inte bekräftas av samma person"), this::andra))
                .isSameAs(nej);

        assertThat(sparade).singleElement().satisfies(h -> {
            assertThat(h.objektId()).isEqualTo("utbetalning.stickprov");
            assertThat(h.efter()).isEqualTo("egen ändring kan inte bekräftas av samma person");
        });
    }

    @Test
    void withoutARefusalTheChangeRunsOnTheLoadedObjectAndNoRefusalRowIsWritten() {
        String resultat = vagran.provaOchAndra(KARIN, "OBJEKT_NEKAT", "objekt", 42L, () -> "o",
                o -> Nekande.av(null), this::andra);

        assertThat(resultat).isEqualTo("o ändrat");
        assertThat(commits).isEqualTo(1);
        assertThat(sparade).extracting(NyAuditHandelse::handelse).containsExactly("OBJEKT_ANDRAT");
    }

    @Test
    void anExceptionFromTheChangeRollsBackAndIsNotTurnedIntoARefusal() {
        DomainException somAndringKastar = new DomainException("objekt.redanAndrat");

        assertThatThrownBy(() -> vagran.provaOchAndra(KARIN, "OBJEKT_NEKAT", "objekt", 42L, () -> "o", o -> null,
                o -> {
                    andra(o);
                    throw somAndringKastar;
                })).isSameAs(somAndringKastar);

        assertThat(rollbacks).isEqualTo(1);
        assertThat(commits).isZero();
        assertThat(sparade).as("neither the change's row nor a refusal row").isEmpty();
    }

    @Test
    void aFailureThatNeedsNoTraceIsSimplyThrownFromTheLoaderOrTheRules() {
        DomainException finnsInte = new DomainException("objekt.finnsInte", 42L);
        DomainException inteVantande = new DomainException("objekt.inteVantande");

        assertThatThrownBy(() -> vagran.provaOchAndra(KARIN, "OBJEKT_NEKAT", "objekt", 42L, () -> {
            throw finnsInte;
        }, o -> null, this::andra)).isSameAs(finnsInte);
        assertThatThrownBy(() -> vagran.provaOchAndra(KARIN, "OBJEKT_NEKAT", "objekt", 42L, () -> "o", o -> {
            throw inteVantande;
        }, this::andra)).isSameAs(inteVantande);

        assertThat(rollbacks).isEqualTo(2);
        assertThat(sparade).isEmpty();
    }
}
