package se.bistand.domain.utbetalning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.logg.Granskningsankare;

/** Port: writes a signed list's payments for the bank (pain.001) and for ekonomi (CSV). */
public interface Exportskrivare {

    /** Writes the files and returns their names. */
    List<String> skriv(Order order);

    /**
     * What is exported; {@code kopia} marks a second export of the same list (never a new payment);
     * {@code ankare} is the audit chain's head at the export, written into every file (ADR 0004).
     */
    record Order(long listaId, String meddelandeId, Instant skapad, LocalDate betalningsdag, boolean kopia,
                 List<Rad> rader, Granskningsankare ankare) {
    }

    /**
     * One payment. {@code skyddadIdentitet}: the recipient is a person with skyddad identitet —
     * the pain.001 for the bank carries the name (the bank needs a creditor name), the CSV copy
     * for ekonomi does not (ADR 0011).
     */
    record Rad(String endToEndId, String mottagare, Kontouppgift konto, Money belopp, String meddelande,
               boolean skyddadIdentitet) {
    }
}
