package se.bistand.domain.testhjalp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.delegation.DelegationsRepository;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/** The Flen 2020 delegationsordning (as V030 installs it) in memory, for the decision service's tests. */
public final class MinnesDelegation {

    private MinnesDelegation() {
    }

    /** The Flen 2020 order for försörjningsstöd and livsföring i övrigt, in force since 2000 (test clocks go back to 2019). */
    public static DelegationsRepository flen2020() {
        List<DelegationsRegel> regler = new ArrayList<>();
        for (Roll r : List.of(Roll.HANDLAGGARE, Roll.SOCIALSEKRETERARE, Roll.GRUPPLEDARE, Roll.ENHETSCHEF,
                Roll.AVDELNINGSCHEF)) {
            regler.add(new DelegationsRegel(Beslutstyp.FORSORJNINGSSTOD, r, true, Optional.empty(),
                    r != Roll.HANDLAGGARE, Optional.empty()));
        }
        Beslutstyp livs = Beslutstyp.LIVSFORING_I_OVRIGT;
        regler.add(new DelegationsRegel(livs, Roll.HANDLAGGARE, true, kr(5_000), false, Optional.empty()));
        regler.add(new DelegationsRegel(livs, Roll.SOCIALSEKRETERARE, true, kr(10_000), true, kr(10_000)));
        regler.add(new DelegationsRegel(livs, Roll.GRUPPLEDARE, true, kr(10_000), true, kr(20_000)));
        regler.add(new DelegationsRegel(livs, Roll.ENHETSCHEF, true, kr(20_000), true, Optional.empty()));
        regler.add(new DelegationsRegel(livs, Roll.AVDELNINGSCHEF, true, kr(20_000), true, Optional.empty()));
        Delegationsordning o = new Delegationsordning(1, LocalDate.of(2000, 1, 1), Delegationsordning.Status.GALLANDE,
                "Flen 2020", Optional.empty(), Instant.EPOCH, Optional.of(new AnvandareId(1)), Optional.of(Instant.EPOCH),
                regler, 0);
        return new DelegationsRepository() {
            @Override
            public List<Delegationsordning> alla() {
                return List.of(o);
            }

            @Override
            public Optional<Delegationsordning> hitta(long id) {
                return Optional.of(o).filter(x -> x.id() == id);
            }

            @Override
            public long foresla(Delegationsordning ny) {
                throw new UnsupportedOperationException("the test order is fixed");
            }

            @Override
            public void avgor(long id, Delegationsordning.Status status, AnvandareId av, Instant nar, long version) {
                throw new UnsupportedOperationException("the test order is fixed");
            }
        };
    }

    private static Optional<Money> kr(long kronor) {
        return Optional.of(Money.ofKronor(kronor));
    }
}
