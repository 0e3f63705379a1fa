package se.bistand.domain.arende;

import java.time.LocalDate;

/** One item of an application's checklist. */
public record Checklistpost(long ansokanId, Kontrollpunkt punkt, Kontrollstatus status, LocalDate datum, String av,
                            String skal) {

    public boolean klar() {
        return status != Kontrollstatus.EJ_KONTROLLERAD;
    }
}
