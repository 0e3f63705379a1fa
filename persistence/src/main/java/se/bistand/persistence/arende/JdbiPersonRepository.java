package se.bistand.persistence.arende;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.Query;
import se.bistand.domain.arende.Adress;
import se.bistand.domain.arende.Identitetstyp;
import se.bistand.domain.arende.Person;
import se.bistand.domain.arende.PersonRepository;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.PersonId;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.grund.Tider;

public final class JdbiPersonRepository implements PersonRepository {

    static final String KOLUMNER = "p.id AS p_id, p.identitetstyp, p.identitet, p.reserv_skal, p.fornamn, p.efternamn, "
            + "p.fodelsedatum, p.gatuadress, p.postnummer, p.ort, p.telefon, p.epost, p.skyddad_identitet, "
            + "p.hot_och_vald, p.version AS p_version";

    private final JdbiTransaktioner tx;
    private final Clock klocka;

    public JdbiPersonRepository(JdbiTransaktioner tx, Clock klocka) {
        this.tx = tx;
        this.klocka = klocka;
    }

    @Override
    public PersonId skapa(Person p) {
        long id = tx.handle().createUpdate("INSERT INTO person (identitetstyp, identitet, reserv_skal, fornamn, efternamn, "
                        + "fornamn_sok, efternamn_sok, fodelsedatum, gatuadress, postnummer, ort, telefon, epost, "
                        + "skyddad_identitet, hot_och_vald, skapad) VALUES (:typ, :id, :rs, :fn, :en, :fns, :ens, :fd, "
                        + ":ga, :pn, :ort, :tel, :ep, :sk, :hv, :s)")
                .bind("typ", p.typ().name()).bind("id", p.identitet()).bind("rs", p.reservSkal())
                .bind("fn", p.fornamn()).bind("en", p.efternamn())
                .bind("fns", sokform(p.fornamn())).bind("ens", sokform(p.efternamn()))
                .bind("fd", p.fodelsedatum()).bind("ga", p.adress().gatuadress()).bind("pn", p.adress().postnummer())
                .bind("ort", p.adress().ort()).bind("tel", p.telefon()).bind("ep", p.epost())
                .bind("sk", p.skyddadIdentitet()).bind("hv", p.hotOchVald()).bind("s", Tider.utc(klocka.instant()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new PersonId(id);
    }

    @Override
    public Optional<Person> hitta(PersonId id) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM person p WHERE p.id = :id")
                .bind("id", id.varde()).map((rs, ctx) -> rad(rs)).findOne();
    }

    @Override
    public Optional<Person> hittaIdentitet(String identitet) {
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM person p WHERE p.identitet = :i")
                .bind("i", identitet).map((rs, ctx) -> rad(rs)).findOne();
    }

    @Override
    public List<Person> hittaIdentiteter(Collection<String> identiteter) {
        if (identiteter.isEmpty()) {
            return List.of();
        }
        return tx.handle().createQuery("SELECT " + KOLUMNER + " FROM person p WHERE p.identitet IN (<i>)")
                .bindList("i", new ArrayList<>(identiteter)).map((rs, ctx) -> rad(rs)).list();
    }

    @Override
    public List<Person> sokNamn(List<String> tokens, int max) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + KOLUMNER + " FROM person p WHERE 1 = 1");
        for (int i = 0; i < tokens.size(); i++) {
            sql.append(" AND (p.efternamn_sok LIKE :t").append(i).append(" ESCAPE '!' OR p.fornamn_sok LIKE :t")
                    .append(i).append(" ESCAPE '!')");
        }
        sql.append(" ORDER BY p.efternamn_sok, p.fornamn_sok, p.id LIMIT :max");
        Query q = tx.handle().createQuery(sql.toString()).bind("max", max);
        for (int i = 0; i < tokens.size(); i++) {
            q.bind("t" + i, sokform(tokens.get(i)).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return q.map((rs, ctx) -> rad(rs)).list();
    }

    @Override
    public Person uppdatera(Person p) {
        int n = tx.handle().createUpdate("UPDATE person SET gatuadress = :ga, postnummer = :pn, ort = :ort, telefon = :tel, "
                        + "epost = :ep, skyddad_identitet = :sk, hot_och_vald = :hv, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .bind("ga", p.adress().gatuadress()).bind("pn", p.adress().postnummer()).bind("ort", p.adress().ort())
                .bind("tel", p.telefon()).bind("ep", p.epost()).bind("sk", p.skyddadIdentitet())
                .bind("hv", p.hotOchVald()).bind("id", p.id().varde()).bind("v", p.version()).execute();
        if (n != 1) {
            throw new OptimistiskLasningException("person", p.id());
        }
        return hitta(p.id()).orElseThrow();
    }

    @Override
    public String nastaReservnummer(LocalDate fodelsedatum) {
        String prefix = "R" + fodelsedatum.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        int antal = tx.handle().createQuery("SELECT COUNT(*) FROM person WHERE identitet LIKE :p")
                .bind("p", prefix + "%").mapTo(Integer.class).one();
        return prefix + String.format("%02d", antal + 1);
    }

    @Override
    public Map<PersonId, Set<AnvandareId>> tilldeladeHandlaggare(Collection<PersonId> personer) {
        Map<PersonId, Set<AnvandareId>> m = new HashMap<>();
        if (personer.isEmpty()) {
            return m;
        }
        List<Long> ids = new ArrayList<>(personer.stream().map(PersonId::varde).toList());
        tx.handle().createQuery("SELECT DISTINCT h.person_id, a.handlaggare_id FROM hushall_medlem h "
                        + "JOIN arende a ON a.id = h.arende_id WHERE a.handlaggare_id IS NOT NULL "
                        + "AND h.person_id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> m.computeIfAbsent(new PersonId(e.getKey()), k -> new HashSet<>())
                        .add(new AnvandareId(e.getValue())));
        return m;
    }

    static String sokform(String namn) {
        return namn.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static Person rad(ResultSet rs) throws SQLException {
        return new Person(new PersonId(rs.getLong("p_id")), Identitetstyp.valueOf(rs.getString("identitetstyp")),
                rs.getString("identitet"), rs.getString("reserv_skal"), rs.getString("fornamn"),
                rs.getString("efternamn"), rs.getObject("fodelsedatum", LocalDate.class),
                new Adress(rs.getString("gatuadress"), rs.getString("postnummer"), rs.getString("ort")),
                rs.getString("telefon"), rs.getString("epost"), rs.getBoolean("skyddad_identitet"),
                rs.getBoolean("hot_och_vald"), rs.getLong("p_version"));
    }
}
