package se.bistand.domain.logg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain checked against anchors: the head, the anchors table and copies outside the database. */
class AuditKedjaVerifierareTest {

    private static List<AuditHandelse> kedja(int antal, String efter7) {
        List<AuditHandelse> rader = new ArrayList<>();
        String prev = AuditKedja.START_HASH;
        for (long id = 1; id <= antal; id++) {
            Instant t = Instant.parse("2026-12-03T10:00:00Z").plusSeconds(id);
            String efter = id == 7 ? efter7 : "efter " + id;
            String hash = AuditKedja.hash(id, t, null, "test", "TEST", "sak", "1", null, efter, prev);
            rader.add(new AuditHandelse(id, t, null, "test", "TEST", "sak", "1", null, efter, prev, hash));
            prev = hash;
        }
        return rader;
    }

    private static AuditKedja.Resultat verifiera(List<AuditHandelse> rader, List<Granskningsankare> ankare) {
        AuditKedja.Verifierare v = new AuditKedja.Verifierare(ankare);
        rader.forEach(v::granska);
        return v.resultat();
    }

    private static Granskningsankare ankare(List<AuditHandelse> rader, long seq, String kalla) {
        return new Granskningsankare(seq, seq == 0 ? AuditKedja.START_HASH : rader.get((int) seq - 1).hash(), kalla);
    }

    @Test
    void aChainAgreeingWithItsAnchorsVerifies() {
        List<AuditHandelse> rader = kedja(10, "efter 7");
        AuditKedja.Resultat r = verifiera(rader, List.of(ankare(rader, 0, "tom databas"), ankare(rader, 4, "export"),
                ankare(rader, 10, "huvud")));
        assertThat(r.ok()).isTrue();
        assertThat(r.antalAnkare()).isEqualTo(3);
    }

    @Test
    void anAnchorBeyondTheLastRowMeansRowsWereCutAtTheEnd() {
        List<AuditHandelse> rader = kedja(10, "efter 7");
        AuditKedja.Resultat r = verifiera(rader.subList(0, 8), List.of(ankare(rader, 10, "säkerhetskopian b.sql.gz")));
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(9L);
        assertThat(r.orsak()).contains("säkerhetskopian b.sql.gz").contains("slutar vid id 8");
    }

    @Test
    void aRewrittenChainThatIsWholeAgainDisagreesWithAnAnchorTakenBefore() {
        List<AuditHandelse> aktad = kedja(10, "efter 7");
        List<AuditHandelse> omskriven = kedja(10, "förfalskat");
        assertThat(verifiera(omskriven, List.of()).ok()).as("unkeyed: whole again without anchors").isTrue();
        AuditKedja.Resultat r = verifiera(omskriven, List.of(ankare(aktad, 5, "signatur 1"), ankare(aktad, 9, "export")));
        assertThat(r.ok()).isFalse();
        assertThat(r.forstaFelaktigaId()).isEqualTo(9L);
        assertThat(r.orsak()).contains("skrivits om").contains("export");
    }

    @Test
    void anAnchorIsFoundInAnyFileText() {
        Granskningsankare a = new Granskningsankare(42, "ab".repeat(32), "x");
        String csv = "Summa;;;;12,00;\r\nGranskningskedja;" + a.text() + ";;;;\r\n";
        String xml = "<?xml version=\"1.0\"?><!-- Bistånd granskningskedja: " + a.text() + " --><Document/>";
        assertThat(Granskningsankare.hitta(csv, "exportfilen l.csv")).containsExactly(a.medKalla("exportfilen l.csv"));
        assertThat(Granskningsankare.hitta(xml, "x")).containsExactly(a);
        assertThat(Granskningsankare.hitta("bistand-granskningsankare seq=1 sha256=kort", "x")).isEmpty();
    }
}
