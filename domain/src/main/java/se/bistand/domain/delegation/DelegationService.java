package se.bistand.domain.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.logg.Vagran.Nekande;
import se.bistand.domain.logg.Vagran;

/**
 * The delegationsordning as data: read by everyone who decides or attests; changed by a
 * systemförvaltare as a proposal that takes effect only when a second person with
 * {@link Behorighet#DELEGATION_BEKRAFTA} confirms it. Every step is audited.
 */
public final class DelegationService {

    private final Transaktioner tx;
    private final DelegationsRepository repo;
    private final AuditLogg audit;
    private final Clock klocka;
    private final Vagran vagran;

    public DelegationService(Transaktioner tx, DelegationsRepository repo, AuditLogg audit, Clock klocka) {
        this.tx = tx;
        this.repo = repo;
        this.audit = audit;
        this.klocka = klocka;
        this.vagran = new Vagran(tx, audit);
    }

    /** Every version, newest first. */
    public List<Delegationsordning> versioner(Aktor aktor) {
        return tx.iTransaktion(() -> repo.alla().stream()
                .sorted((a, b) -> Long.compare(b.id(), a.id())).toList());
    }

    /** The version in force on {@code dag}. */
    public Delegationsordning gallande(LocalDate dag) {
        return tx.iTransaktion(() -> DelegationsKontroll.ordning(repo.alla(), dag));
    }

    /** The check the decision model's save path calls: may the maker decide this amount? */
    public Delegationsbedomning bedom(Aktor beslutsfattare, Beslutstyp typ, Money belopp, LocalDate dag) {
        return DelegationsKontroll.bedom(gallande(dag), beslutsfattare.roll(), typ, belopp);
    }

    /** Proposes a new version from {@code giltigFran}; it is not in force until confirmed. */
    public long foresla(Aktor aktor, LocalDate giltigFran, String beskrivning, List<DelegationsRegel> regler) {
        aktor.krav(Behorighet.MASTERDATA_ADMINISTRERA);
        if (giltigFran == null) {
            throw DomainException.forField("giltigFran", "delegation.giltigFranSaknas");
        }
        if (beskrivning == null || beskrivning.isBlank()) {
            throw DomainException.forField("beskrivning", "delegation.beskrivningSaknas");
        }
        for (DelegationsRegel r : regler) {
            if (r.beslutMax().map(m -> !m.isPositive()).orElse(false) || r.attestMax().map(m -> !m.isPositive()).orElse(false)) {
                throw DomainException.forField("belopp", "delegation.ogiltigGrans");
            }
        }
        return tx.iTransaktion(() -> {
            if (repo.alla().stream().anyMatch(o -> o.status() == Delegationsordning.Status.FORESLAGEN)) {
                throw new DomainException("delegation.forslagFinns");
            }
            long id = repo.foresla(new Delegationsordning(0, giltigFran, Delegationsordning.Status.FORESLAGEN,
                    beskrivning.strip(), Optional.of(aktor.id()), klocka.instant(), Optional.empty(), Optional.empty(),
                    regler, 0));
            audit.registrera(NyAuditHandelse.av(aktor, "DELEGATION_FORESLAGEN", "delegationsordning", id, null,
                    "giltigFran=" + giltigFran + "; " + beskrivning.strip() + "; " + text(regler)));
            return id;
        });
    }

    /** Confirms a proposal: only someone other than the proposer. */
    public void bekrafta(Aktor aktor, long id) {
        avgor(aktor, id, Delegationsordning.Status.GALLANDE, "DELEGATION_BEKRAFTAD");
    }

    public void avvisa(Aktor aktor, long id) {
        avgor(aktor, id, Delegationsordning.Status.AVVISAD, "DELEGATION_AVVISAD");
    }

    private void avgor(Aktor aktor, long id, Delegationsordning.Status status, String handelse) {
        aktor.krav(Behorighet.DELEGATION_BEKRAFTA);
        vagran.provaOchAndra(aktor, handelse + "_NEKAD", "delegationsordning", id,
                () -> repo.hitta(id).orElseThrow(() -> new DomainException("delegation.finnsInte", id)), o -> {
                    if (o.status() != Delegationsordning.Status.FORESLAGEN) {
                        throw new DomainException("delegation.inteForslag", id);
                    }
                    if (o.foreslagenAv().map(aktor.id()::equals).orElse(false)) {
                        return Nekande.av(new DomainException("delegation.egenAndring"),
                                "egen ändring kan inte bekräftas av samma person");
                    }
                    return null;
                }, o -> {
                    repo.avgor(id, status, aktor.id(), klocka.instant(), o.version());
                    audit.registrera(NyAuditHandelse.av(aktor, handelse, "delegationsordning", id, "FORESLAGEN",
                            status.name()));
                    return null;
                });
    }

    private static String text(List<DelegationsRegel> regler) {
        return regler.stream().map(r -> r.typ() + "/" + r.roll() + ":"
                + (r.farBesluta() ? r.beslutMax().map(Money::toPlainString).orElse("obegränsat") : "nej") + "/"
                + (r.farAttestera() ? r.attestMax().map(Money::toPlainString).orElse("obegränsat") : "nej"))
                .collect(Collectors.joining(", "));
    }
}
