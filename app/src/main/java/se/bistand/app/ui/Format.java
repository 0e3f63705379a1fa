package se.bistand.app.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;

/** Swedish display formats for dates and times. */
public final class Format {
    /** The municipality's time zone: every time shown, and every "today", is in it. */
    public static final ZoneId TIDSZON = ZoneId.of("Europe/Stockholm");

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TIDSZON);

    private Format() {
    }

    public static String tid(Instant i) {
        return i == null ? "–" : TID.format(i);
    }
}
