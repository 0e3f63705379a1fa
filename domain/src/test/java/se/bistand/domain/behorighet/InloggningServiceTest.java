package se.bistand.domain.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.testhjalp.Minnesportar;

/**
 * What an attacker probing user names sees: the same message key and the same slow password
 * check for an unknown name, a wrong password, the lock-out and a locked or inactive account.
 * (No timing asserts: the test checks that the hasher is called, and against what.)
 */
class InloggningServiceTest {

    /** Records every check; a "hash" is just "h:" + the password, so the tests read easily. */
    static final class RaknandeHashare implements LosenordsHashare {
        final List<String> kontrolleradeMot = new ArrayList<>();
        int hashningar;

        @Override
        public String hasha(char[] losenord) {
            hashningar++;
            return "h:" + new String(losenord);
        }

        @Override
        public boolean stammer(char[] losenord, String lagradHash) {
            kontrolleradeMot.add(lagradHash);
            return lagradHash.equals("h:" + new String(losenord));
        }
    }

    /** Users in a map, optimistic locking by version; {@code konflikter} makes the next updates lose a race. */
    static final class Minnesanvandare implements AnvandareRepository {
        final Map<String, Anvandare> rader = new HashMap<>();
        int konflikter;

        @Override
        public Optional<Anvandare> hitta(String namn) {
            return Optional.ofNullable(rader.get(namn));
        }

        @Override
        public Optional<Anvandare> hitta(AnvandareId id) {
            return rader.values().stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public List<Anvandare> alla() {
            return List.copyOf(rader.values());
        }

        @Override
        public AnvandareId skapa(NyAnvandare ny) {
            AnvandareId id = new AnvandareId(rader.size() + 1L);
            rader.put(ny.anvandarnamn(), new Anvandare(id, ny.anvandarnamn(), ny.namn(), ny.roll(), Optional.empty(),
                    ny.losenordshash(), true, 0, false, null, 0));
            return id;
        }

        @Override
        public Anvandare uppdatera(Anvandare a) {
            Anvandare nu = rader.get(a.anvandarnamn());
            if (konflikter > 0) {
                konflikter--;
                // someone else's failed attempt committed first
                rader.put(nu.anvandarnamn(), new Anvandare(nu.id(), nu.anvandarnamn(), nu.namn(), nu.roll(),
                        nu.personnummer(), nu.losenordshash(), nu.aktiv(), nu.misslyckadeForsok() + 1, nu.last(),
                        nu.senastInloggad(), nu.version() + 1));
                throw new OptimistiskLasningException("anvandare", a.id());
            }
            if (nu.version() != a.version()) {
                throw new OptimistiskLasningException("anvandare", a.id());
            }
            Anvandare ny = new Anvandare(a.id(), a.anvandarnamn(), a.namn(), a.roll(), a.personnummer(),
                    a.losenordshash(), a.aktiv(), a.misslyckadeForsok(), a.last(), a.senastInloggad(), a.version() + 1);
            rader.put(ny.anvandarnamn(), ny);
            return ny;
        }
    }

    private final RaknandeHashare hashare = new RaknandeHashare();
    private final Minnesanvandare anvandare = new Minnesanvandare();
    private final List<NyAuditHandelse> audit = new ArrayList<>();
    private final InloggningService inloggning = new InloggningService(Minnesportar.direkt(), anvandare, hashare,
            Minnesportar.audit(audit::add), Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));

    InloggningServiceTest() {
        anvandare.skapa(new AnvandareRepository.NyAnvandare("anna", "Anna Lind", Roll.HANDLAGGARE, Optional.empty(),
                "h:ratt-losenord"));
    }

    private String nyckel(String namn, String losenord) {
        try {
            inloggning.loggaIn(namn, losenord.toCharArray());
        } catch (DomainException e) {
            return e.key();
        }
        return "inloggad";
    }

    @Test
    void anUnknownNameIsCheckedAgainstADummyHashOfTheSameHasherAndGetsTheWrongPasswordMessage() {
        assertThat(nyckel("okand", "gissning")).isEqualTo("inloggning.felaktig");
        assertThat(hashare.hashningar).as("the dummy hash is made by the same hasher").isEqualTo(1);
        assertThat(hashare.kontrolleradeMot).hasSize(1);
        String attrapp = hashare.kontrolleradeMot.get(0);
        assertThat(attrapp).isNotEqualTo("h:ratt-losenord");

        assertThat(nyckel("anna", "gissning")).isEqualTo("inloggning.felaktig");
        assertThat(hashare.kontrolleradeMot).containsExactly(attrapp, "h:ratt-losenord");
        assertThat(nyckel("okand2", "gissning")).isEqualTo("inloggning.felaktig");
        assertThat(hashare.kontrolleradeMot).containsExactly(attrapp, "h:ratt-losenord", attrapp);
        assertThat(hashare.hashningar).as("made once, not per attempt").isEqualTo(1);
    }

    @Test
    void theLockOutAndALockedAccountLookLikeAnUnknownNameUnlessThePasswordIsRight() {
        for (int i = 0; i < InloggningService.MAX_FORSOK; i++) {
            assertThat(nyckel("anna", "fel" + i)).isEqualTo("inloggning.felaktig");
        }
        assertThat(anvandare.rader.get("anna").last()).isTrue();
        assertThat(audit).extracting(NyAuditHandelse::handelse).contains("KONTO_LAST");
        int fore = hashare.kontrolleradeMot.size();
        assertThat(nyckel("anna", "fel igen")).isEqualTo("inloggning.felaktig");
        assertThat(hashare.kontrolleradeMot).as("a locked account still costs one slow check").hasSize(fore + 1);
        assertThat(nyckel("anna", "ratt-losenord")).isEqualTo("inloggning.last");
    }

    @Test
    void anInactiveAccountWithAWrongPasswordLooksLikeAnUnknownName() {
        Anvandare a = anvandare.rader.get("anna");
        anvandare.uppdatera(new Anvandare(a.id(), a.anvandarnamn(), a.namn(), a.roll(), a.personnummer(),
                a.losenordshash(), false, 0, false, null, a.version()));
        assertThat(nyckel("anna", "fel")).isEqualTo("inloggning.felaktig");
        assertThat(nyckel("anna", "ratt-losenord")).isEqualTo("inloggning.inaktiv");
    }

    @Test
    void aFailureThatLosesTheRaceIsJudgedOnTheFreshRowAndAudited() {
        anvandare.konflikter = 1;
        assertThat(nyckel("anna", "fel")).isEqualTo("inloggning.felaktig");
        assertThat(anvandare.rader.get("anna").misslyckadeForsok()).isEqualTo(2);
        assertThat(audit).extracting(NyAuditHandelse::efter).containsExactly("fel lösenord, försök 2");
    }

    @Test
    void aFailureThatKeepsLosingTheRaceIsStillAudited() {
        anvandare.konflikter = InloggningService.MAX_OMFORSOK;
        assertThat(nyckel("anna", "fel")).isEqualTo("inloggning.felaktig");
        assertThat(audit).extracting(NyAuditHandelse::handelse).containsExactly("INLOGGNING_MISSLYCKAD");
        assertThat(audit.get(0).efter()).contains("samtidiga försök");
    }
}
