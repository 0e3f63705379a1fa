package se.bistand.persistence.logg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.logg.AuditKedja;
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
        db.somAgare(h -> h.execute("UPDATE audit_event SET efter = 'förfalskat' WHERE id = 7"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(7L);
    }

    @Test
    void aDeletedRowIsDetected() {
        db.somAgare(h -> h.execute("DELETE FROM audit_event WHERE id = 12"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(13L);
    }

    @Test
    void aRecomputedHashStillBreaksTheNextLink() {
        db.somAgare(h -> h.execute(
                "UPDATE audit_event SET efter = 'x', hash = '" + "a".repeat(64) + "' WHERE id = 3"));
        AuditKedja.Resultat r = db.auditService().verifiera(system);
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(3L);
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
}
