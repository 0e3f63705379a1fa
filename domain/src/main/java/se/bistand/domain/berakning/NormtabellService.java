package se.bistand.domain.berakning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * Norm tables as master data: the systemförvaltare enters a year's table (as a draft) and it
 * only comes into force when a <em>second</em> person confirms it. Every step is audited in
 * the same transaction.
 */
public final class NormtabellService {

    /** Who entered and confirmed the tables shipped with Bistånd. */
    public static final String LEVERANS = "Bistånd-leverans";

    private final Transaktioner tx;
    private final NormtabellRegister register;
    private final AuditLogg audit;
    private final Clock klocka;

    public NormtabellService(Transaktioner tx, NormtabellRegister register, AuditLogg audit, Clock klocka) {
        this.tx = tx;
        this.register = register;
        this.audit = audit;
        this.klocka = klocka;
    }

    public List<NormtabellPost> lista(Aktor aktor) {
        aktor.krav(Behorighet.MASTERDATA_ADMINISTRERA);
        return tx.iTransaktion(register::lista);
    }

    /**
     * Enters a new year's table as a draft ({@code riksnorm-YYYY}, next version), entered by
     * {@code aktor}. The amounts and source come from {@code inmatad}; id, version, status,
     * demo flag and names are set here. Returns the stored row.
     */
    public NormtabellPost registrera(Aktor aktor, Normtabell inmatad) {
        aktor.krav(Behorighet.MASTERDATA_ADMINISTRERA);
        return tx.iTransaktion(() -> {
            String id = "riksnorm-" + inmatad.ar();
            int version = register.nastaVersion(id);
            Normtabell t = new Normtabell(id, version, inmatad.ar(), NormtabellStatus.UTKAST, false, inmatad.kalla(),
                    aktor.namn(), "", inmatad.barn(), inmatad.barnEjLunch(), inmatad.ensamstaende(), inmatad.sambor(),
                    inmatad.gemensamma());
            long dbId = register.spara(t, Optional.of(aktor.id()), klocka.instant());
            audit.registrera(NyAuditHandelse.av(aktor, "NORMTABELL_REGISTRERAD", "normtabell", dbId, null,
                    "id=" + id + "; version=" + version + "; ar=" + t.ar() + "; kalla=" + t.kalla()));
            return register.hitta(dbId).orElseThrow();
        });
    }

    /**
     * Confirms a draft: only then is it used for calculations. Refused for the person who
     * entered it ({@code normtabell.sammaPerson}) and for a table that is not a draft.
     */
    public NormtabellPost bekrafta(Aktor aktor, long dbId) {
        aktor.krav(Behorighet.MASTERDATA_ADMINISTRERA);
        return tx.iTransaktion(() -> {
            NormtabellPost post = register.hitta(dbId)
                    .orElseThrow(() -> new DomainException("normtabell.finnsInte", dbId));
            if (post.tabell().status() != NormtabellStatus.UTKAST) {
                throw new DomainException("normtabell.inteUtkast", post.tabell().id(), post.tabell().version());
            }
            if (post.registreradAvId().isEmpty() || post.registreradAvId().get().equals(aktor.id())) {
                throw new DomainException("normtabell.sammaPerson", post.tabell().ar());
            }
            register.bekrafta(dbId, aktor.id(), aktor.namn(), klocka.instant());
            audit.registrera(NyAuditHandelse.av(aktor, "NORMTABELL_BEKRAFTAD", "normtabell", dbId,
                    "status=UTKAST", "status=BEKRAFTAD; id=" + post.tabell().id() + "; version="
                            + post.tabell().version() + "; registreradAv=" + post.tabell().registreradAv()));
            return register.hitta(dbId).orElseThrow();
        });
    }

    /**
     * Stores the tables shipped with Bistånd that are not stored yet (same id and version),
     * as confirmed by the delivery; idempotent. Demo tables only when {@code medDemo}.
     * Returns how many were stored.
     */
    public int lagraLevererade(Aktor system, List<Normtabell> levererade, boolean medDemo) {
        return tx.iTransaktion(() -> {
            int antal = 0;
            for (Normtabell t : levererade) {
                if ((t.demo() && !medDemo) || register.hittaVersion(t.id(), t.version()).isPresent()) {
                    continue;
                }
                Normtabell lagrad = new Normtabell(t.id(), t.version(), t.ar(), t.status(), t.demo(), t.kalla(),
                        t.registreradAv().isEmpty() ? LEVERANS : t.registreradAv(),
                        t.bekraftadAv().isEmpty() ? LEVERANS : t.bekraftadAv(), t.barn(), t.barnEjLunch(),
                        t.ensamstaende(), t.sambor(), t.gemensamma());
                long dbId = register.spara(lagrad, Optional.empty(), klocka.instant());
                audit.registrera(NyAuditHandelse.av(system, "NORMTABELL_LEVERERAD", "normtabell", dbId, null,
                        "id=" + t.id() + "; version=" + t.version() + "; demo=" + t.demo()));
                antal++;
            }
            return antal;
        });
    }
}
