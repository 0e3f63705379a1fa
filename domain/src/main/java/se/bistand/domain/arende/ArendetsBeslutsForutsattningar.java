package se.bistand.domain.arende;

import java.time.YearMonth;
import java.util.List;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.beslut.BeslutsForutsattningar;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Transaktioner;

/**
 * The case workspace's answer to the decision service: what must hold before a decision may
 * lead to a payment ({@link ArendeService#beslutskontroll}: an application, a complete
 * checklist, a barnkonsekvensanalys where there are children), and the case's assignment.
 */
public final class ArendetsBeslutsForutsattningar implements BeslutsForutsattningar {

    private final Transaktioner tx;
    private final ArendeService arendeService;
    private final ArendeRepository arenden;

    public ArendetsBeslutsForutsattningar(Transaktioner tx, ArendeService arendeService, ArendeRepository arenden) {
        this.tx = tx;
        this.arendeService = arendeService;
        this.arenden = arenden;
    }

    @Override
    public List<Hinder> hinderForUtbetalning(ArendeId arende, YearMonth manad) {
        return arendeService.beslutskontroll(arende).hinder().stream().map(k -> new Hinder(k, List.of())).toList();
    }

    @Override
    public boolean arTilldelad(Aktor aktor, ArendeId arende) {
        return tx.iTransaktion(() -> arenden.hitta(arende)).map(a -> a.arTilldelad(aktor)).orElse(false);
    }
}
