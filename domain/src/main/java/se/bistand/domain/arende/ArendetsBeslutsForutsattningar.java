package se.bistand.domain.arende;

import java.time.YearMonth;
import java.util.List;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.beslut.BeslutsForutsattningar;
import se.bistand.domain.beslut.RegistreratHushall;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Transaktioner;

/**
 * The case workspace's side of a decision ({@link BeslutsForutsattningar}): what must hold before
 * a decision for a month may pay ({@link ArendeService#beslutskontroll(ArendeId, YearMonth)}: an
 * open case, an application for that month with its checklist complete, a barnkonsekvensanalys
 * where there are children), the household registered for the month
 * ({@link ArendeService#registreratHushall}), whether the actor is assigned to the case and
 * whether they may see it (skyddad identitet). Each call joins the decision's transaction.
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
        return arendeService.beslutskontroll(arende, manad).hinder().stream()
                .map(k -> new Hinder(k, List.of())).toList();
    }

    @Override
    public RegistreratHushall hushall(ArendeId arende, YearMonth manad) {
        return arendeService.registreratHushall(arende, manad);
    }

    @Override
    public boolean arTilldelad(Aktor aktor, ArendeId arende) {
        return tx.iTransaktion(() -> arenden.hitta(arende)).map(a -> a.arTilldelad(aktor)).orElse(false);
    }

    /** Skyddad identitet: the rule of {@link Skyddsfilter}, as for opening the case. */
    @Override
    public boolean farSe(Aktor aktor, ArendeId arende) {
        return tx.iTransaktion(() -> Skyddsfilter.farSe(aktor, arenden.hitta(arende)
                .orElseThrow(() -> new DomainException("arende.finnsInte", arende)), arenden.hushall(arende)));
    }
}
