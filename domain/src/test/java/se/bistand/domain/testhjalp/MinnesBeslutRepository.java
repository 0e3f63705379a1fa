package se.bistand.domain.testhjalp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutRepository;
import se.bistand.domain.beslut.BeslutStatus;
import se.bistand.domain.beslut.Beslutsfattande;
import se.bistand.domain.gemensam.Id.ArendeId;
import se.bistand.domain.gemensam.OptimistiskLasningException;

/** Decisions in memory (ids 1, 2, …), for the decision service's domain tests. */
public final class MinnesBeslutRepository implements BeslutRepository {

    private final List<Beslut> lagrade = new ArrayList<>();
    private final Map<BeslutId, Beslutsfattande> fattande = new HashMap<>();

    /** Everything stored, oldest first. */
    public List<Beslut> lagrade() {
        return Collections.unmodifiableList(lagrade);
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
}
