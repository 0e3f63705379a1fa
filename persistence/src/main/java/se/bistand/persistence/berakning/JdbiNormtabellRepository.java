package se.bistand.persistence.berakning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.berakning.Normtabell;
import se.bistand.domain.berakning.NormtabellParser;
import se.bistand.domain.berakning.NormtabellPost;
import se.bistand.domain.berakning.NormtabellRegister;
import se.bistand.domain.berakning.NormtabellStatus;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

/**
 * The norm tables in table {@code normtabell} (V020). Only confirmed tables are calculated
 * with. The two look-ups of the calculator's port join the caller's transaction or open their
 * own, so a {@code Berakningstjanst} over this repository works from any background thread.
 */
public final class JdbiNormtabellRepository implements NormtabellRegister {

    private static final String KOLUMNER = "id, tabell_id, version, status, innehall, registrerad_av_id, "
            + "registrerad_av, registrerad, bekraftad_av_id, bekraftad_av, bekraftad";

    private final JdbiTransaktioner tx;

    public JdbiNormtabellRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Normtabell> hittaBekraftad(int ar) {
        return tx.iTransaktion(() -> tx.handle().createQuery("SELECT " + KOLUMNER + " FROM normtabell WHERE ar = :ar AND status = 'BEKRAFTAD' "
                        + "ORDER BY demo, bekraftad DESC, version DESC LIMIT 1")
                .bind("ar", ar).map((rs, ctx) -> rad(rs).tabell()).findOne());
    }

    @Override
    public Optional<Normtabell> hittaVersion(String id, int version) {
        return tx.iTransaktion(() -> tx.handle().createQuery("SELECT " + KOLUMNER + " FROM normtabell WHERE tabell_id = :id AND version = :v")
                .bind("id", id).bind("v", version).map((rs, ctx) -> rad(rs).tabell()).findOne());
    }

    @Override
    public List<NormtabellPost> lista() {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM normtabell ORDER BY ar DESC, demo, version DESC")
                .map((rs, ctx) -> rad(rs)).list();
    }

    @Override
    public Optional<NormtabellPost> hitta(long dbId) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM normtabell WHERE id = :id")
                .bind("id", dbId).map((rs, ctx) -> rad(rs)).findOne();
    }

    @Override
    public long spara(Normtabell t, Optional<AnvandareId> registreradAv, Instant registrerad) {
        boolean bekraftad = t.status() == NormtabellStatus.BEKRAFTAD;
        return tx.handle().createUpdate("INSERT INTO normtabell (tabell_id, version, ar, demo, status, kalla, innehall, "
                        + "registrerad_av_id, registrerad_av, registrerad, bekraftad_av, bekraftad) "
                        + "VALUES (:id, :v, :ar, :demo, :status, :kalla, :innehall, :rid, :rav, :rtid, :bav, :btid)")
                .bind("id", t.id()).bind("v", t.version()).bind("ar", t.ar()).bind("demo", t.demo())
                .bind("status", t.status().name()).bind("kalla", t.kalla()).bind("innehall", NormtabellParser.skriv(t))
                .bind("rid", registreradAv.map(AnvandareId::varde).orElse(null))
                .bind("rav", t.registreradAv())
                .bind("rtid", Tider.utc(registrerad))
                .bind("bav", bekraftad ? t.bekraftadAv() : null)
                .bind("btid", bekraftad ? Tider.utc(registrerad) : null)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public void bekrafta(long dbId, AnvandareId av, String namn, Instant tid) {
        int rader = tx.handle().createUpdate("UPDATE normtabell SET status = 'BEKRAFTAD', bekraftad_av_id = :av, "
                        + "bekraftad_av = :namn, bekraftad = :tid WHERE id = :id AND status = 'UTKAST'")
                .bind("av", av.varde()).bind("namn", namn).bind("tid", Tider.utc(tid)).bind("id", dbId).execute();
        if (rader != 1) {
            throw new OptimistiskLasningException("normtabell", dbId);
        }
    }

    @Override
    public int nastaVersion(String id) {
        return tx.handle().createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM normtabell WHERE tabell_id = :id")
                .bind("id", id).mapTo(Integer.class).one();
    }

    /** The stored text holds the amounts; status and names come from the columns. */
    private static NormtabellPost rad(ResultSet rs) throws SQLException {
        Normtabell lagrad = NormtabellParser.parseNormtabell(rs.getString("innehall"));
        String bekraftadAv = rs.getString("bekraftad_av");
        Normtabell t = new Normtabell(lagrad.id(), lagrad.version(), lagrad.ar(),
                NormtabellStatus.valueOf(rs.getString("status")), lagrad.demo(), lagrad.kalla(),
                rs.getString("registrerad_av"), bekraftadAv == null ? "" : bekraftadAv, lagrad.barn(),
                lagrad.barnEjLunch(), lagrad.ensamstaende(), lagrad.sambor(), lagrad.gemensamma());
        long rid = rs.getLong("registrerad_av_id");
        Optional<AnvandareId> registreradAvId = rs.wasNull() ? Optional.empty() : Optional.of(new AnvandareId(rid));
        long bid = rs.getLong("bekraftad_av_id");
        Optional<AnvandareId> bekraftadAvId = rs.wasNull() ? Optional.empty() : Optional.of(new AnvandareId(bid));
        return new NormtabellPost(rs.getLong("id"), t, registreradAvId,
                Tider.instant(rs.getObject("registrerad", OffsetDateTime.class)), bekraftadAvId,
                Optional.ofNullable(Tider.instant(rs.getObject("bekraftad", OffsetDateTime.class))));
    }
}
