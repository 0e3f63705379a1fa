package se.bistand.domain.utbetalning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * Who signs a payout list, as data: the role of each of the two signatures ({@code roller.get(0)}
 * is place 1). Two of the same role only when the rule names that role twice. Versioned like the
 * delegationsordning: proposed by one person, in force when a second person confirms it; the
 * newest confirmed version is in force. A list is signed under the rule of its first signature.
 */
public record Signeringsregel(long id, List<Roll> roller, String beskrivning, Status status,
                              Optional<AnvandareId> foreslagenAv, Instant foreslagen,
                              Optional<AnvandareId> beslutadAv, Optional<Instant> beslutad, long version) {

    public static final int ANTAL = 2;

    public enum Status { FORESLAGEN, GALLANDE, AVVISAD }

    public Signeringsregel {
        roller = List.copyOf(roller);
        if (roller.size() != ANTAL) {
            throw new IllegalArgumentException("a rule has " + ANTAL + " signatures");
        }
    }

    /** The version in force: the newest confirmed one. */
    public static Optional<Signeringsregel> gallande(List<Signeringsregel> alla) {
        return alla.stream().filter(r -> r.status() == Status.GALLANDE)
                .max(Comparator.comparing((Signeringsregel r) -> r.beslutad().orElse(Instant.MIN))
                        .thenComparingLong(Signeringsregel::id));
    }

    /**
     * The places (1-based) the signatures made so far have taken: a signature made under a rule
     * keeps its place; one made before rules were stored takes the first free place of its role.
     */
    private List<Integer> tagna(List<Utbetalningslista.Signatur> gjorda) {
        List<Integer> tagna = new ArrayList<>();
        for (Utbetalningslista.Signatur s : gjorda) {
            if (s.plats().isPresent()) {
                tagna.add(s.plats().get());
            }
        }
        for (Utbetalningslista.Signatur s : gjorda) {
            if (s.plats().isEmpty()) {
                forstaLediga(s.roll(), tagna).ifPresent(tagna::add);
            }
        }
        return tagna;
    }

    private Optional<Integer> forstaLediga(Roll roll, List<Integer> tagna) {
        for (int plats = 1; plats <= ANTAL; plats++) {
            if (roller.get(plats - 1) == roll && !tagna.contains(plats)) {
                return Optional.of(plats);
            }
        }
        return Optional.empty();
    }

    /** The free place a signer of {@code roll} would take, or empty when the rule has none left for that role. */
    public Optional<Integer> ledigPlats(Roll roll, List<Utbetalningslista.Signatur> gjorda) {
        return forstaLediga(roll, tagna(gjorda));
    }

    /** The roles whose signatures are still missing, in place order. */
    public List<Roll> kvar(List<Utbetalningslista.Signatur> gjorda) {
        List<Integer> tagna = tagna(gjorda);
        List<Roll> kvar = new ArrayList<>();
        for (int plats = 1; plats <= ANTAL; plats++) {
            if (!tagna.contains(plats)) {
                kvar.add(roller.get(plats - 1));
            }
        }
        return kvar;
    }

    public boolean innehaller(Roll roll) {
        return roller.contains(roll);
    }

    /** Machine form for the audit trail: {@code ENHETSCHEF+AVDELNINGSCHEF}. */
    public String text() {
        return roller.stream().map(Roll::name).collect(Collectors.joining("+"));
    }
}
