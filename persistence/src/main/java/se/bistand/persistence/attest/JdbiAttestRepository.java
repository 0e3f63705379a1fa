package se.bistand.persistence.attest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.attest.AttestRepository;
import se.bistand.domain.attest.Uppdelning;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Krockar;
import se.bistand.persistence.grund.Tider;

public final class JdbiAttestRepository implements AttestRepository {

    /** Columns of a decision under attest, prefixed {@code b_} so that joins can read them too. */
    public static final String KOLUMNER = "b.id AS b_id, b.beslut_id AS b_beslut_id, b.arende_id AS b_arende_id, "
            + "b.arende_text AS b_arende_text, b.hushall_id AS b_hushall_id, b.beslutstyp AS b_beslutstyp, "
            + "b.belopp_ore AS b_belopp_ore, b.livsforing_ore AS b_livsforing_ore, b.norm_ore AS b_norm_ore, b.kostnader_ore AS b_kostnader_ore, "
            + "b.inkomster_ore AS b_inkomster_ore, b.betalningsdatum AS b_betalningsdatum, "
            + "b.mottagare_id AS b_mottagare_id, b.foreslagen_av AS b_foreslagen_av, b.beslutad_av AS b_beslutad_av, "
            + "b.status AS b_status, b.retur_kommentar AS b_retur_kommentar, b.skapad AS b_skapad, "
            + "b.version AS b_version";
    private final JdbiTransaktioner tx;

    public JdbiAttestRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public long skapa(AttestBeslut b) {
        return Krockar.unik("beslut", b.beslutId(), () -> tx.handle().createUpdate("INSERT INTO attestbeslut (beslut_id, "
                        + "arende_id, arende_text, hushall_id, beslutstyp, belopp_ore, livsforing_ore, norm_ore, "
                        + "kostnader_ore, inkomster_ore, betalningsdatum, mottagare_id, foreslagen_av, beslutad_av, status, "
                        + "skapad) VALUES (:beslut, :arende, :text, :hushall, :typ, :belopp, :livsforing, :norm, :kostnader, :inkomster, "
                        + ":datum, :mottagare, :foreslagen, :beslutad, :status, :skapad)")
                .bind("beslut", b.beslutId()).bind("arende", b.arendeId().orElse(null)).bind("text", b.arendeText())
                .bind("hushall", b.hushallId()).bind("typ", b.typ()).bind("belopp", b.belopp())
                .bind("livsforing", b.livsforing())
                .bind("norm", b.berakning().norm()).bind("kostnader", b.berakning().kostnader())
                .bind("inkomster", b.berakning().inkomster()).bind("datum", b.betalningsdatum())
                .bind("mottagare", b.mottagareId()).bind("foreslagen", b.foreslagenAv())
                .bind("beslutad", b.beslutadAv().map(AnvandareId::varde).orElse(null))
                .bind("status", b.status()).bind("skapad", Tider.utc(b.skapad()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public Optional<AttestBeslut> hitta(long id) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM attestbeslut b WHERE b.id = :id").bind("id", id)
                .map(AttestbeslutRad.MAPPNING).map(AttestbeslutRad::beslut).findOne();
    }

    @Override
    public Optional<AttestBeslut> hittaForBeslut(long beslutId) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM attestbeslut b WHERE b.beslut_id = :b")
                .bind("b", beslutId).map(AttestbeslutRad.MAPPNING).map(AttestbeslutRad::beslut).findOne();
    }

    @Override
    public List<AttestBeslut> medStatus(AttestBeslut.Status... status) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM attestbeslut b WHERE b.status IN (<s>) "
                        + "ORDER BY b.betalningsdatum, b.skapad, b.id")
                .bindList("s", Arrays.stream(status).map(Enum::name).toList()).map(AttestbeslutRad.MAPPNING).map(AttestbeslutRad::beslut).list();
    }

