package se.bistand.app.utbetalning.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.betalning.Plusgiro;
import se.bistand.domain.gemensam.Money;

/** A small order with one payment to each kind of account, amounts chosen to expose rounding. */
final class Exempelorder {

    private Exempelorder() {
    }

    /** One payment to a client with skyddad identitet (ADR 0011). */
    static Utbetalningsorder skyddadMottagare() {
        Utbetalningsorder o = order();
        return new Utbetalningsorder(o.meddelandeId(), LocalDateTime.of(2026, 11, 23, 9, 15, 30), o.betalningsdag(),
                o.avsandare(), List.of(new Utbetalningsorder.Rad("B-1004", "Lina Berg", Bankkonto.parse("8351-9",
                        "392 242 224-5"), Money.parse("7 000,00"), "Ekonomiskt bistånd 2026-11-24", true)), false);
    }

    static Utbetalningsorder order() {
        Utbetalningsorder.Avsandare kommun = new Utbetalningsorder.Avsandare("Exempels kommun, Socialförvaltningen",
                Organisationsnummer.parse("212000-0142"), Bankgiro.parse("5050-1055"), null, null);
        return new Utbetalningsorder("UL-2026-11-23-001", LocalDateTime.of(2026, 11, 23, 9, 15, 30),
                LocalDate.of(2026, 11, 24), kommun, List.of(
                        new Utbetalningsorder.Rad("B-1001", "Anna Andersson", Bankkonto.parse("8351-9", "392 242 224-5"),
                                Money.parse("8 123,45"), "Försörjningsstöd december"),
                        new Utbetalningsorder.Rad("B-1002", "Hyresvärden AB; Öst", Bankgiro.parse("160-9908"),
                                Money.parse("6 500,10"), "Hyra lgh 1201, \"december\""),
                        new Utbetalningsorder.Rad("B-1003", "Elbolaget", Plusgiro.parse("4455-2"),
                                Money.ofOre(1), "")),
                false);
    }
}
