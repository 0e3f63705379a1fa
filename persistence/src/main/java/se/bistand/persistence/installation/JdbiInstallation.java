package se.bistand.persistence.installation;

import java.util.Optional;
import se.bistand.domain.installation.Installation;
import se.bistand.persistence.grund.JdbiTransaktioner;

public final class JdbiInstallation implements Installation {
    private final JdbiTransaktioner tx;

    public JdbiInstallation(JdbiTransaktioner tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> hamta(String nyckel) {
        return tx.handle().createQuery("SELECT varde FROM installation WHERE nyckel = :k").bind("k", nyckel)
                .mapTo(String.class).findOne();
    }

    @Override
    public void satt(String nyckel, String varde) {
        int n = tx.handle().createUpdate("UPDATE installation SET varde = :v, version = version + 1 WHERE nyckel = :k")
                .bind("k", nyckel).bind("v", varde).execute();
        if (n == 0) {
            tx.handle().createUpdate("INSERT INTO installation (nyckel, varde) VALUES (:k, :v)")
                    .bind("k", nyckel).bind("v", varde).execute();
        }
    }

    @Override
    public void taBort(String nyckel) {
        tx.handle().createUpdate("DELETE FROM installation WHERE nyckel = :k").bind("k", nyckel).execute();
    }
}
