package se.bistand.persistence.avvikelse;

import static se.bistand.persistence.avvikelse.JdbiAvvikelseRepository.dag;
import static se.bistand.persistence.avvikelse.JdbiAvvikelseRepository.tid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.avvikelse.Synpunkt;
import se.bistand.domain.avvikelse.SynpunktRepository;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

/** Synpunkter och klagomål in {@code synpunkt}. */
public final class JdbiSynpunktRepository implements SynpunktRepository {

    private final JdbiTransaktioner tx;

    public JdbiSynpunktRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public Synpunkt skapa(Synpunkt ny) {
        var u = tx.handle().createUpdate("INSERT INTO synpunkt (typ, kanal, inkom, innehall, lank_typ, lank_id, "
                + "lank_text, lank_skyddad, status, registrerad_av, registrerad_av_namn, registrerad) VALUES (:typ, "
                + ":kanal, :inkom, :innehall, :lank_typ, :lank_id, :lank_text, :lank_skyddad, :status, :av, :avNamn, "
                + ":registrerad)");
        LankKolumner.bind(u, ny.lank());
        long id = u.bind("typ", ny.typ().name()).bind("kanal", ny.kanal().name()).bind("inkom", ny.inkom())
                .bind("innehall", ny.innehall()).bind("status", ny.status().name())
                .bind("av", ny.registreradAv().varde()).bind("avNamn", ny.registreradAvNamn())
                .bind("registrerad", Tider.utc(ny.registrerad()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return hitta(id).orElseThrow();
    }

    @Override
    public Synpunkt uppdatera(Synpunkt s) {
        int rader = tx.handle().createUpdate("UPDATE synpunkt SET status = :status, svar = :svar, "
                        + "besvarad_av_namn = :besvaradAv, besvarad = :besvarad, avslutad = :avslutad, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .bind("status", s.status().name()).bind("svar", s.svar()).bind("besvaradAv", s.besvaradAvNamn())
                .bind("besvarad", Tider.utc(s.besvarad().orElse(null)))
                .bind("avslutad", Tider.utc(s.avslutad().orElse(null)))
                .bind("id", s.id()).bind("version", s.version()).execute();
        if (rader != 1) {
            throw new OptimistiskLasningException("synpunkt", s.id());
        }
        return hitta(s.id()).orElseThrow();
    }

    @Override
    public Optional<Synpunkt> hitta(long id) {
        return tx.handle().createQuery("SELECT * FROM synpunkt WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> rad(rs)).findOne();
    }

    @Override
    public List<Synpunkt> alla() {
        return tx.handle().createQuery("SELECT * FROM synpunkt ORDER BY inkom DESC, id DESC")
                .map((rs, ctx) -> rad(rs)).list();
    }

    private static Synpunkt rad(ResultSet rs) throws SQLException {
        return new Synpunkt(rs.getLong("id"), Synpunkt.Typ.valueOf(rs.getString("typ")),
                Synpunkt.Kanal.valueOf(rs.getString("kanal")), dag(rs, "inkom"), rs.getString("innehall"),
                LankKolumner.las(rs), Synpunkt.Status.valueOf(rs.getString("status")),
                new AnvandareId(rs.getLong("registrerad_av")), rs.getString("registrerad_av_namn"),
                tid(rs, "registrerad"), rs.getString("svar"), rs.getString("besvarad_av_namn"),
                Optional.ofNullable(tid(rs, "besvarad")), Optional.ofNullable(tid(rs, "avslutad")),
                rs.getLong("version"));
    }
}
