package se.bistand.persistence.avvikelse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;
import se.bistand.domain.avvikelse.Lank;

/** The four {@code lank_*} columns shared by avvikelse and synpunkt. */
final class LankKolumner {
    private LankKolumner() {
    }

    static Update bind(Update u, Optional<Lank> lank) {
        return u.bind("lank_typ", lank.map(l -> l.typ().name()).orElse(null))
                .bind("lank_id", lank.map(Lank::id).orElse(null))
                .bind("lank_text", lank.map(Lank::visningstext).orElse(null))
                .bind("lank_skyddad", lank.map(Lank::skyddad).orElse(false));
    }

    static Optional<Lank> las(ResultSet rs) throws SQLException {
        String typ = rs.getString("lank_typ");
        if (typ == null) {
            return Optional.empty();
        }
        return Optional.of(new Lank(Lank.Typ.valueOf(typ), rs.getLong("lank_id"), rs.getString("lank_text"),
                rs.getBoolean("lank_skyddad")));
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> typ, String v) {
        return v == null ? null : Enum.valueOf(typ, v);
    }
}
