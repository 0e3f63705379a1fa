package se.bistand.domain.attest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * A livsföring i övrigt need split under the delegation: several decisions of one case and month,
 * prepared by the same person, each within that person's delegation for livsföring i övrigt but
 * together above it. Not refused (two real needs in a month exist), but every one of them carries
 * {@code Riskflagga.UPPDELAD_LIVSFORING} to the attestant.
 */
public final class Uppdelning {

    private Uppdelning() {
    }

    /**
     * One livsföring part handed to attest and not returned: its attest item, case, the decision's
     * month, who prepared it, the livsföring amount (the whole amount of a livsföring decision, the
     * livsföring part of a försörjningsstöd decision) and the payment date.
     */
    public record Del(long attestBeslutId, long arendeId, YearMonth manad, AnvandareId foreslagenAv, Money belopp,
                      LocalDate betalningsdatum) {
    }

    private record Grupp(long arendeId, YearMonth manad, AnvandareId foreslagenAv) {
    }

    /**
     * The attest items to flag: those in a group (case, month, preparer) of at least two whose sum
     * exceeds the preparer's limit for livsföring i övrigt in the delegationsordning in force on the
     * group's latest payment date. A role without a limit is never flagged.
     */
    public static Set<Long> flaggade(List<Del> delar, Function<LocalDate, Delegationsordning> ordning,
                                     Function<AnvandareId, Optional<Roll>> roll) {
        Map<Grupp, List<Del>> grupper = new LinkedHashMap<>();
        for (Del d : delar) {
            grupper.computeIfAbsent(new Grupp(d.arendeId(), d.manad(), d.foreslagenAv()), k -> new ArrayList<>()).add(d);
        }
        Set<Long> flaggade = new HashSet<>();
        grupper.forEach((g, lista) -> {
            if (lista.size() < 2) {
                return;
            }
            Money summa = lista.stream().map(Del::belopp).reduce(Money.ZERO, Money::plus);
            LocalDate senast = lista.stream().map(Del::betalningsdatum).max(LocalDate::compareTo).orElseThrow();
            Optional<Money> grans = roll.apply(g.foreslagenAv())
                    .flatMap(r -> ordning.apply(senast).regel(Beslutstyp.LIVSFORING_I_OVRIGT, r))
                    .flatMap(DelegationsRegel::beslutMax);
            if (grans.isPresent() && summa.isGreaterThan(grans.get())) {
                lista.forEach(d -> flaggade.add(d.attestBeslutId()));
            }
        });
        return flaggade;
    }
}
