package se.bistand.persistence.grund;

/**
 * The database engines the repository contract tests run against. A persistence test class
 * that should hold on both engines is annotated
 * {@code @ParameterizedClass @EnumSource(Motor.class)} with a {@code @Parameter Motor motor}
 * field and opens its database with {@code TestDatabas.ny(motor)}.
 */
public enum Motor {
    /** H2 in memory, PostgreSQL mode (the embedded engine of local mode). */
    H2,
    /** A real PostgreSQL 17, started once per test JVM by {@link TestPostgres}. */
    POSTGRESQL;

    /** A fresh, empty database on this engine (not yet migrated). */
    public Databasanslutning nyAnslutning() {
        return switch (this) {
            case H2 -> Databasanslutning.minne("t" + java.util.UUID.randomUUID().toString().replace("-", ""));
            case POSTGRESQL -> TestPostgres.nyttSchema();
        };
    }

    /** Removes what {@link #nyAnslutning()} created (the PostgreSQL schema; memory H2 vanishes by itself). */
    public void stad(Databasanslutning a) {
        if (this == POSTGRESQL) {
            TestPostgres.taBortSchema(a);
        }
    }
}
