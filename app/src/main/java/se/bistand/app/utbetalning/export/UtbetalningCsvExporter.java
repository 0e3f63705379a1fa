package se.bistand.app.utbetalning.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.bistand.domain.arende.SkyddadIdentitet;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.logg.Granskningsankare;

/**
 * The utbetalningslista for the ekonomi department as CSV that Excel opens directly: UTF-8 with a
 * byte order mark, semicolons, Swedish decimal comma without grouping ({@code 1234,50}), CRLF line
 * ends, a title line (with {@code KOPIA} for a copy), a header row and, after the sum, the audit
 * chain's anchor. A recipient with skyddad identitet is "Skyddad identitet" here (the reference
 * and account still reconcile the payment).
 */
public final class UtbetalningCsvExporter {

    private static final String BOM = "\ufeff";
    private static final String RAD = "\r\n";

    public void skriv(Utbetalningsorder order, OutputStream ut) throws IOException {
        skriv(order, Optional.empty(), ut);
    }

    /**
     * Writes the list; {@code ankare}, the audit chain's head at the export (ADR 0004), is the
     * last line ({@code Granskningskedja;bistand-granskningsankare seq=… sha256=…;;;;}).
     */
    public void skriv(Utbetalningsorder order, Optional<Granskningsankare> ankare, OutputStream ut) throws IOException {
        Writer w = new OutputStreamWriter(ut, StandardCharsets.UTF_8);
        w.write(BOM);
        w.write(String.join(";", "Utbetalningslista", falt(order.filMeddelandeId()),
                order.betalningsdag().toString(), order.kopia() ? "KOPIA" : "") + RAD);
        w.write("Referens;Mottagare;Kontotyp;Konto;Belopp;Meddelande" + RAD);
        for (Utbetalningsorder.Rad r : order.rader()) {
            w.write(String.join(";", falt(r.endToEndId()), falt(mottagare(r)), kontotyp(r.konto()),
                    falt(r.konto().formaterat()), belopp(r), falt(r.meddelande())) + RAD);
        }
        w.write(String.join(";", "Summa", "", "", "", order.summa().toPlainString().replace('.', ','), "") + RAD);
        if (ankare.isPresent()) {
            w.write(String.join(";", "Granskningskedja", ankare.get().text(), "", "", "", "") + RAD);
        }
        w.flush();
    }

    /** The name, or for skyddad identitet the placeholder: the copy for ekonomi never names them (ADR 0011). */
    private static String mottagare(Utbetalningsorder.Rad r) {
        return r.skyddadIdentitet() ? SkyddadIdentitet.MASKERAT_NAMN : r.mottagare();
    }

    private static String belopp(Utbetalningsorder.Rad r) {
        return r.belopp().toPlainString().replace('.', ',');
    }

    private static String kontotyp(Kontouppgift konto) {
        if (konto instanceof Bankgiro) {
            return "Bankgiro";
        }
        return konto instanceof Bankkonto ? "Bankkonto" : "Plusgiro";
    }

    /** Quotes a field when it holds a separator, quote or line break (RFC 4180). */
    static String falt(String s) {
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
