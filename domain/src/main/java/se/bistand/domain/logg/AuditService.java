package se.bistand.domain.logg;

import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.Transaktioner;

/** Verifies the audit hash chain (for {@code admin audit verify} and the log review screen). */
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
            AuditKedja.Resultat r = v.resultat();
            audit.registrera(NyAuditHandelse.av(aktor, "AUDIT_VERIFIERAD", "audit_event", null, null,
                    "rader=" + r.antalRader() + "; ok=" + r.ok()
                            + (r.ok() ? "" : "; forsta_fel=" + r.forstaFelaktigaId())));
            return r;
        });
    }
}
