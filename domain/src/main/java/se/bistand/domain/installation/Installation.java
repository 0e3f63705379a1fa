package se.bistand.domain.installation;

import java.util.Optional;

/** Port: installation-wide settings stored in the database. */
public interface Installation {

    /** Set once by demo seeding; a real installation never has it, so never shows demo users. */
    String DEMO = "demo";

    Optional<String> hamta(String nyckel);

    void satt(String nyckel, String varde);

    /** Removes a setting (nothing happens when it is not set). */
    void taBort(String nyckel);

    default boolean arDemo() {
        return hamta(DEMO).map(Boolean::parseBoolean).orElse(false);
    }
}
