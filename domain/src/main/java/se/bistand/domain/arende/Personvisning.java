package se.bistand.domain.arende;

import java.time.LocalDate;
import se.bistand.domain.gemensam.Id.PersonId;

/**
 * A person as a given user may see them (see {@link SkyddadIdentitet#visning}). When
 * {@code maskerad}, the name and identity are placeholders and {@code fodelsedatum} is null.
 */
public record Personvisning(PersonId id, String namn, String identitet, LocalDate fodelsedatum, Adress adress,
                            String telefon, String epost, boolean skyddadIdentitet, boolean maskerad,
                            boolean hotOchVald, Identitetstyp typ, String reservSkal) {
}
