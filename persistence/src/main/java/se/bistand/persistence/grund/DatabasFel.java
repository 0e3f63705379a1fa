package se.bistand.persistence.grund;

import java.sql.SQLException;
import se.bistand.domain.gemensam.DomainException;

/** Translates start-up failures of the database into clear, Swedish-keyed domain failures. */
final class DatabasFel {
    private DatabasFel() {
    }

    static RuntimeException oversatt(Throwable e, Databasanslutning anslutning) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            int kod = t instanceof SQLException s ? s.getErrorCode() : 0;
            if (kod == 90020 || msg.contains("already in use") || msg.contains("Locked by another process")) {
                return new DomainException("databas.iBruk", anslutning.beskrivning());
            }
            if (msg.contains("read only") || msg.contains("READ_ONLY") || msg.contains("AccessDenied")
                    || msg.contains("Permission denied") || msg.contains("readonly") || kod == 90097) {
                return new DomainException("databas.skrivskyddad", anslutning.beskrivning());
            }
            if (msg.contains("Connection refused") || msg.contains("Connection is broken")
                    || msg.contains("connection attempt failed")) {
                return new DomainException("databas.nasInte", anslutning.beskrivning());
            }
            if (msg.contains("password authentication failed") || kod == 28000 || msg.contains("Wrong user name or password")) {
                return new DomainException("databas.inloggningNekad", anslutning.beskrivning());
            }
        }
        return new DomainException("databas.kundeInteOppnas", anslutning.beskrivning(), String.valueOf(e.getMessage()));
    }
}
