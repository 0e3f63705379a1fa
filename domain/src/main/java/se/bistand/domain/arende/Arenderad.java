package se.bistand.domain.arende;

import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** One case in a list (work list, fördelning, search), with what the deadline rules need. */
public record Arenderad(Arende arende, Person sokande, Optional<String> handlaggareNamn, int antalVuxna,
                        int antalBarn, boolean skyddad, Bevakningsunderlag underlag) {

    public Optional<AnvandareId> handlaggare() {
        return arende.handlaggare();
    }
}
