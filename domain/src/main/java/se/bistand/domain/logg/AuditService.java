package se.bistand.domain.logg;

import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.Transaktioner;

/**
 * Verifies the audit hash chain and the access log's chain (for {@code admin audit verify} and
 * the log review screen): the result is not ok when either is broken; the audit chain's fault
 * is reported first, the access log's reason starts with "åtkomstloggen".
 */
public final class AuditService {
    private final Transaktioner tx;
    private final AuditLogg audit;
    private final Atkomstlogg atkomstlogg;

    public AuditService(Transaktioner tx, AuditLogg audit, Atkomstlogg atkomstlogg) {
        this.tx = tx;
        this.audit = audit;
        this.atkomstlogg = atkomstlogg;
    }

    /** The latest audit events, newest first (log review). */
    public java.util.List<AuditHandelse> senasteHandelser(Aktor aktor, int antal) {
        aktor.krav(Behorighet.LOGG_GRANSKA);
        return tx.iTransaktion(() -> audit.senaste(antal));
    }

    /** The latest access-log rows, newest first (loggkontroll). */
    public java.util.List<Atkomstlogg.Post> senasteAtkomster(Aktor aktor, int antal) {
        aktor.krav(Behorighet.LOGG_GRANSKA);
        return tx.iTransaktion(() -> atkomstlogg.senaste(antal));
    }

    public AuditKedja.Resultat verifiera(Aktor aktor) {
        aktor.krav(Behorighet.LOGG_GRANSKA);
        return tx.iTransaktion(() -> {
            AuditKedja.Verifierare v = new AuditKedja.Verifierare();
            audit.forVarje(v::granska);
            AuditKedja.Resultat granskning = v.resultat();
            AtkomstKedja.Verifierare va = new AtkomstKedja.Verifierare();
            atkomstlogg.forVarje(va::granska);
            Atkomstlogg.Huvud huvud = atkomstlogg.huvud();
            AuditKedja.Resultat atkomst = va.resultat(huvud.senasteId(), huvud.senasteHash());
            AuditKedja.Resultat r = granskning.ok() && !atkomst.ok() ? new AuditKedja.Resultat(
                    granskning.antalRader(), false, atkomst.forstaFelaktigaId(), atkomst.orsak()) : granskning;
            audit.registrera(NyAuditHandelse.av(aktor, "AUDIT_VERIFIERAD", "audit_event", null, null,
                    "rader=" + r.antalRader() + "; ok=" + r.ok()
                            + (granskning.ok() ? "" : "; forsta_fel=" + granskning.forstaFelaktigaId())
                            + "; atkomstrader=" + atkomst.antalRader() + "; atkomst_ok=" + atkomst.ok()
                            + (atkomst.ok() ? "" : "; atkomst_forsta_fel=" + atkomst.forstaFelaktigaId())));
            return r;
        });
    }
}
