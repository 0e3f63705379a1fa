package se.bistand.domain.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * One version of the delegationsordning and attestförteckning, in force from {@code giltigFran}
 * once a second person has confirmed it. Data, not code: the nämnd changes it over time.
 */
public record Delegationsordning(long id, LocalDate giltigFran, Status status, String beskrivning,
                                 Optional<AnvandareId> foreslagenAv, Instant foreslagen,
                                 Optional<AnvandareId> beslutadAv, Optional<Instant> beslutad,
                                 List<DelegationsRegel> regler, long version) {

    public enum Status { FORESLAGEN, GALLANDE, AVVISAD }

    public Delegationsordning {
        regler = List.copyOf(regler);
    }

    public Optional<DelegationsRegel> regel(Beslutstyp typ, Roll roll) {
        return regler.stream().filter(r -> r.typ() == typ && r.roll() == roll).findFirst();
    }

    public boolean maBesluta(Roll roll, Beslutstyp typ, Money belopp) {
        return regel(typ, roll).map(r -> r.maBesluta(belopp)).orElse(false);
    }

    public boolean maAttestera(Roll roll, Beslutstyp typ, Money belopp) {
        return regel(typ, roll).map(r -> r.maAttestera(belopp)).orElse(false);
    }

    /** May {@code roll} decide every part (each against its own type's limit)? */
    public boolean maBesluta(Roll roll, List<Beslutsdel> delar) {
        return !delar.isEmpty() && delar.stream().allMatch(d -> maBesluta(roll, d.typ(), d.belopp()));
    }

    /** May {@code roll} attest every part (each against its own type's attest limit)? */
    public boolean maAttestera(Roll roll, List<Beslutsdel> delar) {
        return !delar.isEmpty() && delar.stream().allMatch(d -> maAttestera(roll, d.typ(), d.belopp()));
    }

    /** The role's limit for deciding (empty: no limit, or not allowed at all — see {@link #maBesluta}). */
    public Optional<Money> beslutsgrans(Roll roll, Beslutstyp typ) {
        return regel(typ, roll).flatMap(DelegationsRegel::beslutMax);
    }

    /**
     * The role with the lowest limit that may decide this amount; empty when no role may (it goes
     * to the socialutskott).
     */
    public Optional<Roll> lagstaBeslutsroll(Beslutstyp typ, Money belopp) {
        return regler.stream().filter(r -> r.typ() == typ && r.maBesluta(belopp))
                .min(Comparator.comparing((DelegationsRegel r) -> r.beslutMax().map(Money::ore).orElse(Long.MAX_VALUE))
                        .thenComparing(r -> r.roll().ordinal()))
                .map(DelegationsRegel::roll);
    }

    /**
     * The lowest role that may decide every part: among the roles that may, the one whose tightest
     * limit over the parts is lowest (a role without any limit ranks last).
     */
    public Optional<Roll> lagstaBeslutsroll(List<Beslutsdel> delar) {
        if (delar.size() == 1) {
            return lagstaBeslutsroll(delar.get(0).typ(), delar.get(0).belopp());
        }
        return regler.stream().map(DelegationsRegel::roll).distinct().filter(r -> maBesluta(r, delar))
                .min(Comparator.comparingLong((Roll r) -> delar.stream()
                                .mapToLong(d -> beslutsgrans(r, d.typ()).map(Money::ore).orElse(Long.MAX_VALUE))
                                .min().orElse(Long.MAX_VALUE))
                        .thenComparing(Roll::ordinal));
    }

    /** The version in force on {@code dag}: the confirmed one with the latest start on or before it. */
    public static Optional<Delegationsordning> gallande(List<Delegationsordning> alla, LocalDate dag) {
        return alla.stream().filter(o -> o.status() == Status.GALLANDE && !o.giltigFran().isAfter(dag))
                .max(Comparator.comparing(Delegationsordning::giltigFran).thenComparing(Delegationsordning::id));
    }
}
