package se.bistand.persistence.arende;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import se.bistand.domain.arende.Ansokan;
import se.bistand.domain.arende.Ansokningstyp;
import se.bistand.domain.arende.Arbetsbelastning;
import se.bistand.domain.arende.Arende;
import se.bistand.domain.arende.ArendeRepository;
import se.bistand.domain.arende.ArendeStatus;
import se.bistand.domain.arende.Arenderad;
import se.bistand.domain.arende.Bevakningsunderlag;
import se.bistand.domain.arende.Checklistpost;
import se.bistand.domain.arende.Hushallsdeltagare;
import se.bistand.domain.arende.Hushallsroll;
import se.bistand.domain.arende.Journalanteckning;
import se.bistand.domain.arende.Kanal;
import se.bistand.domain.arende.Kontrollpunkt;
import se.bistand.domain.arende.Kontrollstatus;
import se.bistand.domain.arende.Uppfoljning;
import se.bistand.domain.arende.Uppfoljningstyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

public final class JdbiArendeRepository implements ArendeRepository {

    private static final String ARENDE = "a.id, a.nummer, a.sokande_id, a.status, a.handlaggare_id, a.aktualiserad, "
            + "a.nybesok, a.avslutad, a.version";

    /** One row per case with everything the deadline rules need, as correlated subqueries on indexed columns. */
    private static final String LISTA = "SELECT " + ARENDE + ", " + JdbiPersonRepository.KOLUMNER
            + ", u.namn AS handlaggare_namn"
            + ", (SELECT MAX(s.inkommen) FROM ansokan s WHERE s.arende_id = a.id) AS ansokan_inkommen"
            + ", (SELECT COUNT(*) FROM kontrollpunkt k WHERE k.status = 'EJ_KONTROLLERAD' AND k.ansokan_id = "
            + "   (SELECT MAX(s2.id) FROM ansokan s2 WHERE s2.arende_id = a.id)) AS oppna"
            + ", (SELECT COUNT(*) FROM hushall_medlem h WHERE h.arende_id = a.id AND h.roll = 'BARN' "
            + "   AND h.fran <= :idag AND (h.till IS NULL OR h.till >= :idag)) AS barn"
            + ", (SELECT COUNT(*) FROM hushall_medlem h WHERE h.arende_id = a.id AND h.roll != 'BARN' "
            + "   AND h.fran <= :idag AND (h.till IS NULL OR h.till >= :idag)) AS vuxna"
            + ", (SELECT MAX(h.fran) FROM hushall_medlem h WHERE h.arende_id = a.id) AS max_fran"
            + ", (SELECT MAX(h.till) FROM hushall_medlem h WHERE h.arende_id = a.id) AS max_till"
            + ", (SELECT COUNT(*) FROM hushall_medlem h JOIN person hp ON hp.id = h.person_id "
            + "   WHERE h.arende_id = a.id AND hp.skyddad_identitet = TRUE) AS skyddade"
            + ", (SELECT MAX(f.nasta) FROM uppfoljning f WHERE f.arende_id = a.id AND f.typ = 'HANDLINGSPLAN') AS hp_nasta"
            + ", (SELECT MAX(f.datum) FROM uppfoljning f WHERE f.arende_id = a.id AND f.typ = 'FREDA') AS freda"
            + ", (SELECT MAX(f.datum) FROM uppfoljning f WHERE f.arende_id = a.id AND f.typ = 'BARNKONSEKVENSANALYS') AS bka"
            + ", (SELECT f.nasta FROM uppfoljning f WHERE f.arende_id = a.id AND f.typ IN ('FORMEDLINGSMEDEL_START', "
            + "   'FORMEDLINGSMEDEL_OMPROVNING', 'FORMEDLINGSMEDEL_AVSLUT') ORDER BY f.id DESC LIMIT 1) AS formedling"
            + " FROM arende a JOIN person p ON p.id = a.sokande_id LEFT JOIN anvandare u ON u.id = a.handlaggare_id ";

    private final JdbiTransaktioner tx;

