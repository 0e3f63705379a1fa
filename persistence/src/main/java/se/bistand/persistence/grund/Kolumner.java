package se.bistand.persistence.grund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/** Reading nullable columns into domain types. */
public final class Kolumner {
    private Kolumner() {
    }

    public static Optional<AnvandareId> anvandare(ResultSet rs, String kol) throws SQLException {
        long v = rs.getLong(kol);
        return rs.wasNull() ? Optional.empty() : Optional.of(new AnvandareId(v));
    }

    public static Optional<Money> belopp(ResultSet rs, String kol) throws SQLException {
        long v = rs.getLong(kol);
        return rs.wasNull() ? Optional.empty() : Optional.of(Money.ofOre(v));
    }

    public static Instant tid(ResultSet rs, String kol) throws SQLException {
        return Tider.instant(rs.getObject(kol, OffsetDateTime.class));
    }

    public static Optional<Instant> valfriTid(ResultSet rs, String kol) throws SQLException {
        return Optional.ofNullable(tid(rs, kol));
    }
}
