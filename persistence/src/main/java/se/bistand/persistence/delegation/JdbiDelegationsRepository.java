package se.bistand.persistence.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.delegation.DelegationsRepository;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Kolumner;
import se.bistand.persistence.grund.Tider;

public final class JdbiDelegationsRepository implements DelegationsRepository {

    private final JdbiTransaktioner tx;

    public JdbiDelegationsRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public List<Delegationsordning> alla() {
        Map<Long, List<DelegationsRegel>> regler = new HashMap<>();
        tx.handle().createQuery("SELECT * FROM delegationsregel ORDER BY ordning_id, beslutstyp, roll")
                .map((rs, ctx) -> {
                    regler.computeIfAbsent(rs.getLong("ordning_id"), k -> new ArrayList<>()).add(regel(rs));
                    return 0;
                }).list();
        return tx.handle().createQuery("SELECT * FROM delegationsordning ORDER BY id")
                .map((rs, ctx) -> ordning(rs, regler.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    @Override
    public Optional<Delegationsordning> hitta(long id) {
        return alla().stream().filter(o -> o.id() == id).findFirst();
    }

    @Override
    public long foresla(Delegationsordning ny) {
        long id = tx.handle().createUpdate("INSERT INTO delegationsordning (giltig_fran, status, beskrivning, "
                        + "foreslagen_av, foreslagen) VALUES (:g, :s, :b, :av, :nar)")
                .bind("g", ny.giltigFran()).bind("s", ny.status().name()).bind("b", ny.beskrivning())
                .bind("av", ny.foreslagenAv().map(AnvandareId::varde).orElse(null))
                .bind("nar", Tider.utc(ny.foreslagen()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (DelegationsRegel r : ny.regler()) {
            tx.handle().createUpdate("INSERT INTO delegationsregel (ordning_id, beslutstyp, roll, far_besluta, "
                            + "beslut_max_ore, far_attestera, attest_max_ore, attest_grans_ore) "
                            + "VALUES (:o, :t, :r, :fb, :bm, :fa, :am, :ag)")
                    .bind("o", id).bind("t", r.typ().name()).bind("r", r.roll().name())
                    .bind("fb", r.farBesluta()).bind("bm", r.beslutMax().map(Money::ore).orElse(null))
                    .bind("fa", r.farAttestera()).bind("am", r.attestMax().map(Money::ore).orElse(null))
                    .bind("ag", r.farAttestera() ? r.attestMax().map(Money::ore).orElse(Long.MAX_VALUE) : null)
                    .execute();
        }
        return id;
    }

    @Override
    public void avgor(long id, Delegationsordning.Status status, AnvandareId av, Instant nar, long version) {
        int n = tx.handle().createUpdate("UPDATE delegationsordning SET status = :s, beslutad_av = :av, beslutad = :nar, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .bind("s", status.name()).bind("av", av.varde()).bind("nar", Tider.utc(nar)).bind("id", id)
                .bind("v", version).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("delegationsordning", id);
        }
    }

    private static DelegationsRegel regel(ResultSet rs) throws SQLException {
        return new DelegationsRegel(Beslutstyp.valueOf(rs.getString("beslutstyp")), Roll.valueOf(rs.getString("roll")),
                rs.getBoolean("far_besluta"), Kolumner.belopp(rs, "beslut_max_ore"), rs.getBoolean("far_attestera"),
                Kolumner.belopp(rs, "attest_max_ore"));
    }

    private static Delegationsordning ordning(ResultSet rs, List<DelegationsRegel> regler) throws SQLException {
        return new Delegationsordning(rs.getLong("id"), rs.getObject("giltig_fran", LocalDate.class),
                Delegationsordning.Status.valueOf(rs.getString("status")), rs.getString("beskrivning"),
                Kolumner.anvandare(rs, "foreslagen_av"), Kolumner.tid(rs, "foreslagen"),
                Kolumner.anvandare(rs, "beslutad_av"),
                Kolumner.valfriTid(rs, "beslutad"), regler,
                rs.getLong("version"));
    }
}
