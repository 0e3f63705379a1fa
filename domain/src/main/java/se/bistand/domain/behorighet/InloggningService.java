package se.bistand.domain.behorighet;

import java.time.Clock;
import java.util.Optional;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.OptimistiskLasningException;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.NyAuditHandelse;

/**
 * Sign-in with lock-out. Every attempt, successful or not, is audited; the audit row of a
 * failure is committed before the failure is reported, also when the attempt raced another one
 * on the same account. Sign-in does not reveal which user names exist (same message, same slow
 * password check).
 */
public final class InloggningService {

    /** Failed attempts in a row that lock the account until a systemförvaltare unlocks it. */
    public static final int MAX_FORSOK = 5;
    /** How often a failure that lost a race for the counter is judged again on the fresh row. */
    static final int MAX_OMFORSOK = 3;

    private final Transaktioner tx;
    private final AnvandareRepository anvandare;
    private final LosenordsHashare hashare;
    private final AuditLogg audit;
    private final Clock klocka;
    private volatile String attrappHash;

    public InloggningService(Transaktioner tx, AnvandareRepository anvandare, LosenordsHashare hashare,
                             AuditLogg audit, Clock klocka) {
        this.tx = tx;
        this.anvandare = anvandare;
        this.hashare = hashare;
        this.audit = audit;
        this.klocka = klocka;
    }

    /**
     * Returns the signed-in actor, or throws {@code inloggning.felaktig}. The answer does not tell
     * whether the user name exists: an unknown name, a wrong password, the failure that locks an
     * account and any attempt on a locked or inactive account with a wrong password all get that
     * one message, after the same slow password check (an unknown name is checked against a
     * dummy hash of the same cost). Only the right password on a locked or inactive account is
     * told so ({@code inloggning.last}, {@code inloggning.inaktiv}): that person knows the account.
     */
    public Aktor loggaIn(String anvandarnamn, char[] losenord) {
        String namn = anvandarnamn == null ? "" : anvandarnamn.strip().toLowerCase();
        if (namn.isEmpty()) {
            throw DomainException.forField("anvandarnamn", "inloggning.angeAnvandarnamn");
        }
        if (losenord == null || losenord.length == 0) {
            throw DomainException.forField("losenord", "inloggning.angeLosenord");
        }
        Utfall utfall = tx.iTransaktion(() -> forsok(namn, losenord, "INLOGGNING", false));
        if (utfall.fel != null) {
            throw utfall.fel;
        }
        return utfall.aktor;
    }

    /**
     * Re-checks the password of an already signed-in user (unlocking the lock screen, signing a
     * payout list). Failures count towards lock-out like a sign-in; the account is known here, so
     * the message says how many attempts remain.
     */
    public void bekraftaLosenord(Aktor aktor, char[] losenord, String syfte) {
        if (losenord == null || losenord.length == 0) {
            throw DomainException.forField("losenord", "inloggning.angeLosenord");
        }
        Utfall utfall = tx.iTransaktion(() -> forsok(aktor.anvandarnamn(), losenord, syfte, true));
        if (utfall.fel != null) {
            throw utfall.fel;
        }
    }

    public void loggaUt(Aktor aktor, String orsak) {
        tx.kor(() -> audit.registrera(NyAuditHandelse.av(aktor, "UTLOGGNING", "anvandare", aktor.id(), null, orsak)));
    }

    /**
     * One attempt: exactly one slow password check whatever the account's state, then the
     * verdict. A verdict that loses a race for the failure counter (another attempt on the same
     * account committed first) is judged again on the fresh row, so the failure still counts and
     * its audit row still commits; after {@link #MAX_OMFORSOK} lost races it is audited as such.
     */
    private Utfall forsok(String namn, char[] losenord, String handelse, boolean kand) {
        String attrapp = attrapp();
        Optional<Anvandare> hittad = anvandare.hitta(namn);
        String kontrolleradHash = hittad.map(Anvandare::losenordshash).orElse(attrapp);
        boolean stammer = hashare.stammer(losenord, kontrolleradHash);
        for (int varv = 1; ; varv++) {
            try {
                return bedom(namn, hittad, stammer, handelse, kand);
            } catch (OptimistiskLasningException konflikt) {
                hittad = anvandare.hitta(namn);
                if (varv == MAX_OMFORSOK || hittad.isEmpty()) {
                    audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare",
                            hittad.map(Anvandare::id).orElse(null), "samtidiga försök, räknaren kunde inte uppdateras"));
                    return Utfall.fel(stammer ? konflikt : DomainException.forField("losenord", "inloggning.felaktig"));
                }
                if (!hittad.get().losenordshash().equals(kontrolleradHash)) {
                    kontrolleradHash = hittad.get().losenordshash();
                    stammer = hashare.stammer(losenord, kontrolleradHash);
                }
            }
        }
    }

    private Utfall bedom(String namn, Optional<Anvandare> hittad, boolean stammer, String handelse, boolean kand) {
        DomainException felaktig = DomainException.forField("losenord", "inloggning.felaktig");
        if (hittad.isEmpty()) {
            audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare", null,
                    "okänt användarnamn"));
            return Utfall.fel(felaktig);
        }
        Anvandare a = hittad.get();
        if (!a.aktiv()) {
            audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare", a.id(),
                    "kontot är inaktiverat"));
            return Utfall.fel(stammer || kand ? DomainException.forField("losenord", "inloggning.inaktiv") : felaktig);
        }
        if (a.last()) {
            audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare", a.id(),
                    "kontot är låst"));
            return Utfall.fel(stammer || kand ? DomainException.forField("losenord", "inloggning.last") : felaktig);
        }
        if (!stammer) {
            int forsok = a.misslyckadeForsok() + 1;
            boolean last = forsok >= MAX_FORSOK;
            anvandare.uppdatera(new Anvandare(a.id(), a.anvandarnamn(), a.namn(), a.roll(), a.personnummer(),
                    a.losenordshash(), a.aktiv(), forsok, last, a.senastInloggad(), a.version()));
            audit.registrera(NyAuditHandelse.anonym(namn, handelse + "_MISSLYCKAD", "anvandare", a.id(),
                    "fel lösenord, försök " + forsok + (last ? ", kontot låstes" : "")));
            if (last) {
                audit.registrera(NyAuditHandelse.anonym(namn, "KONTO_LAST", "anvandare", a.id(),
                        MAX_FORSOK + " misslyckade försök"));
                return Utfall.fel(kand ? DomainException.forField("losenord", "inloggning.nuLast", MAX_FORSOK) : felaktig);
            }
            return Utfall.fel(kand ? DomainException.forField("losenord", "inloggning.felaktigKvar", MAX_FORSOK - forsok)
                    : felaktig);
        }
        anvandare.uppdatera(new Anvandare(a.id(), a.anvandarnamn(), a.namn(), a.roll(), a.personnummer(),
                a.losenordshash(), a.aktiv(), 0, false, klocka.instant(), a.version()));
        audit.registrera(NyAuditHandelse.av(a.somAktor(), handelse, "anvandare", a.id(), null, null));
        return Utfall.ok(a.somAktor());
    }

    /**
     * A hash of a fixed text made by the same hasher (so of the same cost) once per service: an
     * unknown user name is checked against it. Made on the first attempt of any kind, so that
     * first attempt costs the same whether the name exists or not.
     */
    private String attrapp() {
        String h = attrappHash;
        if (h == null) {
            h = hashare.hasha("bistand-attrapp-for-okanda-anvandare".toCharArray());
            attrappHash = h;
        }
        return h;
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
