package se.bistand.persistence.betalning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.BetalningsmottagareRepository;
import se.bistand.domain.betalning.Konton;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.betalning.Personalkonto;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Kolumner;
import se.bistand.persistence.grund.Tider;

public final class JdbiBetalningsmottagareRepository implements BetalningsmottagareRepository {

    /** Columns of a recipient, prefixed {@code m_} so that joins can read them too. */
    public static final String KOLUMNER = "m.id AS m_id, m.namn AS m_namn, m.personnummer AS m_personnummer, "
            + "m.organisationsnummer AS m_organisationsnummer, m.kontoslag AS m_kontoslag, m.konto AS m_konto, "
            + "m.status AS m_status, m.registrerad_av AS m_registrerad_av, m.registrerad AS m_registrerad, "
            + "m.godkand_av AS m_godkand_av, m.godkand AS m_godkand, m.konto_andrad AS m_konto_andrad, "
            + "m.konto_andrad_av AS m_konto_andrad_av, m.avvisad_av AS m_avvisad_av, m.avvisad AS m_avvisad, "
            + "m.avvisningsorsak AS m_avvisningsorsak, m.version AS m_version";
    private final JdbiTransaktioner tx;

    public JdbiBetalningsmottagareRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public long skapa(Betalningsmottagare m) {
        return tx.handle().createUpdate("INSERT INTO betalningsmottagare (namn, personnummer, organisationsnummer, "
                        + "kontoslag, konto, konto_nyckel, status, registrerad_av, registrerad, konto_andrad) "
                        + "VALUES (:namn, :pnr, :orgnr, :slag, :konto, :nyckel, :status, :av, :nar, :andrad)")
                .bind("namn", m.namn()).bind("pnr", m.personnummer().map(Personnummer::tolvSiffror).orElse(null))
                .bind("orgnr", m.organisationsnummer().map(Organisationsnummer::siffror).orElse(null))
                .bind("slag", Konton.slag(m.konto()).name()).bind("konto", Konton.lagringstext(m.konto()))
                .bind("nyckel", m.konto().normaliserad()).bind("status", m.status().name())
                .bind("av", m.registreradAv().varde()).bind("nar", Tider.utc(m.registrerad()))
                .bind("andrad", Tider.utc(m.kontoAndrad()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public Optional<Betalningsmottagare> hitta(long id) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM betalningsmottagare m WHERE m.id = :id")
                .bind("id", id).map((rs, ctx) -> rad(rs)).findOne();
    }

    @Override
    public List<Betalningsmottagare> alla() {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM betalningsmottagare m "
                + "ORDER BY CASE WHEN m.status = 'VANTAR' THEN 0 ELSE 1 END, m.namn").map((rs, ctx) -> rad(rs)).list();
    }

    @Override
    public void uppdatera(Betalningsmottagare m) {
        Optional<Betalningsmottagare.Avvisning> a = m.avvisning();
        int n = tx.handle().createUpdate("UPDATE betalningsmottagare SET kontoslag = :slag, konto = :konto, "
                        + "konto_nyckel = :nyckel, status = :status, godkand_av = :gav, godkand = :g, "
                        + "konto_andrad = :andrad, konto_andrad_av = :andradAv, avvisad_av = :aav, avvisad = :a, "
                        + "avvisningsorsak = :orsak, godkant_konto_nyckel = CASE WHEN :status <> 'GODKAND' THEN NULL "
                        + "WHEN status <> 'GODKAND' THEN :nyckel ELSE godkant_konto_nyckel END, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .bind("slag", Konton.slag(m.konto()).name()).bind("konto", Konton.lagringstext(m.konto()))
                .bind("nyckel", m.konto().normaliserad()).bind("status", m.status().name())
                .bind("gav", m.godkandAv().map(AnvandareId::varde).orElse(null))
                .bind("g", m.godkand().map(Tider::utc).orElse(null)).bind("andrad", Tider.utc(m.kontoAndrad()))
                .bind("andradAv", m.kontoAndradAv().map(AnvandareId::varde).orElse(null))
                .bind("aav", a.map(x -> x.av().varde()).orElse(null))
                .bind("a", a.map(x -> Tider.utc(x.tid())).orElse(null))
                .bind("orsak", a.map(Betalningsmottagare.Avvisning::orsak).orElse(null))
                .bind("id", m.id()).bind("v", m.version()).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("betalningsmottagare", m.id());
        }
    }

    @Override
    public Set<String> personalkonton() {
        return new HashSet<>(tx.handle().createQuery("SELECT konto_nyckel FROM personalkonto").mapTo(String.class).list());
    }

    @Override
    public List<Personalkonto> personalkontoLista() {
        return tx.handle().createQuery("SELECT anvandare_id, konto_nyckel, kontoslag, konto, registrerad, registrerad_av "
                        + "FROM personalkonto ORDER BY anvandare_id, registrerad, konto_nyckel")
                .map((rs, ctx) -> {
                    String slag = rs.getString("kontoslag");
                    return new Personalkonto(new AnvandareId(rs.getLong("anvandare_id")), rs.getString("konto_nyckel"),
                            slag == null ? Optional.empty()
                                    : Optional.of(Konton.tolka(Konton.Slag.valueOf(slag), rs.getString("konto"))),
                            Kolumner.valfriTid(rs, "registrerad"), Kolumner.anvandare(rs, "registrerad_av"));
                }).list();
    }

    @Override
    public void laggTillPersonalkonto(Personalkonto p) {
        tx.handle().createUpdate("INSERT INTO personalkonto (anvandare_id, konto_nyckel, kontoslag, konto, registrerad, "
                        + "registrerad_av) VALUES (:a, :k, :slag, :konto, :nar, :av)")
                .bind("a", p.anvandare().varde()).bind("k", p.kontonyckel())
                .bind("slag", p.konto().map(k -> Konton.slag(k).name()).orElse(null))
                .bind("konto", p.konto().map(Konton::lagringstext).orElse(null))
                .bind("nar", p.registrerad().map(Tider::utc).orElse(null))
                .bind("av", p.registreradAv().map(AnvandareId::varde).orElse(null)).execute();
    }

    @Override
    public boolean paLastLista(long mottagareId) {
        return tx.handle().createQuery("SELECT COUNT(*) FROM utbetalning u JOIN attest a ON a.id = u.attest_id "
                        + "JOIN attestbeslut b ON b.id = a.attestbeslut_id "
                        + "JOIN utbetalningslista l ON l.id = u.lista_id "
                        + "WHERE b.mottagare_id = :m AND l.status IN ('SIGNERAD_1', 'SIGNERAD_2')")
                .bind("m", mottagareId).mapTo(Long.class).one() > 0;
    }

    /** Reads a recipient from columns named as in {@link #KOLUMNER}. */
    public static Betalningsmottagare rad(ResultSet rs) throws SQLException {
        String pnr = rs.getString("m_personnummer");
        String orgnr = rs.getString("m_organisationsnummer");
        Optional<AnvandareId> avvisadAv = Kolumner.anvandare(rs, "m_avvisad_av");
        Optional<Betalningsmottagare.Avvisning> avvisning = avvisadAv.isEmpty() ? Optional.empty()
                : Optional.of(new Betalningsmottagare.Avvisning(avvisadAv.get(), Kolumner.tid(rs, "m_avvisad"),
                        rs.getString("m_avvisningsorsak")));
        return new Betalningsmottagare(rs.getLong("m_id"), rs.getString("m_namn"),
                pnr == null ? Optional.empty() : Optional.of(Personnummer.parse(pnr, LocalDate.of(2100, 1, 1))),
                orgnr == null ? Optional.empty() : Optional.of(Organisationsnummer.parse(orgnr)),
                Konton.tolka(Konton.Slag.valueOf(rs.getString("m_kontoslag")), rs.getString("m_konto")),
                Betalningsmottagare.Status.valueOf(rs.getString("m_status")),
                new AnvandareId(rs.getLong("m_registrerad_av")), Kolumner.tid(rs, "m_registrerad"),
                Kolumner.anvandare(rs, "m_godkand_av"), Kolumner.valfriTid(rs, "m_godkand"),
                Kolumner.tid(rs, "m_konto_andrad"), Kolumner.anvandare(rs, "m_konto_andrad_av"),
                avvisning, rs.getLong("m_version"));
    }
}
