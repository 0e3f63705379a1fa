package se.bistand.domain.avvikelse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.DomainException;

/**
 * What the reporter fills in. A draft may be incomplete; a submitted avvikelse needs category,
 * description, both dates and severity. Dates are checked either way: discovery not before the
 * event, neither in the future.
 */
public record AvvikelseUppgifter(Kategori kategori, String beskrivning, LocalDate intraffade,
                                 LocalDateTime upptacktes, String konsekvens, String omedelbarAtgard,
                                 Allvarlighet allvarlighet, Optional<Lank> lank) {

    public static final int MAX_TEXT = 4000;

    public AvvikelseUppgifter {
        beskrivning = rensa(beskrivning);
        konsekvens = rensa(konsekvens);
        omedelbarAtgard = rensa(omedelbarAtgard);
        lank = lank == null ? Optional.empty() : lank;
    }

    private static String rensa(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Every problem, one per field (the form shows them all at once); empty when valid. */
    public List<DomainException> fel(Clock klocka, boolean forInskick) {
        List<DomainException> fel = new ArrayList<>();
        LocalDateTime nu = LocalDateTime.now(klocka);
        if (forInskick) {
            if (kategori == null) {
                fel.add(DomainException.forField("kategori", "avvikelse.kategoriSaknas"));
            }
            if (beskrivning == null) {
                fel.add(DomainException.forField("beskrivning", "avvikelse.beskrivningSaknas"));
            }
            if (intraffade == null) {
                fel.add(DomainException.forField("intraffade", "avvikelse.intraffadeSaknas"));
            }
            if (upptacktes == null) {
                fel.add(DomainException.forField("upptacktes", "avvikelse.upptacktesSaknas"));
            }
            if (allvarlighet == null) {
                fel.add(DomainException.forField("allvarlighet", "avvikelse.allvarlighetSaknas"));
            }
        }
        if (intraffade != null && intraffade.isAfter(nu.toLocalDate())) {
            fel.add(DomainException.forField("intraffade", "avvikelse.datumIFramtiden", intraffade.toString()));
        }
        if (upptacktes != null && upptacktes.isAfter(nu)) {
            fel.add(DomainException.forField("upptacktes", "avvikelse.datumIFramtiden",
                    upptacktes.toLocalDate().toString()));
        } else if (upptacktes != null && intraffade != null && upptacktes.toLocalDate().isBefore(intraffade)) {
            fel.add(DomainException.forField("upptacktes", "avvikelse.upptacktForeHandelse",
                    upptacktes.toLocalDate().toString(), intraffade.toString()));
        }
        langd(fel, "beskrivning", beskrivning);
        langd(fel, "konsekvens", konsekvens);
        langd(fel, "omedelbarAtgard", omedelbarAtgard);
        return fel;
    }

    private static void langd(List<DomainException> fel, String falt, String s) {
        if (s != null && s.length() > MAX_TEXT) {
            fel.add(DomainException.forField(falt, "avvikelse.forLangText", MAX_TEXT));
        }
    }

    /** Throws the first problem, if any. */
    public void kontrollera(Clock klocka, boolean forInskick) {
        List<DomainException> f = fel(klocka, forInskick);
        if (!f.isEmpty()) {
            throw f.get(0);
        }
    }
}
