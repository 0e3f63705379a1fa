package se.bistand.persistence.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.utbetalning.Signeringsregler;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;
import se.bistand.persistence.grund.Motor;

/** Who signs a payout list (the rule in the database) and reviewing only what was opened, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Motor.class)
class SigneringPersistensTest {

    @Parameter
    Motor motor;

    private AttestMiljo m;

    @BeforeEach
    void oppna() {
        m = new AttestMiljo(motor);
    }

    @AfterEach
    void stang() {
        m.close();
    }

    static void nekas(Runnable r, String nyckel) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(nyckel));
    }

    /** The database refuses {@code r} by constraint {@code namn} (H2 names it in upper case, PostgreSQL in lower). */
    static void krock(Runnable r, String namn) {
        assertThatThrownBy(r::run).satisfies(e -> {
            StringBuilder alla = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                alla.append(t.getMessage()).append('\n');
            }
            assertThat(alla.toString().toLowerCase()).contains(namn);
        });
    }

    /** A list of one payment decided by anna and attested by {@code attestant}; its id. */
    private long lista(Aktor attestant) {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        m.attest.attestera(attestant, id);
        return m.utbetalning.listor(m.lars).get(0).id();
    }

    private String granska(long listaId) {
        for (Utbetalningsrad r : m.utbetalning.draStickprov(m.karin, listaId).lista().rader()) {
            if (r.iStickprov()) {
                m.utbetalning.oppnaRad(m.karin, listaId, r.id());
                m.utbetalning.markeraGranskad(m.karin, listaId, r.id());
            }
        }
        return m.utbetalning.lista(m.karin, listaId).lista().hash();
    }

    private Aktor somRoll(Aktor a, Roll roll) {
        m.db.tx.kor(() -> m.db.tx.handle().createUpdate("UPDATE anvandare SET roll = :r WHERE id = :id")
                .bind("r", roll.name()).bind("id", a.id().varde()).execute());
        return new Aktor(a.id(), a.anvandarnamn(), a.namn(), roll);
    }

    private char[] losen() {
        return AttestMiljo.LOSEN.toCharArray();
    }

    @Test
    void theMigrationsRuleIsInForceAndASecondSignerOfTheSameRoleIsRefused() {
        long listaId = lista(m.erik);
        String hash = granska(listaId);
        assertThat(m.signeringsregel.lage(m.sofia).gallande().roller()).containsExactly(Roll.ENHETSCHEF, Roll.AVDELNINGSCHEF);
        m.utbetalning.signera(m.karin, listaId, losen(), hash);
        Aktor mariaChef = somRoll(m.maria, Roll.ENHETSCHEF);
        nekas(() -> m.utbetalning.signera(mariaChef, listaId, losen(), hash), "utbetalning.rollenHarSignerat");
        UtbetalningService.Listvy vy = m.utbetalning.signera(m.lars, listaId, losen(), hash);
        assertThat(vy.lista().status()).isEqualTo(Utbetalningslista.Status.SIGNERAD_2);
        assertThat(vy.lista().signaturer()).extracting(Utbetalningslista.Signatur::roll)
                .containsExactly(Roll.ENHETSCHEF, Roll.AVDELNINGSCHEF);
        assertThat(vy.lista().signaturer()).extracting(s -> s.plats().orElseThrow()).containsExactly(1, 2);
        assertThat(vy.signering().klar()).isTrue();
        assertThat(m.handelser()).contains("UTBETALNINGSLISTA_SIGNERING_NEKAD");
    }

    @Test
    void theDatabaseRefusesASignatureWhoseRoleIsNotThePlacesOrAPlaceTakenTwice() {
        long listaId = lista(m.erik);
        String hash = granska(listaId);
        m.utbetalning.signera(m.karin, listaId, losen(), hash);
        String insert = "INSERT INTO utbetalningslista_signatur (lista_id, nummer, anvandare_id, roll, regel_id, plats, "
                + "signerad, innehall_hash) VALUES (:l, 2, :v, :roll, 1, :plats, CURRENT_TIMESTAMP, :h)";
        krock(() -> m.db.tx.kor(() -> m.db.tx.handle().createUpdate(insert).bind("l", listaId)
                .bind("v", m.maria.id().varde()).bind("roll", "ENHETSCHEF").bind("plats", 2).bind("h", hash).execute()),
                // PostgreSQL's V051 trigger refuses first: maria's own role is not the role she states
                motor == Motor.POSTGRESQL ? "bistand_signatur" : "signatur_plats_fk");
        krock(() -> m.db.tx.kor(() -> m.db.tx.handle().createUpdate(insert).bind("l", listaId)
                .bind("v", m.maria.id().varde()).bind("roll", "ENHETSCHEF").bind("plats", 1).bind("h", hash).execute()),
                motor == Motor.POSTGRESQL ? "bistand_signatur" : "signatur_en_per_plats");
        assertThat(m.utbetalning.lista(m.lars, listaId).lista().signaturer()).hasSize(1);
    }

    @Test
    void aConfirmedRuleChangeLetsTwoEnhetscheferSignNewListsWhileAStartedListKeepsItsRule() {
        long forsta = lista(m.erik);
        String hash = granska(forsta);
        m.utbetalning.signera(m.karin, forsta, losen(), hash);
        long id = m.signeringsregel.foresla(m.sofia, Roll.ENHETSCHEF, Roll.ENHETSCHEF, "Nämndens beslut 2026-11-20 § 4");
        nekas(() -> m.signeringsregel.bekrafta(m.sofia, id), "signeringsregel.egenAndring");
        m.signeringsregel.bekrafta(m.lars, id);
        assertThat(m.signeringsregel.lage(m.sofia).gallande().roller()).containsExactly(Roll.ENHETSCHEF, Roll.ENHETSCHEF);
        Aktor mariaChef = somRoll(m.maria, Roll.ENHETSCHEF);
        nekas(() -> m.utbetalning.signera(mariaChef, forsta, losen(), hash), "utbetalning.rollenHarSignerat");

        long mot = m.godkandMottagare("Sara Lind", 981);
        long beslut = m.lamna(m.omar, mot, Beslutstyp.FORSORJNINGSSTOD, 5_000, AttestMiljo.DAG.plusDays(1));
        m.attest.attestera(m.erik, beslut);
        long andra = m.utbetalning.listor(m.lars).stream().filter(l -> l.betalningsdatum().equals(AttestMiljo.DAG.plusDays(1)))
                .findFirst().orElseThrow().id();
        String hash2 = granska(andra);
        nekas(() -> m.utbetalning.signera(m.lars, andra, losen(), hash2), "utbetalning.rollenSignerarInte");
        m.utbetalning.signera(m.karin, andra, losen(), hash2);
        assertThat(m.utbetalning.signera(mariaChef, andra, losen(), hash2).lista().status())
                .isEqualTo(Utbetalningslista.Status.SIGNERAD_2);
        assertThat(m.handelser()).contains("SIGNERINGSREGEL_FORESLAGEN", "SIGNERINGSREGEL_BEKRAFTAD_NEKAD",
                "SIGNERINGSREGEL_BEKRAFTAD");
    }

    @Test
    void aChefIsToldBeforeAttestingThatItBarsThemAndAListNobodyAvailableCanCompleteIsFlagged() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long id = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        Signeringsregler.Signeringslage fore = m.utbetalning.signeringOmAttest(m.karin, AttestMiljo.DAG).orElseThrow();
        assertThat(fore.dittHinder()).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("utbetalning.javOmAttest"));
        assertThat(fore.kanFullbordas()).as("karin is the only enhetschef").isFalse();
        assertThat(m.utbetalning.signeringOmAttest(m.erik, AttestMiljo.DAG)).as("erik signs no lists").isEmpty();
        m.attest.attestera(m.karin, id);
        long listaId = m.utbetalning.listor(m.lars).get(0).id();
        UtbetalningService.Listvy vy = m.utbetalning.lista(m.lars, listaId);
        assertThat(vy.signering().kanFullbordas()).isFalse();
        assertThat(vy.signering().kandidater()).extracting(Signeringsregler.Kandidat::roll)
                .containsExactly(Roll.AVDELNINGSCHEF);
        assertThat(m.utbetalning.lista(m.karin, listaId).signering().dittHinder())
                .hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("utbetalning.jav"));
        somRoll(m.maria, Roll.ENHETSCHEF);
        assertThat(m.utbetalning.lista(m.lars, listaId).signering().kanFullbordas()).as("another enhetschef").isTrue();
    }

    @Test
    void aLineIsMarkedReviewedOnlyBySomeoneWhoOpenedItInTheDomainAndTheDatabase() {
        long listaId = lista(m.erik);
        Utbetalningsrad rad = m.utbetalning.draStickprov(m.karin, listaId).lista().rader().stream()
                .filter(Utbetalningsrad::iStickprov).findFirst().orElseThrow();
        nekas(() -> m.utbetalning.markeraGranskad(m.karin, listaId, rad.id()), "utbetalning.ejOppnad");
        assertThat(m.handelser()).contains("STICKPROV_GRANSKNING_NEKAD");
        krock(() -> m.db.tx.kor(() -> m.db.tx.handle().createUpdate("UPDATE utbetalning SET granskad_av = :v, "
                + "granskad = CURRENT_TIMESTAMP WHERE id = :id").bind("v", m.karin.id().varde()).bind("id", rad.id())
                .execute()), "utbetalning_granskad_oppnad_fk");
        m.utbetalning.oppnaRad(m.karin, listaId, rad.id());
        m.utbetalning.oppnaRad(m.karin, listaId, rad.id());
        assertThat(m.utbetalning.markeraGranskad(m.karin, listaId, rad.id()).lista().status())
                .isEqualTo(Utbetalningslista.Status.GRANSKAD);
        assertThat(m.db.tx.iTransaktion(() -> m.db.atkomst.senaste(50))).extracting(p -> p.atgard())
                .contains("UTBETALNING_GRANSKA");
    }
}
