package se.bistand.domain.testhjalp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutRepository;
import se.bistand.domain.beslut.BeslutStatus;
import se.bistand.domain.beslut.Beslutsfattande;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.delegation.DelegationsRegel;
import se.bistand.domain.delegation.DelegationsRepository;
import se.bistand.domain.delegation.Delegationsordning;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.OptimistiskLasningException;

/** In-memory decisions and the Flen 2020 delegationsordning (as V030 installs it), for service tests. */
public final class MinnesBeslut implements BeslutRepository {

    private final List<Beslut> lagrade = new ArrayList<>();
    private final Map<BeslutId, Beslutsfattande> fattande = new HashMap<>();

    /** Every stored decision, oldest first, as stored now (status included). */
    public List<Beslut> lagrade() {
        return lagrade;
    }

    @Override
    public BeslutId spara(Beslut b) {
        BeslutId id = new BeslutId(lagrade.size() + 1L);
        lagrade.add(new Beslut(id, b.arende(), b.manad(), b.utfall(), b.soktBelopp(), b.motivering(), b.lagrum(),
                b.barnkonsekvensanalys(), b.berakning(), b.forsorjningsstod(), b.livsforing(), b.total(),
                b.ersatter(), b.status(), b.beslutadAv(), b.beslutadAvNamn(), b.beslutad()));
        return id;
    }

    @Override
    public Optional<Beslut> hitta(BeslutId id) {
        return lagrade.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    @Override
    public List<Beslut> forArende(ArendeId arende) {
        List<Beslut> nyastForst = new ArrayList<>(lagrade);
        Collections.reverse(nyastForst);
        return nyastForst.stream().filter(b -> b.arende().equals(arende)).toList();
    }

    @Override
    public Optional<BeslutId> ersattAv(BeslutId id) {
        return lagrade.stream().filter(b -> b.ersatter().equals(Optional.of(id))).map(Beslut::id).findFirst();
    }

    @Override
    public void sattStatus(BeslutId id, BeslutStatus fran, BeslutStatus till) {
        Beslut b = hitta(id).filter(x -> x.status() == fran)
                .orElseThrow(() -> new OptimistiskLasningException("beslut", id.varde()));
        lagrade.set(lagrade.indexOf(b), b.med(till));
    }

    @Override
    public void registreraFattande(Beslutsfattande f) {
        if (fattande.putIfAbsent(f.beslut(), f) != null) {
            throw new IllegalStateException("already decided: " + f.beslut());
        }
    }

    @Override
    public Optional<Beslutsfattande> fattande(BeslutId id) {
        return Optional.ofNullable(fattande.get(id));
    }

    /** The Flen 2020 order for försörjningsstöd and livsföring i övrigt, in force since 2020. */
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
        Delegationsordning o = new Delegationsordning(1, LocalDate.of(2020, 1, 1), Delegationsordning.Status.GALLANDE,
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
