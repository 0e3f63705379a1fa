package se.bistand.domain.utbetalning;

import java.time.Instant;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.installation.Installation;

/**
 * A proposed new {@link Stickprovsregel}, waiting for a second person's confirmation. Stored as
 * one installation setting ({@code procent;gransOre;anvandareId;tidpunkt}) so that no table is
 * needed for at most one pending proposal.
 */
public record Stickprovsforslag(Stickprovsregel regel, AnvandareId foreslagenAv, Instant foreslagen) {

    public static final String NYCKEL = "utbetalning.stickprovForslag";

    public static Optional<Stickprovsforslag> fran(Installation inst) {
        return inst.hamta(NYCKEL).filter(v -> !v.isBlank()).map(v -> {
            String[] d = v.split(";");
            return new Stickprovsforslag(new Stickprovsregel(Integer.parseInt(d[0]), Money.ofOre(Long.parseLong(d[1]))),
                    new AnvandareId(Long.parseLong(d[2])), Instant.parse(d[3]));
        });
    }

    /** Stores the proposal (in the caller's transaction). */
    public void sparaI(Installation inst) {
        inst.satt(NYCKEL, regel.procent() + ";" + regel.grans().ore() + ";" + foreslagenAv.varde() + ";" + foreslagen);
    }
}
