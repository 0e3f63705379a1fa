package se.bistand.persistence.grund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Money;

/** Money, the typed ids and times are bound and read as they are, on both engines (Kolumntyper). */
@ParameterizedClass
@EnumSource(Motor.class)
class KolumntyperTest {

    @Parameter
    Motor motor;

    private TestDatabas db;

    @BeforeEach
    void oppna() {
        db = TestDatabas.ny(motor);
        db.tx.kor(() -> db.tx.handle().execute("CREATE TABLE typprov (id INT PRIMARY KEY, belopp BIGINT, anvandare BIGINT, "
                + "person BIGINT, arende BIGINT, beslut BIGINT, nar TIMESTAMP WITH TIME ZONE)"));
    }

    @AfterEach
    void stang() {
        db.close();
    }

    @Test
    void valueTypesRoundTripAsTheirBigintAndNullAsEmpty() {
        Instant nar = Instant.parse("2026-11-23T09:15:30.123456Z");
        db.tx.kor(() -> {
            Handle h = db.tx.handle();
            h.createUpdate("INSERT INTO typprov VALUES (1, :belopp, :anvandare, :person, :arende, :beslut, :nar)")
                    .bind("belopp", Money.ofOre(-123_45)).bind("anvandare", new AnvandareId(7))
                    .bind("person", new PersonId(8)).bind("arende", new ArendeId(9)).bind("beslut", new BeslutId(10))
                    .bind("nar", Tider.utc(nar)).execute();
            h.createUpdate("INSERT INTO typprov (id) VALUES (2)").execute();
        });
        db.tx.kor(() -> {
            Handle h = db.tx.handle();
            assertThat(h.createQuery("SELECT belopp FROM typprov WHERE id = 1").mapTo(Money.class).one())
                    .isEqualTo(Money.ofOre(-123_45));
            assertThat(h.createQuery("SELECT belopp FROM typprov WHERE id = 1").mapTo(Long.class).one())
                    .as("stored as öre").isEqualTo(-123_45L);
            assertThat(h.createQuery("SELECT anvandare FROM typprov WHERE id = 1").mapTo(AnvandareId.class).one())
                    .isEqualTo(new AnvandareId(7));
            assertThat(h.createQuery("SELECT person FROM typprov WHERE id = 1").mapTo(PersonId.class).one())
                    .isEqualTo(new PersonId(8));
            assertThat(h.createQuery("SELECT arende FROM typprov WHERE id = 1").mapTo(ArendeId.class).one())
                    .isEqualTo(new ArendeId(9));
            assertThat(h.createQuery("SELECT beslut FROM typprov WHERE id = 1").mapTo(BeslutId.class).one())
                    .isEqualTo(new BeslutId(10));
            assertThat(h.createQuery("SELECT nar FROM typprov WHERE id = 1").mapTo(Instant.class).one()).isEqualTo(nar);
            assertThat(h.createQuery("SELECT id FROM typprov WHERE belopp = :b").bind("b", Money.ofOre(-123_45))
                    .mapTo(Integer.class).one()).isEqualTo(1);
            assertThat(h.createQuery("SELECT belopp FROM typprov WHERE id = 2")
                    .mapTo(new GenericType<Optional<Money>>() { }).one()).isEmpty();
            assertThat(h.createQuery("SELECT anvandare FROM typprov WHERE id = 2")
                    .mapTo(new GenericType<Optional<AnvandareId>>() { }).one()).isEmpty();
        });
    }
}
