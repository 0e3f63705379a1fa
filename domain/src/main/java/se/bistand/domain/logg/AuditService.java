package se.bistand.domain.logg;

import java.util.ArrayList;
import java.util.List;
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
    private final ExternaAnkare externaAnkare;

    public AuditService(Transaktioner tx, AuditLogg audit, Atkomstlogg atkomstlogg, ExternaAnkare externaAnkare) {
        this.tx = tx;
        this.audit = audit;
        this.atkomstlogg = atkomstlogg;
        this.externaAnkare = externaAnkare;
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

    /**
     * Verifies the chain against the stored head, the table of anchors and the anchors found
     * outside the database (export files, backups); audited.
     */
    public AuditKedja.Resultat verifiera(Aktor aktor) {
        return verifiera(aktor, List.of());
    }

    /** As {@link #verifiera(Aktor)}, also against {@code fler} anchors (files named on the command line). */
    public AuditKedja.Resultat verifiera(Aktor aktor, List<Granskningsankare> fler) {
        aktor.krav(Behorighet.LOGG_GRANSKA);
        List<Granskningsankare> utanfor = new ArrayList<>(externaAnkare.las());
        utanfor.addAll(fler);
        return tx.iTransaktion(() -> {
            List<Granskningsankare> ankare = new ArrayList<>();
            ankare.add(audit.huvud().medKalla("kedjans huvud i databasen"));
            ankare.addAll(audit.ankare());
            ankare.addAll(utanfor);
            AuditKedja.Verifierare v = new AuditKedja.Verifierare(ankare);
            audit.forVarje(v::granska);
            AuditKedja.Resultat granskning = v.resultat();
            AtkomstKedja.Verifierare va = new AtkomstKedja.Verifierare();
            atkomstlogg.forVarje(va::granska);
            Atkomstlogg.Huvud huvud = atkomstlogg.huvud();
            AuditKedja.Resultat atkomst = va.resultat(huvud.senasteId(), huvud.senasteHash());
            AuditKedja.Resultat r = granskning.ok() && !atkomst.ok() ? new AuditKedja.Resultat(
                    granskning.antalRader(), false, atkomst.forstaFelaktigaId(), atkomst.orsak(),
                    granskning.antalAnkare()) : granskning;
            audit.registrera(NyAuditHandelse.av(aktor, "AUDIT_VERIFIERAD", "audit_event", null, null,
                    "rader=" + r.antalRader() + "; ankare=" + r.antalAnkare() + "; ok=" + r.ok()
                            + (granskning.ok() ? "" : "; forsta_fel=" + granskning.forstaFelaktigaId())
                            + "; atkomstrader=" + atkomst.antalRader() + "; atkomst_ok=" + atkomst.ok()
                            + (atkomst.ok() ? "" : "; atkomst_forsta_fel=" + atkomst.forstaFelaktigaId())));
            return r;
        });
    }

    /**
     * The anchors among {@code ankare} that the chain does not have: beyond its last row, or a
     * different hash at their {@code seq}. Used after a restore or a demo reset, whose chain is
     * legitimately older than the files written before it (ADR 0004).
     */
    public List<Granskningsankare> ankareUtanforKedjan(Aktor aktor, List<Granskningsankare> ankare) {
        aktor.krav(Behorighet.LOGG_GRANSKA);
        java.util.Map<Long, String> hashVid = new java.util.HashMap<>();
        ankare.forEach(a -> hashVid.put(a.seq(), null));
        hashVid.put(0L, AuditKedja.START_HASH);
        tx.kor(() -> audit.forVarje(h -> {
            if (hashVid.containsKey(h.id())) {
                hashVid.put(h.id(), h.hash());
            }
        }));
        return ankare.stream().filter(a -> !a.hash().equals(hashVid.get(a.seq()))).toList();
    }
}
