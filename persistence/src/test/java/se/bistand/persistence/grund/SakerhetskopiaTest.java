package se.bistand.persistence.grund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.domain.logg.AuditService;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.persistence.logg.FilAnkare;

class SakerhetskopiaTest {

    @TempDir
    Path tmp;

    private final Aktor system = Aktor.system("test");

    @Test
    void aRestoredBackupHasTheSameDataAndAnIntactAuditChain() {
        Path data = tmp.resolve("data");
        Path kopia = tmp.resolve("kopior/bistand.sql.gz");
        List<Anvandare> anvandareVidKopia;
        List<AuditHandelse> auditVidKopia;
        try (TestDatabas db = TestDatabas.pa(Databasanslutning.lokal(data), TestDatabas.FAST_KLOCKA)) {
            skapaAnvandare(db, "anna");
            skapaAnvandare(db, "omar");
            Granskningsankare ankare = Sakerhetskopia.skapa(db.databas, kopia);
            anvandareVidKopia = db.tx.iTransaktion(db.anvandare::alla);
            auditVidKopia = db.tx.iTransaktion(() -> db.audit.senaste(1000));
            assertThat(ankare.seq()).isEqualTo(auditVidKopia.get(0).id());
            assertThat(ankare.hash()).isEqualTo(auditVidKopia.get(0).hash());
            assertThat(FilAnkare.las(kopia)).containsExactly(ankare);
            skapaAnvandare(db, "efter.kopian");
            // The live chain, now longer, still agrees with the backup's anchor.
            assertThat(new AuditService(db.tx, db.audit, db.atkomst, new FilAnkare(List.of(kopia.getParent())))
                    .verifiera(system)).satisfies(r -> {
                        assertThat(r.ok()).isTrue();
                        assertThat(r.antalAnkare()).isEqualTo(2);
                    });
        }

        Optional<Path> gammal = Sakerhetskopia.aterstall(kopia, data, true);

        assertThat(gammal).hasValueSatisfying(p -> assertThat(p).exists());
        try (TestDatabas db = TestDatabas.pa(Databasanslutning.lokal(data), TestDatabas.FAST_KLOCKA)) {
            assertThat(db.tx.iTransaktion(db.anvandare::alla)).isEqualTo(anvandareVidKopia);
            assertThat(db.tx.iTransaktion(() -> db.audit.senaste(1000))).isEqualTo(auditVidKopia);
            assertThat(db.auditService().verifiera(system).ok()).isTrue();
            assertThat(db.databas.migrera()).isZero();
            db.tx.kor(() -> db.audit.registrera(NyAuditHandelse.av(system, "EFTER_ATERSTALLNING", "sak", 1, null, null)));
            assertThat(db.auditService().verifiera(system).ok()).isTrue();
        }
    }

    @Test
    void aBackupCanBeTakenOnlineFromASharedH2Server() {
        try (H2Server server = H2Server.starta(tmp.resolve("server"), 0, false, "bistand", "hemligt-losenord");
             TestDatabas klient = TestDatabas.pa(server.anslutning("127.0.0.1", "bistand", "hemligt-losenord"),
                     TestDatabas.FAST_KLOCKA)) {
            skapaAnvandare(klient, "anna");
            Sakerhetskopia.skapa(klient.databas, tmp.resolve("delad.sql.gz"));
        }
        Sakerhetskopia.aterstall(tmp.resolve("delad.sql.gz"), tmp.resolve("ny"), false);
        try (TestDatabas db = TestDatabas.pa(Databasanslutning.lokal(tmp.resolve("ny")), TestDatabas.FAST_KLOCKA)) {
            assertThat(db.tx.iTransaktion(() -> db.anvandare.hitta("anna"))).isPresent();
            assertThat(db.auditService().verifiera(system).ok()).isTrue();
        }
    }

    @Test
    void restoreRefusesToReplaceAnExistingDatabaseWithoutForce() {
        Path data = tmp.resolve("data");
        try (TestDatabas db = TestDatabas.pa(Databasanslutning.lokal(data), TestDatabas.FAST_KLOCKA)) {
            Sakerhetskopia.skapa(db.databas, tmp.resolve("k.sql.gz"));
        }
        assertThatThrownBy(() -> Sakerhetskopia.aterstall(tmp.resolve("k.sql.gz"), data, false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("aterstall.finnsRedan"));
    }

    @Test
    void restoreRefusesADatabaseThatIsInUse() {
        Path data = tmp.resolve("data");
        try (TestDatabas db = TestDatabas.pa(Databasanslutning.lokal(data), TestDatabas.FAST_KLOCKA)) {
            Sakerhetskopia.skapa(db.databas, tmp.resolve("k.sql.gz"));
            assertThatThrownBy(() -> Sakerhetskopia.aterstall(tmp.resolve("k.sql.gz"), data, true))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("databas.iBruk"));
        }
    }

    @Test
    void postgresqlIsBackedUpWithPgDumpNotByTheApp() {
        Databasanslutning pg = Databasanslutning.postgresql("db.kommun.se", 5433, "bistand", "bistand", "x");
        assertThat(Sakerhetskopia.pgDumpKommando(pg, Path.of("/srv/kopia.dump")))
                .isEqualTo("pg_dump --format=custom --host=db.kommun.se --port=5433 --username=bistand "
                        + "--file=/srv/kopia.dump bistand");
        try (TestDatabas db = TestDatabas.ny(Motor.POSTGRESQL)) {
            assertThatThrownBy(() -> Sakerhetskopia.skapa(db.databas, tmp.resolve("x.sql.gz")))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("backup.postgresql"));
        }
    }

    @Test
    void theDailyBackupIsMadeOnceADayAndOnlyTheNewestAreKept() throws Exception {
        Path mapp = tmp.resolve("backups");
        try (TestDatabas db = TestDatabas.pa(Databasanslutning.lokal(tmp.resolve("data")), TestDatabas.FAST_KLOCKA)) {
            LocalDate dag = LocalDate.of(2026, 11, 1);
            for (int i = 0; i < 5; i++) {
                assertThat(Sakerhetskopia.dagligen(db.databas, mapp, dag.plusDays(i), 3)).isPresent();
            }
            assertThat(Sakerhetskopia.dagligen(db.databas, mapp, dag.plusDays(4), 3)).isEmpty();
        }
        try (Stream<Path> filer = Files.list(mapp)) {
            assertThat(filer.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("bistand-2026-11-03.sql.gz", "bistand-2026-11-04.sql.gz", "bistand-2026-11-05.sql.gz");
        }
    }

    @Test
    void rensaOchMigreraEmptiesTheDatabase() {
        try (TestDatabas db = TestDatabas.ny()) {
            skapaAnvandare(db, "anna");
            db.databas.rensaOchMigrera();
            assertThat(db.tx.iTransaktion(db.anvandare::alla)).isEmpty();
            assertThat(db.auditService().verifiera(system).antalRader()).isZero();
        }
    }

    private void skapaAnvandare(TestDatabas db, String namn) {
        db.anvandarService().skapa(system, namn, "Namn " + namn, Roll.HANDLAGGARE, Optional.empty(),
                "ratt-losenord".toCharArray());
    }
}