    public JdbiArendeRepository(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public String nastaNummer(int ar) {
        int n = tx.handle().createUpdate("UPDATE arendenummer SET senaste = senaste + 1 WHERE ar = :ar")
                .bind("ar", ar).execute();
        if (n == 0) {
            tx.handle().createUpdate("INSERT INTO arendenummer (ar, senaste) VALUES (:ar, 1)").bind("ar", ar).execute();
        }
        int senaste = tx.handle().createQuery("SELECT senaste FROM arendenummer WHERE ar = :ar").bind("ar", ar)
                .mapTo(Integer.class).one();
        return String.format("%d-%04d", ar, senaste);
    }

    @Override
    public ArendeId skapa(String nummer, PersonId sokande, LocalDate aktualiserad, AnvandareId handlaggare) {
        long id = tx.handle().createUpdate("INSERT INTO arende (nummer, sokande_id, status, handlaggare_id, aktualiserad) "
                        + "VALUES (:n, :s, 'AKTUALISERAD', :h, :d)")
                .bind("n", nummer).bind("s", sokande.varde()).bind("h", handlaggare == null ? null : handlaggare.varde())
                .bind("d", aktualiserad).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new ArendeId(id);
    }

    @Override
    public Optional<Arende> hitta(ArendeId id) {
        return tx.handle().createQuery("SELECT " + ARENDE + " FROM arende a WHERE a.id = :id").bind("id", id.varde())
                .map((rs, ctx) -> arende(rs)).findOne();
    }

    @Override
    public Optional<Arende> hittaNummer(String nummer) {
        return tx.handle().createQuery("SELECT " + ARENDE + " FROM arende a WHERE a.nummer = :n").bind("n", nummer)
                .map((rs, ctx) -> arende(rs)).findOne();
    }

    @Override
    public List<Arende> forPerson(PersonId person) {
        return tx.handle().createQuery("SELECT " + ARENDE + " FROM arende a WHERE a.sokande_id = :p OR a.id IN "
                        + "(SELECT h.arende_id FROM hushall_medlem h WHERE h.person_id = :p) ORDER BY a.id DESC")
                .bind("p", person.varde()).map((rs, ctx) -> arende(rs)).list();
    }

    @Override
    public Arende uppdatera(Arende a) {
        int n = tx.handle().createUpdate("UPDATE arende SET status = :s, handlaggare_id = :h, aktualiserad = :ak, "
                        + "nybesok = :nb, avslutad = :av, version = version + 1 WHERE id = :id AND version = :v")
                .bind("s", a.status().name()).bind("h", a.handlaggare().map(AnvandareId::varde).orElse(null))
                .bind("ak", a.aktualiserad()).bind("nb", a.nybesok()).bind("av", a.avslutad())
                .bind("id", a.id().varde()).bind("v", a.version()).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("arende", a.nummer());
        }
        return hitta(a.id()).orElseThrow();
    }

