package se.bistand.app.utbetalning.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.installation.Installation;
import se.bistand.domain.utbetalning.Exportskrivare;

/**
 * Writes a signed list to the export folder: {@code <id>.xml} (pain.001 for the bank) and
 * {@code <id>.csv} (for ekonomi), with {@code -KOPIA} in the names and content of a copy, both
 * carrying the audit chain's anchor of the export (ADR 0004). The
 * paying party comes from the installation settings {@code kommun.namn},
 * {@code kommun.organisationsnummer} and {@code kommun.bankgiro}.
 */
public final class FilExportskrivare implements Exportskrivare {

    public static final String NAMN = "kommun.namn";
    public static final String ORGNR = "kommun.organisationsnummer";
    public static final String BANKGIRO = "kommun.bankgiro";

    private final Path mapp;
    private final Installation installation;
    private final ZoneId zon;

    public FilExportskrivare(Path mapp, Installation installation, ZoneId zon) {
        this.mapp = mapp;
        this.installation = installation;
        this.zon = zon;
    }

    @Override
    public List<String> skriv(Order o) {
        Utbetalningsorder order = new Utbetalningsorder(o.meddelandeId(), LocalDateTime.ofInstant(o.skapad(), zon),
                o.betalningsdag(), avsandare(), o.rader().stream().map(r -> new Utbetalningsorder.Rad(r.endToEndId(),
                        r.mottagare(), r.konto(), r.belopp(), r.meddelande(), r.skyddadIdentitet())).toList(), o.kopia());
        String bas = order.filMeddelandeId();
        Path xml = mapp.resolve(bas + ".xml");
        Path csv = mapp.resolve(bas + ".csv");
        ByteArrayOutputStream pain = new ByteArrayOutputStream();
        new Pain001Exporter().skriv(order, Optional.of(o.ankare()), pain);
        Pain001Schema.validera(pain.toByteArray());
        try {
            Files.createDirectories(mapp);
            Files.write(xml, pain.toByteArray());
            try (OutputStream ut = Files.newOutputStream(csv)) {
                new UtbetalningCsvExporter().skriv(order, Optional.of(o.ankare()), ut);
            }
        } catch (IOException e) {
            throw new DomainException("utbetalning.exportMisslyckades", mapp.toString());
        }
        return List.of(xml.toAbsolutePath().toString(), csv.toAbsolutePath().toString());
    }

    private Utbetalningsorder.Avsandare avsandare() {
        String namn = installation.hamta(NAMN).orElse("");
        String orgnr = installation.hamta(ORGNR).orElse("");
        String bg = installation.hamta(BANKGIRO).orElse("");
        if (namn.isBlank() || orgnr.isBlank() || bg.isBlank()) {
            throw new DomainException("utbetalning.avsandareSaknas");
        }
        return new Utbetalningsorder.Avsandare(namn, Organisationsnummer.parse(orgnr), Bankgiro.parse(bg), null, null);
    }
}
