package se.bistand.persistence.grund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.logg.NyAuditHandelse;

class H2ServerTest {

    private static final String LOSENORD = "hemligt-losenord";

    @TempDir
    Path tmp;

    private final Aktor system = Aktor.system("test");

    @Test
    void aClientWithTheWrongPasswordIsRefused() {
        try (H2Server server = H2Server.starta(tmp, 0, false, "bistand", LOSENORD)) {
            assertThatThrownBy(() -> Databas.oppna(server.anslutning("127.0.0.1", "bistand", "fel")))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.key()).isEqualTo("databas.inloggningNekad"));
        }
    }

    @Test
    void clientsCannotCreateOtherDatabasesOnTheServer() {
        try (H2Server server = H2Server.starta(tmp, 0, false, "bistand", LOSENORD)) {
            Databasanslutning annan = Databasanslutning.h2Server("127.0.0.1", server.port(), "annan", "x", "y");
            assertThatThrownBy(() -> Databas.oppna(annan)).isInstanceOf(DomainException.class);
            assertThat(tmp.resolve("annan.mv.db")).doesNotExist();
        }
    }

    @Test
    void aServerNeedsAPassword() {
        assertThatThrownBy(() -> H2Server.starta(tmp, 0, false, "bistand", ""))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("server.losenordSaknas"));
    }

    @Test
    void aLocalDatabaseKeepsItsDataAndGetsThePasswordWhenShared() {
        try (TestDatabas lokal = TestDatabas.pa(Databasanslutning.lokal(tmp), TestDatabas.FAST_KLOCKA)) {
            lokal.anvandarService().skapa(system, "anna", "Anna Lind", Roll.HANDLAGGARE, Optional.empty(),
                    "ratt-losenord".toCharArray());
        }
        try (H2Server server = H2Server.starta(tmp, 0, false, "bistand", LOSENORD);
             TestDatabas klient = TestDatabas.pa(server.anslutning("127.0.0.1", "bistand", LOSENORD),
                     TestDatabas.FAST_KLOCKA)) {
            assertThat(klient.tx.iTransaktion(() -> klient.anvandare.hitta("anna"))).isPresent();
        }
    }

    @Test
    void whenTheServerGoesAwayMidTransactionNothingIsHalfWrittenAndWorkResumesAfterRestart() {
        H2Server server = H2Server.starta(tmp, 0, false, "bistand", LOSENORD);
        int port = server.port();
        try (TestDatabas klient = TestDatabas.pa(server.anslutning("127.0.0.1", "bistand", LOSENORD),
                TestDatabas.FAST_KLOCKA)) {
            klient.tx.kor(() -> klient.audit.registrera(NyAuditHandelse.av(system, "FORE", "sak", 1, null, null)));

            H2Server stoppad = server;
            assertThatThrownBy(() -> klient.tx.kor(() -> {
                klient.audit.registrera(NyAuditHandelse.av(system, "HALV", "sak", 2, null, null));
                klient.tx.handle().execute("UPDATE installation SET varde = 'x' WHERE nyckel = 'ingen'");
                stoppad.close();
                klient.audit.registrera(NyAuditHandelse.av(system, "HALV", "sak", 3, null, null));
            })).isInstanceOf(RuntimeException.class);
            assertThat(klient.databas.arVidLiv()).isFalse();

            server = H2Server.starta(tmp, port, false, "bistand", LOSENORD);
            assertThat(klient.databas.arVidLiv()).isTrue();
            klient.tx.kor(() -> klient.audit.registrera(NyAuditHandelse.av(system, "EFTER", "sak", 4, null, null)));
            assertThat(klient.tx.iTransaktion(() -> klient.audit.senaste(10)).stream().map(h -> h.handelse()))
                    .containsExactly("EFTER", "FORE");
            assertThat(klient.auditService().verifiera(system).ok()).isTrue();
        } finally {
            server.close();
        }
    }
}
