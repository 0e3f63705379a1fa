package se.bistand.domain.logg;

import se.bistand.domain.behorighet.Aktor;

/** An audit event to append; the audit log assigns id, time and hashes. */
public record NyAuditHandelse(Long anvandareId, String anvandarnamn, String handelse, String objektTyp,
                              String objektId, String fore, String efter) {

    public static NyAuditHandelse av(Aktor aktor, String handelse, String objektTyp, Object objektId,
                                     String fore, String efter) {
        return new NyAuditHandelse(aktor.id().varde() == 0 ? null : aktor.id().varde(), aktor.anvandarnamn(),
                handelse, objektTyp, objektId == null ? null : String.valueOf(objektId), fore, efter);
    }

    /** An event with no signed-in user (e.g. a failed sign-in for an unknown user name). */
    public static NyAuditHandelse anonym(String anvandarnamn, String handelse, String objektTyp, Object objektId,
                                         String efter) {
        return new NyAuditHandelse(null, anvandarnamn, handelse, objektTyp,
                objektId == null ? null : String.valueOf(objektId), null, efter);
    }
}
