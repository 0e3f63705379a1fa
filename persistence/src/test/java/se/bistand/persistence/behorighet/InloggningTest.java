package se.bistand.persistence.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.behorighet.InloggningService;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.persistence.grund.Motor;
import se.bistand.persistence.grund.TestDatabas;

@ParameterizedClass
@EnumSource(Motor.class)
class InloggningTest {

    @Parameter
    Motor motor;


    private TestDatabas db;
    private InloggningService inloggning;

    @BeforeEach
    void setUp() {
        db = TestDatabas.ny(motor);
        db.anvandarService().skapa(Aktor.system("test"), "anna", "Anna Lind", Roll.HANDLAGGARE, Optional.empty(),
                "ratt-losenord".toCharArray());
        inloggning = db.inloggning();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void signsInWithTheRightPasswordAndAuditsIt() {
        Aktor a = inloggning.loggaIn(" Anna ", "ratt-losenord".toCharArray());
        assertThat(a.roll()).isEqualTo(Roll.HANDLAGGARE);
        assertThat(handelser()).contains("INLOGGNING");
    }

    @Test
    void wrongPasswordIsRefusedAndTheFailureIsAuditedDespiteTheRefusal() {
        assertThatThrownBy(() -> inloggning.loggaIn("anna", "fel".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("inloggning.felaktig"));
        assertThat(handelser()).contains("INLOGGNING_MISSLYCKAD");
    }

    @Test
    void aSignedInUserWhoMistypesThePasswordIsToldHowManyAttemptsRemain() {
        Aktor anna = inloggning.loggaIn("anna", "ratt-losenord".toCharArray());
        assertThatThrownBy(() -> inloggning.bekraftaLosenord(anna, "fel".toCharArray(), "UPPLASNING"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("inloggning.felaktigKvar"));
    }

    @Test
    void aFailureThatLosesTheRaceForTheCounterStillCountsAndItsAuditRowCommits() {
        Anvandare fore = db.tx.iTransaktion(() -> db.anvandare.hitta("anna")).orElseThrow();
        // Another attempt on the same account commits between this attempt's read and its update.
        AnvandareRepository somKapplopning = new AnvandareRepository() {
            private boolean forst = true;

            @Override
            public Optional<Anvandare> hitta(String namn) {
                return db.anvandare.hitta(namn);
            }

            @Override
            public Optional<Anvandare> hitta(AnvandareId id) {
                return db.anvandare.hitta(id);
            }

            @Override
            public List<Anvandare> alla() {
                return db.anvandare.alla();
            }

            @Override
            public AnvandareId skapa(NyAnvandare ny) {
                return db.anvandare.skapa(ny);
            }

            @Override
            public Anvandare uppdatera(Anvandare a) {
                if (forst) {
                    forst = false;
                    try (TestDatabas annan = TestDatabas.pa(db.databas.anslutning(), db.klocka)) {
                        assertThatThrownBy(() -> annan.inloggning().loggaIn("anna", "ocksa-fel".toCharArray()))
                                .isInstanceOf(DomainException.class);
                    }
                }
                return db.anvandare.uppdatera(a);
            }
        };
        InloggningService kapplopning = new InloggningService(db.tx, somKapplopning, db.hashare, db.audit, db.klocka);
        assertThatThrownBy(() -> kapplopning.loggaIn("anna", "fel".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("inloggning.felaktig"));
        Anvandare efter = db.tx.iTransaktion(() -> db.anvandare.hitta("anna")).orElseThrow();
        assertThat(efter.misslyckadeForsok()).isEqualTo(fore.misslyckadeForsok() + 2);
        assertThat(db.tx.iTransaktion(() -> db.audit.senaste(2)).stream().map(AuditHandelse::efter))
                .containsExactly("fel lösenord, försök 2", "fel lösenord, försök 1");
        assertThat(db.auditService().verifiera(Aktor.system("test")).ok()).isTrue();
    }

    @Test
    void unknownUserGetsTheSameMessageAsAWrongPassword() {
        assertThatThrownBy(() -> inloggning.loggaIn("okand", "x".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("inloggning.felaktig"));
        assertThat(handelser()).contains("INLOGGNING_MISSLYCKAD");
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() {
        for (int i = 1; i < InloggningService.MAX_FORSOK; i++) {
            assertThatThrownBy(() -> inloggning.loggaIn("anna", "fel".toCharArray())).isInstanceOf(DomainException.class);
        }
        // The failure that locks the account says no more than any failure (an unknown name never locks).
        assertThatThrownBy(() -> inloggning.loggaIn("anna", "fel".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("inloggning.felaktig"));
        assertThatThrownBy(() -> inloggning.loggaIn("anna", "fortfarande-fel".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("inloggning.felaktig"));
        assertThatThrownBy(() -> inloggning.loggaIn("anna", "ratt-losenord".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("inloggning.last"));
        assertThat(handelser()).contains("KONTO_LAST");

        Anvandare anna = db.tx.iTransaktion(() -> db.anvandare.hitta("anna")).orElseThrow();
        db.anvandarService().lasUpp(Aktor.system("test"), anna.id());
        assertThat(inloggning.loggaIn("anna", "ratt-losenord".toCharArray()).anvandarnamn()).isEqualTo("anna");
    }

    @Test
    void successResetsTheFailureCounter() {
        assertThatThrownBy(() -> inloggning.loggaIn("anna", "fel".toCharArray())).isInstanceOf(DomainException.class);
        inloggning.loggaIn("anna", "ratt-losenord".toCharArray());
        assertThat(db.tx.iTransaktion(() -> db.anvandare.hitta("anna")).orElseThrow().misslyckadeForsok()).isZero();
    }

    @Test
    void staleVersionIsAConflictNotAnOverwrite() {
        Anvandare v0 = db.tx.iTransaktion(() -> db.anvandare.hitta("anna")).orElseThrow();
        db.tx.iTransaktion(() -> db.anvandare.uppdatera(v0));
        assertThatThrownBy(() -> db.tx.iTransaktion(() -> db.anvandare.uppdatera(v0)))
                .isInstanceOf(OptimistiskLasningException.class);
    }

    @Test
    void passwordsAreStoredHashedAndSalted() {
        Anvandare anna = db.tx.iTransaktion(() -> db.anvandare.hitta("anna")).orElseThrow();
        assertThat(anna.losenordshash()).startsWith("pbkdf2-sha256$").doesNotContain("ratt-losenord");
    }

    @Test
    void refusesShortPasswordsAndDuplicateUserNames() {
        assertThatThrownBy(() -> db.anvandarService().skapa(Aktor.system("t"), "bo", "Bo", Roll.REVISOR,
                Optional.empty(), "kort".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("anvandare.losenordForKort"));
        assertThatThrownBy(() -> db.anvandarService().skapa(Aktor.system("t"), "anna", "Anna 2", Roll.REVISOR,
                Optional.empty(), "langt-losenord".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("anvandare.finnsRedan"));
    }

    @Test
    void onlyUserAdministratorsMayListOrCreateUsers() {
        Aktor handlaggare = inloggning.loggaIn("anna", "ratt-losenord".toCharArray());
        assertThatThrownBy(() -> db.anvandarService().lista(handlaggare))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("behorighet.saknas"));
    }

    private List<String> handelser() {
        return db.tx.iTransaktion(() -> db.audit.senaste(50)).stream().map(AuditHandelse::handelse).toList();
    }
}
