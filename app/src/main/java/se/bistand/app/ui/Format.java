package se.bistand.app.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import se.bistand.app.AppContext;

/** Swedish display formats for dates and times. */
public final class Format {
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(AppContext.TIDSZON);

    private Format() {
    }

    public static String tid(Instant i) {
        return i == null ? "–" : TID.format(i);
    }
}
