package se.bistand.persistence.grund;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps are bound as UTC {@link OffsetDateTime} at microsecond precision (H2 and PostgreSQL alike). */
public final class Tider {
    private Tider() {
    }

    public static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime o) {
        return o == null ? null : o.toInstant();
    }
}
