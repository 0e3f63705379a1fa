package se.bistand.domain.logg;

import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.Transaktioner;

/** Verifies the audit hash chain (for {@code admin audit verify} and the log review screen). */
public final class AuditService {
    private final Transaktioner tx;
    private final AuditLogg audit;

    public AuditService(Transaktioner tx, AuditLogg audit) {
        this.tx = tx;
        this.audit = audit;
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
