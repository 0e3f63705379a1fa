package se.bistand.persistence.utbetalning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.utbetalning.Signeringsregel;
import se.bistand.domain.utbetalning.SigneringsregelRepository;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Kolumner;
import se.bistand.persistence.grund.Tider;

public final class JdbiSigneringsregelRepository implements SigneringsregelRepository {

    private final JdbiTransaktioner tx;

    public JdbiSigneringsregelRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public List<Signeringsregel> alla() {
        Map<Long, List<Roll>> roller = new HashMap<>();
        tx.handle().createQuery("SELECT * FROM signeringsregel_plats ORDER BY regel_id, plats")
                .map((rs, ctx) -> roller.computeIfAbsent(rs.getLong("regel_id"), k -> new ArrayList<>())
                        .add(Roll.valueOf(rs.getString("roll")))).list();
        return tx.handle().createQuery("SELECT * FROM signeringsregel ORDER BY id")
                .map((rs, ctx) -> regel(rs, roller.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    @Override
    public Optional<Signeringsregel> hitta(long id) {
        return alla().stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public long foresla(Signeringsregel ny) {
        long id = tx.handle().createUpdate("INSERT INTO signeringsregel (status, beskrivning, foreslagen_av, foreslagen) "
                        + "VALUES (:s, :b, :av, :nar)")
                .bind("s", ny.status().name()).bind("b", ny.beskrivning())
                .bind("av", ny.foreslagenAv().map(AnvandareId::varde).orElse(null))
                .bind("nar", Tider.utc(ny.foreslagen()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (int plats = 1; plats <= ny.roller().size(); plats++) {
            tx.handle().createUpdate("INSERT INTO signeringsregel_plats (regel_id, plats, roll) VALUES (:r, :p, :roll)")
                    .bind("r", id).bind("p", plats).bind("roll", ny.roller().get(plats - 1).name()).execute();
        }
        return id;
    }

    @Override
    public void avgor(long id, Signeringsregel.Status status, AnvandareId av, Instant nar, long version) {
        int n = tx.handle().createUpdate("UPDATE signeringsregel SET status = :s, beslutad_av = :av, beslutad = :nar, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .bind("s", status.name()).bind("av", av.varde()).bind("nar", Tider.utc(nar)).bind("id", id)
                .bind("v", version).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("signeringsregel", id);
        }
    }

    private static Signeringsregel regel(ResultSet rs, List<Roll> roller) throws SQLException {
        return new Signeringsregel(rs.getLong("id"), roller, rs.getString("beskrivning"),
                Signeringsregel.Status.valueOf(rs.getString("status")), Kolumner.anvandare(rs, "foreslagen_av"),
                Kolumner.tid(rs, "foreslagen"), Kolumner.anvandare(rs, "beslutad_av"), Kolumner.valfriTid(rs, "beslutad"),
                rs.getLong("version"));
    }
}