    @Override
    public void uppdateraVersion(ArendeId id, long version) {
        int n = tx.handle().createUpdate("UPDATE arende SET version = version + 1 WHERE id = :id AND version = :v")
                .bind("id", id.varde()).bind("v", version).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("arende", hitta(id).map(Arende::nummer).orElse(id.toString()));
        }
    }

    @Override
    public long laggTillMedlem(ArendeId arende, PersonId person, Hushallsroll roll, LocalDate fran) {
        return tx.handle().createUpdate("INSERT INTO hushall_medlem (arende_id, person_id, roll, fran) VALUES (:a, :p, :r, :f)")
                .bind("a", arende.varde()).bind("p", person.varde()).bind("r", roll.name()).bind("f", fran)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public void avslutaMedlem(long medlemskapId, LocalDate till) {
        tx.handle().createUpdate("UPDATE hushall_medlem SET till = :t WHERE id = :id AND till IS NULL")
                .bind("t", till).bind("id", medlemskapId).execute();
    }

    @Override
    public List<Hushallsdeltagare> hushall(ArendeId arende) {
        return tx.handle().createQuery("SELECT h.id, h.person_id, h.roll, h.fran, h.till, p.fodelsedatum, p.fornamn, "
                        + "p.efternamn, p.skyddad_identitet FROM hushall_medlem h JOIN person p ON p.id = h.person_id "
                        + "WHERE h.arende_id = :a ORDER BY h.fran, h.id")
                .bind("a", arende.varde())
                .map((rs, ctx) -> new Hushallsdeltagare(new PersonId(rs.getLong("person_id")),
                        Hushallsroll.valueOf(rs.getString("roll")), rs.getObject("fodelsedatum", LocalDate.class),
                        rs.getString("fornamn") + " " + rs.getString("efternamn"), rs.getLong("id"),
                        rs.getObject("fran", LocalDate.class), rs.getObject("till", LocalDate.class),
                        rs.getBoolean("skyddad_identitet")))
                .list();
    }

    @Override
    public long laggTillAnsokan(ArendeId arende, Ansokningstyp typ, Kanal kanal, YearMonth manad, LocalDate inkommen,
                                String av, List<Kontrollpunkt> checklista) {
        long id = tx.handle().createUpdate("INSERT INTO ansokan (arende_id, typ, kanal, avser_manad, inkommen, registrerad_av) "
                        + "VALUES (:a, :t, :k, :m, :i, :av)")
                .bind("a", arende.varde()).bind("t", typ.name()).bind("k", kanal.name()).bind("m", manad.toString())
                .bind("i", inkommen).bind("av", av).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        PreparedBatch b = tx.handle().prepareBatch("INSERT INTO kontrollpunkt (ansokan_id, punkt, ordning) VALUES (:a, :p, :o)");
        for (int i = 0; i < checklista.size(); i++) {
            b.bind("a", id).bind("p", checklista.get(i).name()).bind("o", i).add();
        }
        b.execute();
        return id;
    }

    @Override
    public List<Ansokan> ansokningar(ArendeId arende) {
        return tx.handle().createQuery("SELECT * FROM ansokan WHERE arende_id = :a ORDER BY id").bind("a", arende.varde())
                .map((rs, ctx) -> new Ansokan(rs.getLong("id"), arende, Ansokningstyp.valueOf(rs.getString("typ")),
                        Kanal.valueOf(rs.getString("kanal")), YearMonth.parse(rs.getString("avser_manad")),
                        rs.getObject("inkommen", LocalDate.class), rs.getString("registrerad_av")))
                .list();
    }

    @Override
    public List<Checklistpost> checklista(long ansokanId) {
        return tx.handle().createQuery("SELECT * FROM kontrollpunkt WHERE ansokan_id = :a ORDER BY ordning")
                .bind("a", ansokanId)
                .map((rs, ctx) -> new Checklistpost(ansokanId, Kontrollpunkt.valueOf(rs.getString("punkt")),
                        Kontrollstatus.valueOf(rs.getString("status")), rs.getObject("datum", LocalDate.class),
                        rs.getString("av"), rs.getString("skal")))
                .list();
    }

    @Override
    public void markera(Checklistpost post) {
        tx.handle().createUpdate("UPDATE kontrollpunkt SET status = :s, datum = :d, av = :av, skal = :sk "
                        + "WHERE ansokan_id = :a AND punkt = :p")
                .bind("s", post.status().name()).bind("d", post.datum()).bind("av", post.av()).bind("sk", post.skal())
                .bind("a", post.ansokanId()).bind("p", post.punkt().name()).execute();
    }

    @Override
    public long laggTillJournal(Journalanteckning j) {
        return tx.handle().createUpdate("INSERT INTO journal (arende_id, datum, skriven, forfattare, text, rattar_id) "
                        + "VALUES (:a, :d, :s, :f, :t, :r)")
                .bind("a", j.arendeId().varde()).bind("d", j.datum()).bind("s", Tider.utc(j.skriven()))
                .bind("f", j.forfattare()).bind("t", j.text()).bind("r", j.rattar())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public List<Journalanteckning> journal(ArendeId arende) {
        return tx.handle().createQuery("SELECT * FROM journal WHERE arende_id = :a ORDER BY datum, id")
                .bind("a", arende.varde())
                .map((rs, ctx) -> {
                    long r = rs.getLong("rattar_id");
                    Long rattar = rs.wasNull() ? null : r;
                    return new Journalanteckning(rs.getLong("id"), arende, rs.getObject("datum", LocalDate.class),
                            Tider.instant(rs.getObject("skriven", OffsetDateTime.class)), rs.getString("forfattare"),
                            rs.getString("text"), rattar);
                }).list();
    }

    @Override
    public long laggTillUppfoljning(Uppfoljning u) {
        return tx.handle().createUpdate("INSERT INTO uppfoljning (arende_id, typ, datum, nasta, text, av) "
                        + "VALUES (:a, :t, :d, :n, :tx, :av)")
                .bind("a", u.arendeId().varde()).bind("t", u.typ().name()).bind("d", u.datum()).bind("n", u.nasta())
                .bind("tx", u.text()).bind("av", u.av())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public List<Uppfoljning> uppfoljningar(ArendeId arende) {
        return tx.handle().createQuery("SELECT * FROM uppfoljning WHERE arende_id = :a ORDER BY datum, id")
                .bind("a", arende.varde())
                .map((rs, ctx) -> new Uppfoljning(rs.getLong("id"), arende, Uppfoljningstyp.valueOf(rs.getString("typ")),
                        rs.getObject("datum", LocalDate.class), rs.getObject("nasta", LocalDate.class),
                        rs.getString("text"), rs.getString("av")))
                .list();
    }

    @Override
    public Optional<Bevakningsunderlag> underlag(ArendeId arende, LocalDate idag) {
        return lista(new Urval.Arenden(List.of(arende)), idag, 1).stream().findFirst().map(Arenderad::underlag);
    }

    @Override
    public List<Arenderad> lista(Urval urval, LocalDate idag, int max) {
        String villkor;
        if (urval instanceof Urval.Handlaggare) {
            villkor = "WHERE a.handlaggare_id = :h AND a.status != 'AVSLUTAD' ";
        } else if (urval instanceof Urval.Otilldelade) {
            villkor = "WHERE a.handlaggare_id IS NULL AND a.status != 'AVSLUTAD' ";
        } else {
            if (((Urval.Arenden) urval).ids().isEmpty()) {
                return List.of();
            }
            villkor = "WHERE a.id IN (<ids>) ";
        }
        Query q = tx.handle().createQuery(LISTA + villkor + "ORDER BY a.aktualiserad, a.id LIMIT :max")
                .bind("idag", idag).bind("max", max);
        if (urval instanceof Urval.Handlaggare h) {
            q.bind("h", h.id().varde());
        } else if (urval instanceof Urval.Arenden ar) {
            q.bindList("ids", ar.ids().stream().map(ArendeId::varde).toList());
        }
        return q.map((rs, ctx) -> arenderad(rs)).list();
    }

    @Override
    public int antalOtilldelade() {
        return tx.handle().createQuery("SELECT COUNT(*) FROM arende WHERE handlaggare_id IS NULL AND status != 'AVSLUTAD'")
                .mapTo(Integer.class).one();
    }

    @Override
    public List<Arbetsbelastning> arbetsbelastning() {
        return tx.handle().createQuery("SELECT u.id, u.namn, u.roll, COUNT(a.id) AS antal FROM anvandare u "
                        + "LEFT JOIN arende a ON a.handlaggare_id = u.id AND a.status != 'AVSLUTAD' "
                        + "WHERE u.aktiv = TRUE AND u.roll IN ('HANDLAGGARE', 'SOCIALSEKRETERARE', 'GRUPPLEDARE') "
                        + "GROUP BY u.id, u.namn, u.roll ORDER BY u.namn")
                .map((rs, ctx) -> new Arbetsbelastning(new AnvandareId(rs.getLong("id")), rs.getString("namn"),
                        rs.getString("roll"), rs.getInt("antal")))
                .list();
    }

    private static Arenderad arenderad(ResultSet rs) throws SQLException {
        Arende a = arende(rs);
        LocalDate maxFran = rs.getObject("max_fran", LocalDate.class);
        LocalDate maxTill = rs.getObject("max_till", LocalDate.class);
        LocalDate andrat = maxTill != null && maxTill.plusDays(1).isAfter(maxFran) ? maxTill.plusDays(1) : maxFran;
        int barn = rs.getInt("barn");
        Bevakningsunderlag u = new Bevakningsunderlag(a.status(), a.aktualiserad(), a.nybesok(),
                rs.getObject("ansokan_inkommen", LocalDate.class), rs.getInt("oppna"), barn > 0, andrat,
                rs.getObject("hp_nasta", LocalDate.class), rs.getObject("freda", LocalDate.class),
                rs.getObject("bka", LocalDate.class), rs.getObject("formedling", LocalDate.class));
        return new Arenderad(a, JdbiPersonRepository.rad(rs), Optional.ofNullable(rs.getString("handlaggare_namn")),
                rs.getInt("vuxna"), barn, rs.getInt("skyddade") > 0, u);
    }

    private static Arende arende(ResultSet rs) throws SQLException {
        long h = rs.getLong("handlaggare_id");
        Optional<AnvandareId> handlaggare = rs.wasNull() ? Optional.empty() : Optional.of(new AnvandareId(h));
        return new Arende(new ArendeId(rs.getLong("id")), rs.getString("nummer"), new PersonId(rs.getLong("sokande_id")),
                ArendeStatus.valueOf(rs.getString("status")), handlaggare, rs.getObject("aktualiserad", LocalDate.class),
                rs.getObject("nybesok", LocalDate.class), rs.getObject("avslutad", LocalDate.class),
                rs.getLong("version"));
    }
}
