package se.bistand.domain.utbetalning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;
import se.bistand.domain.logg.Vagran;
import se.bistand.domain.logg.Vagran.Nekande;

/**
 * Who signs payout lists, as data changed with four eyes like the delegationsordning: a
 * systemförvaltare proposes the two roles; the rule is in force only when a second person with
 * {@link Behorighet#DELEGATION_BEKRAFTA} confirms it. A list keeps the rule of its first
 * signature. Every step is audited with the rule before and after.
 */
public final class SigneringsregelService {

    private final Transaktioner tx;
    private final SigneringsregelRepository repo;
    private final AuditLogg audit;
    private final Clock klocka;
    private final Vagran vagran;

    public SigneringsregelService(Transaktioner tx, SigneringsregelRepository repo, AuditLogg audit, Clock klocka) {
        this.tx = tx;
        this.repo = repo;
        this.audit = audit;
        this.klocka = klocka;
        this.vagran = new Vagran(tx, audit);
    }

    /** The rule in force and a proposal waiting for confirmation; readable by every signed-in user (signers must see it). */
    public record Lage(Signeringsregel gallande, Optional<Signeringsregel> forslag) {
    }

    public Lage lage(Aktor aktor) {
        return tx.iTransaktion(() -> {
            List<Signeringsregel> alla = repo.alla();
            return new Lage(Signeringsregel.gallande(alla)
                    .orElseThrow(() -> new DomainException("utbetalning.ingenSigneringsregel")),
                    alla.stream().filter(r -> r.status() == Signeringsregel.Status.FORESLAGEN).findFirst());
        });
    }

    /** Proposes that signature 1 is made by {@code forsta} and signature 2 by {@code andra}. */
    public long foresla(Aktor aktor, Roll forsta, Roll andra, String beskrivning) {
        aktor.krav(Behorighet.MASTERDATA_ADMINISTRERA);
        for (Roll r : new Roll[] {forsta, andra}) {
            if (r == null) {
                throw DomainException.forField("signeringsroll", "signeringsregel.rollSaknas");
            }
            if (!r.har(Behorighet.UTBETALNINGSLISTA_SIGNERA)) {
                throw DomainException.forField("signeringsroll", "signeringsregel.rollKanInteSignera", r.textnyckel());
            }
        }
        if (beskrivning == null || beskrivning.isBlank()) {
            throw DomainException.forField("signeringsbeskrivning", "signeringsregel.beskrivningSaknas");
        }
        return tx.iTransaktion(() -> {
            List<Signeringsregel> alla = repo.alla();
            if (alla.stream().anyMatch(r -> r.status() == Signeringsregel.Status.FORESLAGEN)) {
                throw new DomainException("signeringsregel.forslagFinns");
            }
            Optional<Signeringsregel> gallande = Signeringsregel.gallande(alla);
            if (gallande.map(g -> g.roller().equals(List.of(forsta, andra))).orElse(false)) {
                throw new DomainException("signeringsregel.ingenAndring");
            }
            long id = repo.foresla(new Signeringsregel(0, List.of(forsta, andra), beskrivning.strip(),
                    Signeringsregel.Status.FORESLAGEN, Optional.of(aktor.id()), klocka.instant(), Optional.empty(),
                    Optional.empty(), 0));
            audit.registrera(NyAuditHandelse.av(aktor, "SIGNERINGSREGEL_FORESLAGEN", "signeringsregel", id,
                    gallande.map(Signeringsregel::text).orElse(null), forsta.name() + "+" + andra.name()
                            + "; " + beskrivning.strip()));
            return id;
        });
    }

    /** Confirms a proposal: only someone other than the proposer; the refusal is audited and committed. */
    public void bekrafta(Aktor aktor, long id) {
        avgor(aktor, id, Signeringsregel.Status.GALLANDE, "SIGNERINGSREGEL_BEKRAFTAD");
    }

    /** Rejects a proposal (the proposer may withdraw their own). */
    public void avvisa(Aktor aktor, long id) {
        avgor(aktor, id, Signeringsregel.Status.AVVISAD, "SIGNERINGSREGEL_AVVISAD");
    }

    private void avgor(Aktor aktor, long id, Signeringsregel.Status status, String handelse) {
        aktor.krav(Behorighet.DELEGATION_BEKRAFTA);
        vagran.provaOchAndra(aktor, handelse + "_NEKAD", "signeringsregel", id,
                () -> repo.hitta(id).orElseThrow(() -> new DomainException("signeringsregel.finnsInte", id)), r -> {
                    if (r.status() != Signeringsregel.Status.FORESLAGEN) {
                        throw new DomainException("signeringsregel.inteForslag", id);
                    }
                    if (status == Signeringsregel.Status.GALLANDE && r.foreslagenAv().map(aktor.id()::equals).orElse(false)) {
                        return Nekande.av(new DomainException("signeringsregel.egenAndring"),
                                "egen ändring kan inte bekräftas av samma person");
                    }
                    return null;
                }, r -> {
                    repo.avgor(id, status, aktor.id(), klocka.instant(), r.version());
                    audit.registrera(NyAuditHandelse.av(aktor, handelse, "signeringsregel", id, "FORESLAGEN",
                            status.name() + "; " + r.text()));
                    return null;
                });
    }
}
