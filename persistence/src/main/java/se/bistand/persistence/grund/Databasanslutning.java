package se.bistand.persistence.grund;

import java.nio.file.Path;

/**
 * Where the database is. {@link Typ#LOKAL}: an embedded H2 file in the user's data folder;
 * {@link Typ#H2_SERVER}: a shared H2 TCP server; {@link Typ#POSTGRESQL}: a PostgreSQL server.
 * H2 always runs in PostgreSQL mode so that one set of migrations serves both engines.
 */
public record Databasanslutning(Typ typ, String jdbcUrl, String anvandare, String losenord, String beskrivning) {

    public enum Typ { LOKAL, H2_SERVER, POSTGRESQL, MINNE }

    /** The database's name: the file {@code bistand.mv.db} in the data folder, also on an H2 server. */
    public static final String NAMN = "bistand";

    /**
     * One dialect for both engines; a lock wait (e.g. on the audit chain head) may last up to 10 s;
     * WRITE_DELAY=0 writes each commit to the file at once, so a killed process loses nothing that
     * was reported as saved (H2's default delays writes by up to a second).
     */
    static final String H2_LAGE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"
            + ";WRITE_DELAY=0";

    public static Databasanslutning lokal(Path mapp) {
        return h2Fil(mapp, "bistand", "");
    }

    /** The H2 file {@code bistand.mv.db} in {@code mapp}, opened in this process with the given credentials. */
    public static Databasanslutning h2Fil(Path mapp, String anvandare, String losenord) {
        Path fil = mapp.toAbsolutePath().resolve(NAMN);
        return new Databasanslutning(Typ.LOKAL, "jdbc:h2:file:" + fil + H2_LAGE + ";WRITE_DELAY=0", anvandare, losenord,
                "lokal (" + fil + ".mv.db)");
    }

    /** The H2 file of a data folder ({@code bistand.mv.db}). */
    public static Path h2Filen(Path mapp) {
        return mapp.toAbsolutePath().resolve(NAMN + ".mv.db");
    }

    public static Databasanslutning h2Server(String vard, int port, String databas, String anvandare, String losenord) {
        return new Databasanslutning(Typ.H2_SERVER,
                "jdbc:h2:tcp://" + vard + ":" + port + "/" + databas + H2_LAGE, anvandare, losenord,
                "delad H2 (" + vard + ":" + port + "/" + databas + ")");
    }

    public static Databasanslutning postgresql(String vard, int port, String databas, String anvandare, String losenord) {
        return new Databasanslutning(Typ.POSTGRESQL, "jdbc:postgresql://" + vard + ":" + port + "/" + databas,
                anvandare, losenord, "PostgreSQL (" + vard + ":" + port + "/" + databas + ")");
    }

    /** A private in-memory H2 database (tests). */
    public static Databasanslutning minne(String namn) {
        return new Databasanslutning(Typ.MINNE, "jdbc:h2:mem:" + namn + ";DB_CLOSE_DELAY=-1" + H2_LAGE, "sa", "",
                "minne (" + namn + ")");
    }

    @Override
    public String toString() {
        return beskrivning; // never the password
    }
}
