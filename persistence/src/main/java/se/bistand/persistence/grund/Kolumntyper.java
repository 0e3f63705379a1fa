package se.bistand.persistence.grund;

import java.lang.reflect.Type;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.Money;

/**
 * The domain's value types as Jdbi reads and binds them, registered once on the Jdbi instance
 * ({@link Databas}): {@link Money} is a {@code BIGINT} of öre, the typed ids are {@code BIGINT},
 * timestamps are read as {@link OffsetDateTime} (as {@link Tider} binds them). Enums need nothing:
 * Jdbi binds and reads them by name. So a row record ({@code AttestbeslutRad}) is mapped by
 * column name with {@code ConstructorMapper}, and a query binds {@code Money} or an id as it is.
 */
public final class Kolumntyper {

    private Kolumntyper() {
    }

    /** Registers the argument factories and column mappers on {@code jdbi}; returns it. */
    public static Jdbi registrera(Jdbi jdbi) {
        return jdbi
                .registerArgument(new Heltal<>(Money.class, Money::ore))
                .registerArgument(new Heltal<>(AnvandareId.class, AnvandareId::varde))
                .registerArgument(new Heltal<>(PersonId.class, PersonId::varde))
                .registerArgument(new Heltal<>(ArendeId.class, ArendeId::varde))
                .registerArgument(new Heltal<>(BeslutId.class, BeslutId::varde))
                .registerColumnMapper(Money.class, heltal(Money::ofOre))
                .registerColumnMapper(AnvandareId.class, heltal(AnvandareId::new))
                .registerColumnMapper(PersonId.class, heltal(PersonId::new))
                .registerColumnMapper(ArendeId.class, heltal(ArendeId::new))
                .registerColumnMapper(BeslutId.class, heltal(BeslutId::new))
                .registerColumnMapper(Instant.class, (rs, kol, ctx) -> Tider.instant(rs.getObject(kol, OffsetDateTime.class)));
    }

    /** A {@code BIGINT} column read into {@code T}; SQL NULL is {@code null} (or an empty {@code Optional<T>}). */
    private static <T> ColumnMapper<T> heltal(LongFunction<T> typ) {
        return (rs, kol, ctx) -> {
            long v = rs.getLong(kol);
            return rs.wasNull() ? null : typ.apply(v);
        };
    }

    /** Binds a {@code T} as the {@code BIGINT} it wraps; {@code null} as SQL NULL. */
    private record Heltal<T>(Class<T> typ, ToLongFunction<T> varde) implements ArgumentFactory.Preparable {
        @Override
        public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
            if (!typ.equals(type)) {
                return Optional.empty();
            }
            return Optional.of(v -> v == null ? new NullArgument(Types.BIGINT)
                    : (pos, stmt, ctx) -> stmt.setLong(pos, varde.applyAsLong(typ.cast(v))));
        }
    }
}
