package se.bistand.persistence.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Konton;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.domain.utbetalning.Exportskrivare;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.persistence.grund.Motor;

/**
 * Issue 13: an insider who holds the database's owner credentials changes the rows behind a
 * payout list with plain SQL (referential checks and triggers switched off, as an owner can) —
 * the export, re-checking every line against the stored decision, the attest, the approval and
 * the signatures, refuses with an audited refusal and writes no file. On H2 and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Motor.class)
class InsiderExportTest {

    @Parameter
    Motor motor;

    private AttestMiljo m;
    private final List<Exportskrivare.Order> skrivna = new ArrayList<>();
    private final Exportskrivare skrivare = o -> {
        skrivna.add(o);
        return List.of("fil.xml");
    };

    @BeforeEach
    void oppna() {
        m = new AttestMiljo(motor);
    }

    @AfterEach
    void stang() {
        m.close();
    }

    @Test
    void aLineRaisedFrom11700To25000BeforeSigningIsSignedButNeverExported() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long beslut = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 11_700);
        m.attest.attestera(m.erik, beslut);
        long listaId = m.dagensListaGranskad();
        insider("UPDATE attestbeslut SET belopp_ore = 2500000 WHERE id = " + beslut,
                "UPDATE attest SET belopp_ore = 2500000 WHERE attestbeslut_id = " + beslut);
        Utbetalningslista l = signera(listaId);
        assertThat(l.summa().ore()).isEqualTo(2_500_000);
        vagras(listaId, "utbetalning.export.beloppAvviker");
    }

    @Test
    void aLinePointedAtAnotherHouseholdsApprovedAccountIsRefusedByTheDatabaseAndByTheExport() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long annan = m.godkandMottagare("Omar Said", 981);
        long beslut = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        m.attest.attestera(m.erik, beslut);
        long listaId = m.dagensListaGranskad();
        assertThatThrownBy(() -> m.db.tx.kor(() -> m.db.tx.handle().execute(
                "UPDATE attestbeslut SET mottagare_id = " + annan + " WHERE id = " + beslut)))
                .as("H2: the attest's foreign key; PostgreSQL: the trigger first")
                .hasMessageMatching("(?s).*(attest_mottagare_fk|bistand_attestbeslut).*");
        insider("UPDATE attestbeslut SET mottagare_id = " + annan + " WHERE id = " + beslut);
        signera(listaId);
        vagras(listaId, "utbetalning.export.mottagareAvviker");
    }

    @Test
    void anApprovedRecipientsAccountChangedInTheDatabaseIsNotExported() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long beslut = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        m.attest.attestera(m.erik, beslut);
        long listaId = m.dagensListaGranskad();
        Bankgiro eget = Bankgiro.parse("5050-1055");
        insider("UPDATE betalningsmottagare SET kontoslag = 'BANKGIRO', konto = '" + Konton.lagringstext(eget)
                + "', konto_nyckel = '" + eget.normaliserad() + "' WHERE id = " + mot);
        signera(listaId);
        vagras(listaId, "utbetalning.export.kontoEjGodkant");
    }

    @Test
    void aListSetToSignedTwiceWithoutSignatureRowsIsNotExported() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        m.attest.attestera(m.erik, m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000));
        long listaId = m.dagensListaGranskad();
        String hash = m.utbetalning.lista(m.karin, listaId).lista().hash();
        insider("UPDATE utbetalningslista SET status = 'SIGNERAD_2', innehall_hash = '" + hash + "' WHERE id = " + listaId);
        vagras(listaId, "utbetalning.export.signaturerSaknas");
    }

    @Test
    void anAttestInsertedByAHandlaggareClaimingTheEnhetschefRoleIsNotExported() {
        long mot = m.godkandMottagare("Karin Ek", 980);
        long beslut = m.lamna(m.anna, mot, Beslutstyp.FORSORJNINGSSTOD, 9_000);
        insider("INSERT INTO attest (attestbeslut_id, beslutad_av, attesterad_av, attesterad, attestant_roll, ordning_id, "
                        + "beslutstyp, belopp_ore, livsforing_ore, attest_grans_ore, mottagare_id) VALUES (" + beslut + ", "
                        + m.anna.id().varde() + ", " + m.omar.id().varde() + ", CURRENT_TIMESTAMP, 'ENHETSCHEF', "
                        + "(SELECT MAX(id) FROM delegationsordning WHERE status = 'GALLANDE'), 'FORSORJNINGSSTOD', 900000, 0, "
                        + Long.MAX_VALUE + ", " + mot + ")",
                "UPDATE attestbeslut SET status = 'ATTESTERAD' WHERE id = " + beslut);
        long attestId = m.db.tx.iTransaktion(() -> m.db.tx.handle().createQuery(
                "SELECT id FROM attest WHERE attestbeslut_id = :b").bind("b", beslut).mapTo(Long.class).one());
        m.utbetalning.laggTillAttesterad(m.omar, attestId, AttestMiljo.DAG);
        long listaId = m.dagensListaGranskad();
        signera(listaId);
        vagras(listaId, "utbetalning.export.attestRollAvviker");
    }

    /** Karin and Lars sign what the list shows them. */
    private Utbetalningslista signera(long listaId) {
        String hash = m.utbetalning.lista(m.karin, listaId).lista().hash();
        m.utbetalning.signera(m.karin, listaId, AttestMiljo.LOSEN.toCharArray(), hash);
        Utbetalningslista l = m.utbetalning.signera(m.lars, listaId, AttestMiljo.LOSEN.toCharArray(), hash).lista();
        assertThat(l.status()).isEqualTo(Utbetalningslista.Status.SIGNERAD_2);
        return l;
    }

    /** The export is refused with {@code nyckel}, no file is written, and the refusal is in the audit trail. */
    private void vagras(long listaId, String nyckel) {
        assertThatThrownBy(() -> m.utbetalning.exportera(m.johan, listaId, skrivare))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(nyckel));
        assertThat(skrivna).isEmpty();
        AuditHandelse senaste = m.db.auditService().senasteHandelser(m.sofia, 1).get(0);
        assertThat(senaste.handelse()).isEqualTo("UTBETALNINGSLISTA_EXPORT_NEKAD");
        assertThat(senaste.efter()).contains(nyckel);
        assertThat(m.utbetalning.lista(m.johan, listaId).lista().exporter()).isEmpty();
    }

    /** Plain SQL as the owner would run it, with foreign keys and triggers off for the transaction. */
    private void insider(String... sql) {
        m.db.somAgare(h -> {
            for (String s : sql) {
                h.execute(s);
            }
        });
    }
}
