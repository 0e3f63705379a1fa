package se.bistand.domain.behorighet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/** User administration (systemförvaltare). Every change is audited in the same transaction. */
public final class AnvandarService {

    public static final int MIN_LOSENORDSLANGD = 10;

    private final Transaktioner tx;
    private final AnvandareRepository repo;
    private final LosenordsHashare hashare;
    private final AuditLogg audit;

    public AnvandarService(Transaktioner tx, AnvandareRepository repo, LosenordsHashare hashare, AuditLogg audit) {
        this.tx = tx;
        this.repo = repo;
        this.hashare = hashare;
        this.audit = audit;
    }

    public List<Anvandare> lista(Aktor aktor) {
        aktor.krav(Behorighet.ANVANDARE_ADMINISTRERA);
        return tx.iTransaktion(repo::alla);
    }

    /**
     * Display names of all users by id, for lists that show who decided, attested or signed
     * (a name of a staff member, no personal data of a client: any signed-in user may read it).
     */
    public Map<AnvandareId, String> visningsnamn() {
        return tx.iTransaktion(() -> repo.alla().stream().collect(Collectors.toMap(Anvandare::id, Anvandare::namn)));
    }

    public AnvandareId skapa(Aktor aktor, String anvandarnamn, String namn, Roll roll,
                             Optional<Personnummer> personnummer, char[] losenord) {
        aktor.krav(Behorighet.ANVANDARE_ADMINISTRERA);
        String anv = anvandarnamn == null ? "" : anvandarnamn.strip().toLowerCase();
        if (!anv.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw DomainException.forField("anvandarnamn", "anvandare.ogiltigtAnvandarnamn", anv);
        }
        if (namn == null || namn.isBlank()) {
            throw DomainException.forField("namn", "anvandare.namnSaknas");
        }
        if (roll == null) {
            throw DomainException.forField("roll", "anvandare.rollSaknas");
        }
        kontrolleraLosenord(losenord);
        String hash = hashare.hasha(losenord);
        return tx.iTransaktion(() -> {
            if (repo.hitta(anv).isPresent()) {
                throw DomainException.forField("anvandarnamn", "anvandare.finnsRedan", anv);
            }
            AnvandareId id = repo.skapa(new AnvandareRepository.NyAnvandare(anv, namn.strip(), roll, personnummer, hash));
            audit.registrera(NyAuditHandelse.av(aktor, "ANVANDARE_SKAPAD", "anvandare", id, null,
                    "anvandarnamn=" + anv + "; namn=" + namn.strip() + "; roll=" + roll));
            return id;
        });
    }

    /** Unlocks a locked account (resets the failure counter). */
    public void lasUpp(Aktor aktor, AnvandareId id) {
        aktor.krav(Behorighet.ANVANDARE_ADMINISTRERA);
        tx.kor(() -> {
            Anvandare a = repo.hitta(id).orElseThrow(() -> new DomainException("anvandare.finnsInte", id));
            repo.uppdatera(new Anvandare(a.id(), a.anvandarnamn(), a.namn(), a.roll(), a.personnummer(),
                    a.losenordshash(), a.aktiv(), 0, false, a.senastInloggad(), a.version()));
            audit.registrera(NyAuditHandelse.av(aktor, "ANVANDARE_UPPLAST", "anvandare", id, "last=" + a.last(),
                    "last=false"));
        });
    }

    public static void kontrolleraLosenord(char[] losenord) {
        if (losenord == null || losenord.length < MIN_LOSENORDSLANGD) {
            throw DomainException.forField("losenord", "anvandare.losenordForKort", MIN_LOSENORDSLANGD);
        }
    }
}
