package se.bistand.persistence.behorighet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

public final class JdbiAnvandareRepository implements AnvandareRepository {

    private static final String KOLUMNER = "id, anvandarnamn, namn, roll, personnummer, losenordshash, aktiv, "
            + "misslyckade_forsok, last, senast_inloggad, version";
    private final JdbiTransaktioner tx;
    private final Clock klocka;

    public JdbiAnvandareRepository(JdbiTransaktioner tx, Clock klocka) {
        this.tx = tx;
        this.klocka = klocka;
    }

    @Override
    public Optional<Anvandare> hitta(String anvandarnamn) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM anvandare WHERE anvandarnamn = :n")
                .bind("n", anvandarnamn).map((rs, ctx) -> rad(rs)).findOne();
    }

    @Override
    public Optional<Anvandare> hitta(AnvandareId id) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM anvandare WHERE id = :id")
                .bind("id", id.varde()).map((rs, ctx) -> rad(rs)).findOne();
    }

    @Override
    public List<Anvandare> alla() {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM anvandare ORDER BY namn")
                .map((rs, ctx) -> rad(rs)).list();
    }

    @Override
    public AnvandareId skapa(NyAnvandare ny) {
        long id = tx.handle().createUpdate("INSERT INTO anvandare (anvandarnamn, namn, roll, personnummer, "
                        + "losenordshash, skapad) VALUES (:a, :n, :r, :p, :h, :s)")
                .bind("a", ny.anvandarnamn()).bind("n", ny.namn()).bind("r", ny.roll().name())
                .bind("p", ny.personnummer().map(Personnummer::tolvSiffror).orElse(null))
                .bind("h", ny.losenordshash()).bind("s", Tider.utc(klocka.instant()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new AnvandareId(id);
    }

    @Override
    public Anvandare uppdatera(Anvandare a) {
        int rader = tx.handle().createUpdate("UPDATE anvandare SET namn = :n, roll = :r, losenordshash = :h, "
                        + "aktiv = :ak, misslyckade_forsok = :f, last = :l, senast_inloggad = :si, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .bind("n", a.namn()).bind("r", a.roll().name()).bind("h", a.losenordshash())
                .bind("ak", a.aktiv()).bind("f", a.misslyckadeForsok()).bind("l", a.last())
                .bind("si", Tider.utc(a.senastInloggad())).bind("id", a.id().varde()).bind("v", a.version())
                .execute();
        if (rader != 1) {
            throw new OptimistiskLasningException("anvandare", a.id());
        }
        return hitta(a.id()).orElseThrow();
    }

    private static Anvandare rad(ResultSet rs) throws SQLException {
        String pnr = rs.getString("personnummer");
        return new Anvandare(new AnvandareId(rs.getLong("id")), rs.getString("anvandarnamn"), rs.getString("namn"),
                Roll.valueOf(rs.getString("roll")),
                pnr == null ? Optional.empty() : Optional.of(Personnummer.parse(pnr, LocalDate.of(2100, 1, 1))),
                rs.getString("losenordshash"), rs.getBoolean("aktiv"), rs.getInt("misslyckade_forsok"),
                rs.getBoolean("last"), Tider.instant(rs.getObject("senast_inloggad", OffsetDateTime.class)),
                rs.getLong("version"));
    }
}
