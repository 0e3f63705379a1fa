package se.bistand.persistence.logg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.domain.logg.AuditService;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.persistence.grund.Motor;
import se.bistand.persistence.grund.TestDatabas;

@ParameterizedClass
@EnumSource(Motor.class)
class AuditKedjaTest {

    @Parameter
    Motor motor;


    private TestDatabas db;
    private final Aktor system = Aktor.system("test");

    @BeforeEach
    void setUp() {
        db = TestDatabas.ny(motor);
        db.tx.kor(() -> {
            for (int i = 0; i < 20; i++) {
                db.audit.registrera(NyAuditHandelse.av(system, "TEST", "sak", i, "före " + i, "efter " + i));
            }
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isTrue();
        assertThat(r.antalRader()).isEqualTo(20);
    }

    @Test
    void aRowChangedBehindTheAppsBackIsDetected() {
        db.databas.jdbi().useHandle(h -> h.execute("UPDATE audit_event SET efter = 'förfalskat' WHERE id = 7"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(7L);
    }

    @Test
    void aDeletedRowIsDetected() {
        db.databas.jdbi().useHandle(h -> h.execute("DELETE FROM audit_event WHERE id = 12"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(13L);
    }

    @Test
    void aRecomputedHashStillBreaksTheNextLink() {
        db.databas.jdbi().useHandle(h -> h.execute(
                "UPDATE audit_event SET efter = 'x', hash = '" + "a".repeat(64) + "' WHERE id = 3"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(3L);
    }

    @Test
    void theNewestRowsDeletedAreDetectedAgainstTheStoredHead() {
        db.databas.jdbi().useHandle(h -> h.execute("DELETE FROM audit_event WHERE id > 17"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(18L);
        assertThat(r.orsak()).contains("tagits bort i slutet").contains("kedjans huvud");
    }

    @Test
    void theNewestRowsDeletedWithTheHeadMovedBackAreDetectedByAnAnchor() {
        Granskningsankare ankare = db.tx.iTransaktion(() -> db.audit.ankra("signatur 1 av utbetalningslista 7"));
        assertThat(ankare.seq()).isEqualTo(20);
        klippTill(17);
        assertThat(db.auditService().verifiera(system).forstaFelaktigaId()).isEqualTo(18L);
        // The anchors table is in the database too: with it emptied, the copy outside still tells.
        db.databas.jdbi().useHandle(h -> h.execute("DELETE FROM audit_ankare"));
        AuditKedja.Resultat r = new AuditService(db.tx, db.audit, db.atkomst,
                () -> List.of(ankare.medKalla("exportfilen BISTAND-20261123-7.xml"))).verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.orsak()).contains("exportfilen BISTAND-20261123-7.xml").contains("har sett id 20");
    }

    @Test
    void aRowEditedAndEveryLaterHashRecomputedIsDetectedByAnAnchor() {
        db.tx.kor(() -> db.audit.ankra("export av utbetalningslista 3"));
        // The attacker edits row 7 and recomputes rows 7..20 and the head: the unkeyed chain is whole again.
        skrivOmFran(7, "förfalskat");
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(20L);
        assertThat(r.orsak()).contains("skrivits om").contains("export av utbetalningslista 3");
    }

    @Test
    void anUntouchedChainAgreesWithItsAnchors() {
        db.tx.kor(() -> db.audit.ankra("signatur 1 av utbetalningslista 1"));
        db.tx.kor(() -> db.audit.registrera(NyAuditHandelse.av(system, "TEST", "sak", 21, null, null)));
        db.tx.kor(() -> db.audit.ankra("signatur 2 av utbetalningslista 1"));
        assertThat(db.tx.iTransaktion(() -> db.audit.ankare())).extracting(Granskningsankare::seq)
                .containsExactly(20L, 21L);
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isTrue();
        assertThat(r.antalAnkare()).isEqualTo(3);
    }

    /** Deletes the rows after {@code sista} and moves the stored head back to it, as an attacker would. */
    private void klippTill(long sista) {
        db.databas.jdbi().useHandle(h -> {
            h.execute("DELETE FROM audit_event WHERE id > ?", sista);
            h.execute("UPDATE audit_kedja SET senaste_id = ?, senaste_hash = (SELECT hash FROM audit_event WHERE id = ?)",
                    sista, sista);
        });
    }

    /** Edits row {@code id}'s efter and recomputes its hash and every later one, and the head. */
    private void skrivOmFran(long id, String efter) {
        db.databas.jdbi().useHandle(h -> {
            h.execute("UPDATE audit_event SET efter = ? WHERE id = ?", efter, id);
            List<AuditHandelse> rader = new java.util.ArrayList<>();
            db.tx.kor(() -> db.audit.forVarje(rader::add));
            String prev = AuditKedja.START_HASH;
            for (AuditHandelse r : rader) {
                if (r.id() >= id) {
                    String hash = AuditKedja.hash(r.id(), r.tidpunkt(), r.anvandareId(), r.anvandarnamn(), r.handelse(),
                            r.objektTyp(), r.objektId(), r.fore(), r.efter(), prev);
                    h.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?", prev, hash, r.id());
                    h.execute("UPDATE audit_kedja SET senaste_id = ?, senaste_hash = ?", r.id(), hash);
                    prev = hash;
                } else {
                    prev = r.hash();
                }
            }
        });
    }

    @Test
    void aChangeAndItsAuditRowRollBackTogether() {
        long fore = db.tx.iTransaktion(() -> db.audit.senaste(1).get(0).id());
        try {
            db.tx.kor(() -> {
                db.audit.registrera(NyAuditHandelse.av(system, "TEST", "sak", 99, null, null));
                throw new IllegalStateException("avbrott mitt i");
            });
        } catch (IllegalStateException expected) {
            // the transaction was rolled back
        }
        assertThat(db.tx.iTransaktion(() -> db.audit.senaste(1).get(0).id())).isEqualTo(fore);
        assertThat(db.auditService().verifiera(system).ok()).isTrue();
    }

    // ---- the access log's chain (issue 11, audit finding 7) ------------------------------------------

    private void lasningar() {
        Aktor anna = new Aktor(new se.bistand.domain.gemensam.Id.AnvandareId(3), "anna", "Anna", Roll.HANDLAGGARE);
        db.tx.kor(() -> {
            for (int i = 1; i <= 5; i++) {
                db.atkomst.registrera(anna, (long) i, 100L + i, "ARENDE_OPPNAT", i % 2 == 0, i % 2 == 0 ? null : "skäl " + i);
            }
            db.atkomst.registreraLista(anna, "ARBETSLISTA", List.of(1L, 2L, 3L), true, null);
        });
    }

    @Test
    void anUntouchedAccessLogVerifiesAndAListRowIsFoundUnderEachPersonItNamed() {
        lasningar();
        assertThat(db.auditService().verifiera(system).ok()).isTrue();
        assertThat(db.tx.iTransaktion(() -> db.atkomst.forPerson(2))).extracting(Atkomstlogg.Post::atgard)
                .containsExactly("ARBETSLISTA", "ARENDE_OPPNAT");
        assertThat(db.tx.iTransaktion(() -> db.atkomst.senaste(1)).get(0).personer()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAccessLogRowEditedBehindTheAppsBackIsDetected() {
        lasningar();
        db.databas.jdbi().useHandle(h -> h.execute("UPDATE access_log SET skal = 'ärendet' WHERE id = 3"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(3L);
        assertThat(r.orsak()).startsWith("åtkomstloggen");
    }

    @Test
    void anAccessLogRowDeletedInTheMiddleIsDetected() {
        lasningar();
        db.databas.jdbi().useHandle(h -> h.execute("DELETE FROM access_log WHERE id = 2"));
        assertThat(db.auditService().verifiera(system).forstaFelaktigaId()).isEqualTo(3L);
    }

    @Test
    void theNewestAccessLogRowDeletedIsDetectedAgainstTheHead() {
        lasningar();
        db.databas.jdbi().useHandle(h -> h.execute("DELETE FROM access_log WHERE id = 6"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(6L);
    }

    @Test
    void aRecomputedAccessLogRowStillBreaksTheNextLink() {
        lasningar();
        db.databas.jdbi().useHandle(h -> h.execute(
                "UPDATE access_log SET atgard = 'X', hash = '" + "b".repeat(64) + "' WHERE id = 4"));
        assertThat(db.auditService().verifiera(system).forstaFelaktigaId()).isEqualTo(4L);
    }
}