    @Override
    public List<AttestBeslut> attesteradePaOsigneradLista(AnvandareId attestant) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM attestbeslut b "
                        + "JOIN attest a ON a.attestbeslut_id = b.id JOIN utbetalning u ON u.attest_id = a.id "
                        + "JOIN utbetalningslista l ON l.id = u.lista_id WHERE b.status = 'ATTESTERAD' "
                        + "AND a.attesterad_av = :v AND l.status IN ('UTKAST', 'GRANSKAD') "
                        + "ORDER BY b.betalningsdatum, b.skapad, b.id")
                .bind("v", attestant.varde()).map(AttestbeslutRad.MAPPNING).map(AttestbeslutRad::beslut).list();
    }

    @Override
    public List<AttestBeslut> inblandad(AnvandareId vem, Instant sedan) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM attestbeslut b "
                        + "WHERE (b.foreslagen_av = :v OR b.beslutad_av = :v) "
                        + "AND (b.status IN ('FORSLAG', 'VANTAR_ATTEST') OR b.skapad >= :sedan) "
                        + "ORDER BY b.skapad DESC, b.id DESC")
                .bind("v", vem.varde()).bind("sedan", Tider.utc(sedan)).map(AttestbeslutRad.MAPPNING).map(AttestbeslutRad::beslut).list();
    }

    @Override
    public void uppdatera(AttestBeslut b) {
        int n = tx.handle().createUpdate("UPDATE attestbeslut SET status = :s, beslutad_av = :av, retur_kommentar = :k, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .bind("s", b.status().name()).bind("av", b.beslutadAv().map(AnvandareId::varde).orElse(null))
                .bind("k", b.returKommentar().orElse(null)).bind("id", b.id()).bind("v", b.version()).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("beslut", b.beslutId());
        }
    }

    @Override
    public long attestera(long attestBeslutId, AnvandareId beslutadAv, AnvandareId attesteradAv, Instant nar,
                          Attestratt ratt) {
        boolean livsforing = ratt.livsforing().isPositive();
        return Krockar.unik("attest", attestBeslutId, () -> tx.handle().createUpdate("INSERT INTO attest "
                        + "(attestbeslut_id, beslutad_av, attesterad_av, attesterad, attestant_roll, ordning_id, "
                        + "beslutstyp, belopp_ore, livsforing_ore, attest_grans_ore, livsforing_typ, livsforing_grans_ore) "
                        + "VALUES (:b, :bav, :aav, :nar, :roll, :ordning, :typ, :belopp, :livs, :grans, :livstyp, :livsgrans)")
                .bind("b", attestBeslutId).bind("bav", beslutadAv.varde()).bind("aav", attesteradAv.varde())
                .bind("nar", Tider.utc(nar)).bind("roll", ratt.roll().name()).bind("ordning", ratt.ordningId())
                .bind("typ", ratt.typ().name()).bind("belopp", ratt.belopp().ore()).bind("livs", ratt.livsforing().ore())
                .bind("grans", ratt.grans().map(Money::ore).orElse(Long.MAX_VALUE))
                .bind("livstyp", livsforing ? Beslutstyp.LIVSFORING_I_OVRIGT.name() : null)
                .bind("livsgrans", livsforing ? ratt.livsforingGrans().map(Money::ore).orElse(Long.MAX_VALUE) : null)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public List<Uppdelning.Del> livsforingsdelar() {
        return tx.handle().createQuery("SELECT a.id, a.arende_id, s.manad, a.foreslagen_av, a.beslutstyp, a.belopp_ore, "
                        + "a.livsforing_ore, a.betalningsdatum FROM attestbeslut a JOIN beslut s ON s.id = a.beslut_id "
                        + "WHERE a.status <> 'RETURNERAD' AND a.arende_id IS NOT NULL "
                        + "AND (a.beslutstyp = 'LIVSFORING_I_OVRIGT' OR a.livsforing_ore > 0) "
                        + "AND EXISTS (SELECT 1 FROM attestbeslut v JOIN beslut vs ON vs.id = v.beslut_id "
                        + "WHERE v.arende_id = a.arende_id AND vs.manad = s.manad AND v.status IN ('FORSLAG', 'VANTAR_ATTEST'))")
                .map((rs, ctx) -> new Uppdelning.Del(rs.getLong("id"), rs.getLong("arende_id"),
                        java.time.YearMonth.parse(rs.getString("manad").strip()), new AnvandareId(rs.getLong("foreslagen_av")),
                        Money.ofOre(Beslutstyp.valueOf(rs.getString("beslutstyp")) == Beslutstyp.LIVSFORING_I_OVRIGT
                                ? rs.getLong("belopp_ore") : rs.getLong("livsforing_ore")),
                        rs.getObject("betalningsdatum", java.time.LocalDate.class)))
                .list();
    }

    @Override
    public Map<String, Set<Long>> hushallPerKonto() {
        Map<String, Set<Long>> m = new HashMap<>();
        tx.handle().createQuery("SELECT DISTINCT m.konto_nyckel, b.hushall_id FROM attestbeslut b "
                        + "JOIN betalningsmottagare m ON m.id = b.mottagare_id WHERE m.personnummer IS NOT NULL "
                        + "AND b.status <> 'RETURNERAD'")
                .map((rs, ctx) -> m.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2))).list();
        return m;
    }

    /** Reads a decision from columns named as in {@link #KOLUMNER} (also inside a join). */
    public static AttestBeslut rad(ResultSet rs, StatementContext ctx) throws SQLException {
        return AttestbeslutRad.MAPPNING.map(rs, ctx).beslut();
    }
}
