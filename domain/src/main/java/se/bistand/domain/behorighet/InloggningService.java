package se.bistand.domain.behorighet;

import java.time.Clock;
import java.util.Optional;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * Sign-in with lock-out. Every attempt, successful or not, is audited; the audit row of a
 * failure is committed before the failure is reported.
 */
public final class InloggningService {

    /** Failed attempts in a row that lock the account until a systemförvaltare unlocks it. */
    public static final int MAX_FORSOK = 5;

    private final Transaktioner tx;
    private final AnvandareRepository anvandare;
    private final LosenordsHashare hashare;
    private final AuditLogg audit;
    private final Clock klocka;

    public InloggningService(Transaktioner tx, AnvandareRepository anvandare, LosenordsHashare hashare,
                             AuditLogg audit, Clock klocka) {
        this.tx = tx;
        this.anvandare = anvandare;
        this.hashare = hashare;
        this.audit = audit;
        this.klocka = klocka;
    }

    /**
     * Returns the signed-in actor, or throws {@code inloggning.felaktig} (unknown user or wrong
     * password: the same message, so user names cannot be probed), {@code inloggning.last} or
     * {@code inloggning.inaktiv}.
     */
    public Aktor loggaIn(String anvandarnamn, char[] losenord) {
        String namn = anvandarnamn == null ? "" : anvandarnamn.strip().toLowerCase();
        if (namn.isEmpty()) {
            throw DomainException.forField("anvandarnamn", "inloggning.angeAnvandarnamn");
        }
        if (losenord == null || losenord.length == 0) {
            throw DomainException.forField("losenord", "inloggning.angeLosenord");
        }
        Utfall utfall = tx.iTransaktion(() -> forsok(namn, losenord, "INLOGGNING"));
        if (utfall.fel != null) {
            throw utfall.fel;
        }
        return utfall.aktor;
    }

    /**
     * Re-checks the password of an already signed-in user (unlocking the lock screen, signing a
     * payout list). Failures count towards lock-out like a sign-in.
     */
    public void bekraftaLosenord(Aktor aktor, char[] losenord, String syfte) {
        if (losenord == null || losenord.length == 0) {
            throw DomainException.forField("losenord", "inloggning.angeLosenord");
        }
        Utfall utfall = tx.iTransaktion(() -> forsok(aktor.anvandarnamn(), losenord, syfte));
        if (utfall.fel != null) {
            throw utfall.fel;
        }
    }

    public void loggaUt(Aktor aktor, String orsak) {
        tx.kor(() -> audit.registrera(NyAuditHandelse.av(aktor, "UTLOGGNING", "anvandare", aktor.id(), null, orsak)));
    }

    private Utfall forsok(String namn, char[] losenord, String handelse) {
        Optional<Anvandare> hittad = anvandare.hitta(namn);
        if (hittad.isEmpty()) {
            audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare", null,
                    "okänt användarnamn"));
            return Utfall.fel(DomainException.forField("losenord", "inloggning.felaktig"));
        }
        Anvandare a = hittad.get();
        if (!a.aktiv()) {
            audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare", a.id(),
                    "kontot är inaktiverat"));
            return Utfall.fel(DomainException.forField("losenord", "inloggning.inaktiv"));
        }
        if (a.last()) {
            audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare", a.id(),
                    "kontot är låst"));
            return Utfall.fel(DomainException.forField("losenord", "inloggning.last"));
        }
        if (!hashare.stammer(losenord, a.losenordshash())) {
            int forsok = a.misslyckadeForsok() + 1;
            boolean last = forsok >= MAX_FORSOK;
            anvandare.uppdatera(new Anvandare(a.id(), a.anvandarnamn(), a.namn(), a.roll(), a.personnummer(),
                    a.losenordshash(), a.aktiv(), forsok, last, a.senastInloggad(), a.version()));
            audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare", a.id(),
                    "fel lösenord, försök " + forsok + (last ? ", kontot låstes" : "")));
            if (last) {
                audit.registrera(NyAuditHandelse.anonym(namn, "KONTO_LAST", "anvandare", a.id(),
                        MAX_FORSOK + " misslyckade försök"));
                return Utfall.fel(DomainException.forField("losenord", "inloggning.nuLast", MAX_FORSOK));
            }
            return Utfall.fel(DomainException.forField("losenord", "inloggning.felaktigKvar", MAX_FORSOK - forsok));
        }
        anvandare.uppdatera(new Anvandare(a.id(), a.anvandarnamn(), a.namn(), a.roll(), a.personnummer(),
                a.losenordshash(), a.aktiv(), 0, false, klocka.instant(), a.version()));
        audit.registrera(NyAuditHandelse.av(a.somAktor(), handelse, "anvandare", a.id(), null, null));
        return Utfall.ok(a.somAktor());
    }

    private record Utfall(Aktor aktor, DomainException fel) {
        static Utfall ok(Aktor a) {
            return new Utfall(a, null);
        }

        static Utfall fel(DomainException e) {
            return new Utfall(null, e);
        }
    }
}
