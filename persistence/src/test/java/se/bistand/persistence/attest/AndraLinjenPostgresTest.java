package se.bistand.persistence.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.persistence.grund.Motor;

/**
 * Issue 13, the database as the second line on PostgreSQL (db/postgresql/V051): with the owner's
 * own connection and plain SQL, each insider change is refused by a trigger, while the normal
 * flow — attest, withdraw, sample, two signatures, export — still passes them. PostgreSQL only:
 * H2 has no such triggers (decision 0050; there the export check, InsiderExportTest, is the line).
 */
class AndraLinjenPostgresTest {

    private AttestMiljo m;

    @BeforeEach
    void oppna() {
        m = new AttestMiljo(Motor.POSTGRESQL);
    }

    @AfterEach
    void stang() {
        m.close();
    }

    @Test
    void theNormalFlowPassesTheTriggersFromAttestToExportAndAWithdrawalFromAnOpenList() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long a = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        long b = m.lamna(m.omar, mot, Beslutstyp.LIVSFORING_I_OVRIGT, 4_500);
        m.attest.attestera(m.erik, a);
        m.attest.attestera(m.maria, b);
        m.attest.aterkalla(m.erik, b, "fel belopp");
        long listaId = m.dagensListaGranskad();
        signera(listaId);
        m.utbetalning.exportera(m.johan, listaId, o -> List.of("fil.xml"));
        assertThat(m.utbetalning.lista(m.johan, listaId).lista().status()).isEqualTo(Utbetalningslista.Status.EXPORTERAD);
    }

    @Test
    void anAttestClaimingARoleTheAttestantDoesNotHaveIsRefused() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long beslut = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        nekas("INSERT INTO attest (attestbeslut_id, beslutad_av, attesterad_av, attesterad, attestant_roll, ordning_id, "
                + "beslutstyp, belopp_ore, livsforing_ore, attest_grans_ore, mottagare_id) VALUES (" + beslut + ", "
                + m.anna.id().varde() + ", " + m.omar.id().varde() + ", CURRENT_TIMESTAMP, 'ENHETSCHEF', "
                + "(SELECT MAX(id) FROM delegationsordning WHERE status = 'GALLANDE'), 'FORSORJNINGSSTOD', 900000, 0, "
                + Long.MAX_VALUE + ", " + mot + ")", "bistand_attest_roll");
    }

    @Test
    void amountsRecipientsAndAccountsBehindAPaymentCannotBeChanged() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long annan = m.godkandMottagare("Omar Said", 981);
        long beslut = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 11_700);
        m.attest.attestera(m.erik, beslut);
        nekas("UPDATE attestbeslut SET belopp_ore = 2500000 WHERE id = " + beslut, "bistand_attestbeslut");
        nekas("UPDATE attestbeslut SET mottagare_id = " + annan + " WHERE id = " + beslut, "bistand_attestbeslut");
        nekas("UPDATE beslut SET total_ore = 2500000", "bistand_beslut_oforanderligt");
        nekas("DELETE FROM beslut", "bistand_beslut_oforanderligt");
        nekas("UPDATE attest SET belopp_ore = 2500000", "bistand_endast_tillagg");
        nekas("UPDATE betalningsmottagare SET konto_nyckel = '80000800000003' WHERE id = " + mot, "bistand_mottagare_konto");
    }

    @Test
    void aListReachesSignedOnlyWithItsSignaturesMovesOnlyForwardAndIsFrozenOnceSigned() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        m.attest.attestera(m.erik, m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000));
        long senare = m.lamna(m.omar, mot, Beslutstyp.FORSORJNINGSSTOD, 8_000);
        long listaId = m.dagensListaGranskad();
        String hash = m.utbetalning.lista(m.karin, listaId).lista().hash();
        nekas("UPDATE utbetalningslista SET status = 'SIGNERAD_2', innehall_hash = '" + hash + "' WHERE id = " + listaId,
                "bistand_lista_signaturer");
        nekas("INSERT INTO utbetalningslista_signatur (lista_id, nummer, anvandare_id, signerad, innehall_hash) VALUES ("
                + listaId + ", 1, " + m.omar.id().varde() + ", CURRENT_TIMESTAMP, '" + hash + "')", "bistand_signatur");
        m.utbetalning.signera(m.karin, listaId, AttestMiljo.LOSEN.toCharArray(), hash);
        nekas("UPDATE utbetalningslista SET status = 'GRANSKAD' WHERE id = " + listaId, "bistand_lista_framat");
        nekas("DELETE FROM utbetalningslista_signatur", "bistand_endast_tillagg");
        nekas("DELETE FROM utbetalning WHERE lista_id = " + listaId, "bistand_utbetalning_last");
        m.attest.attestera(m.erik, senare);
        nekas("UPDATE utbetalning SET lista_id = " + listaId + " WHERE lista_id <> " + listaId, "bistand_utbetalning_last");
    }

    @Test
    void theAuditTrailAndTheAccessLogTakeNoUpdateDeleteOrTruncate() {
        m.godkandMottagare("Karin Ek", 980);
        m.db.tx.kor(() -> m.db.atkomst.registrera(m.anna, null, 7L, "ARENDE_LASA", true, null));
        nekas("DELETE FROM access_log", "bistand_endast_tillagg");
        nekas("UPDATE audit_event SET efter = 'inget'", "bistand_endast_tillagg");
        nekas("DELETE FROM audit_event", "bistand_endast_tillagg");
        nekas("TRUNCATE audit_event", "bistand_endast_tillagg");
    }

    private void nekas(String sql, String regel) {
        assertThatThrownBy(() -> m.db.tx.kor(() -> m.db.tx.handle().execute(sql))).hasMessageContaining(regel);
    }

    private void signera(long listaId) {
        String hash = m.utbetalning.lista(m.karin, listaId).lista().hash();
        m.utbetalning.signera(m.karin, listaId, AttestMiljo.LOSEN.toCharArray(), hash);
        m.utbetalning.signera(m.lars, listaId, AttestMiljo.LOSEN.toCharArray(), hash);
    }
}
