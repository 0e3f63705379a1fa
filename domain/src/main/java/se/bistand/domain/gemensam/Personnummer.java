package se.bistand.domain.gemensam;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A Swedish personnummer or samordningsnummer, validated (date, Luhn check digit) and held in
 * canonical 12-digit form {@code YYYYMMDDNNNN}.
 *
 * <p>Accepted input: 10 digits ({@code YYMMDDNNNN}), 10 digits with {@code -} or {@code +}
 * ({@code +} meaning the person is 100 years or older), or 12 digits with or without {@code -}.
 * Spaces are ignored. A samordningsnummer has 60 added to the day of birth.
 */
public final class Personnummer implements Comparable<Personnummer> {

    private final String siffror; // 12 digits
    private final LocalDate fodelsedatum;
    private final boolean samordningsnummer;

    private Personnummer(String siffror, LocalDate fodelsedatum, boolean samordningsnummer) {
        this.siffror = siffror;
        this.fodelsedatum = fodelsedatum;
        this.samordningsnummer = samordningsnummer;
    }

    /**
     * Parses and validates. {@code idag} decides the century of a 10-digit number (the most
     * recent century that puts the birth date on or before today, or 100+ years back with
     * {@code +}).
     */
    public static Personnummer parse(String text, LocalDate idag) {
        if (text == null || text.isBlank()) {
            throw DomainException.forField("personnummer", "personnummer.tomt");
        }
        String s = text.replace(" ", "").replace("\u00a0", "").strip();
        char separator = 0;
        int sepIndex = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '+') {
                if (sepIndex >= 0) {
                    throw DomainException.forField("personnummer", "personnummer.ogiltigaTecken", text.strip());
                }
                separator = c;
                sepIndex = i;
            } else if (c < '0' || c > '9') {
                throw DomainException.forField("personnummer", "personnummer.ogiltigaTecken", text.strip());
            }
        }
        String digits = sepIndex < 0 ? s : s.substring(0, sepIndex) + s.substring(sepIndex + 1);
        if (sepIndex >= 0 && digits.length() - sepIndex != 4) {
            throw DomainException.forField("personnummer", "personnummer.felFormat", text.strip());
        }
        String full;
        if (digits.length() == 12) {
            if (separator == '+') {
                throw DomainException.forField("personnummer", "personnummer.plusMed12Siffror", text.strip());
            }
            full = digits;
        } else if (digits.length() == 10) {
            full = medArhundrade(digits, separator == '+', idag, text);
        } else {
            throw DomainException.forField("personnummer", "personnummer.felLangd", text.strip(), digits.length());
        }
        return fromTwelveDigits(full, text);
    }

    private static String medArhundrade(String tio, boolean plus, LocalDate idag, String original) {
        int yy = Integer.parseInt(tio.substring(0, 2));
        int currentYear = idag.getYear();
        int year = currentYear - Math.floorMod(currentYear - yy, 100);
        // if that year gives a birth date after today, go back a century
        String mmdd = tio.substring(2, 6);
        LocalDate candidate = tryDate(year, mmdd);
        if (candidate != null && candidate.isAfter(idag)) {
            year -= 100;
        } else if (candidate == null && year == currentYear) {
            // unknown validity yet; keep the year, the date check reports it
        }
        if (plus) {
            year -= 100;
        }
        return String.format("%04d", year).substring(0, 2) + tio;
    }

    private static LocalDate tryDate(int year, String mmdd) {
        int mm = Integer.parseInt(mmdd.substring(0, 2));
        int dd = Integer.parseInt(mmdd.substring(2, 4));
        if (dd > 60) {
            dd -= 60;
        }
        try {
            return LocalDate.of(year, mm, dd);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Personnummer fromTwelveDigits(String full, String original) {
        int year = Integer.parseInt(full.substring(0, 4));
        int month = Integer.parseInt(full.substring(4, 6));
        int day = Integer.parseInt(full.substring(6, 8));
        boolean samordning = day > 60;
        int realDay = samordning ? day - 60 : day;
        LocalDate date;
        try {
            date = LocalDate.of(year, month, realDay);
        } catch (DateTimeException e) {
            throw DomainException.forField("personnummer", "personnummer.ogiltigtDatum", original.strip());
        }
        if (year < 1870) {
            throw DomainException.forField("personnummer", "personnummer.ogiltigtDatum", original.strip());
        }
        int expected = luhnKontrollsiffra(full.substring(2, 11));
        int actual = full.charAt(11) - '0';
        if (expected != actual) {
            throw DomainException.forField("personnummer", "personnummer.felKontrollsiffra", original.strip(), expected);
        }
        return new Personnummer(full, date, samordning);
    }

    /**
     * Builds a valid number for a birth date and a three-digit serial (e.g. 980–999, the range
     * Skatteverket uses for test numbers), computing the check digit.
     */
    public static Personnummer av(LocalDate fodelsedatum, int serial, boolean samordningsnummer) {
        if (serial < 0 || serial > 999) {
            throw new IllegalArgumentException("serial must be 0..999");
        }
        int day = fodelsedatum.getDayOfMonth() + (samordningsnummer ? 60 : 0);
        String nine = String.format("%02d%02d%02d%03d", fodelsedatum.getYear() % 100,
                fodelsedatum.getMonthValue(), day, serial);
        String full = String.format("%04d", fodelsedatum.getYear()) + nine.substring(2)
                + luhnKontrollsiffra(nine);
        return fromTwelveDigits(full, full);
    }

    /** Luhn check digit over nine digits (YYMMDDNNN). */
    static int luhnKontrollsiffra(String nine) {
        return Kontrollsiffra.luhn(nine);
    }

    /** True when {@code text} looks like a personnummer attempt (digits with optional separator). */
    public static boolean liknarPersonnummer(String text) {
        if (text == null) {
            return false;
        }
        String s = text.replace(" ", "").strip();
        return s.matches("\\d{6,8}[-+]?\\d{0,4}") && s.replaceAll("[-+]", "").length() >= 10;
    }

    /** 12 digits, no separator: {@code 198504129803}. The storage form. */
    public String tolvSiffror() {
        return siffror;
    }

    /** Display form {@code 19850412-9803}. */
    public String formaterat() {
        return siffror.substring(0, 8) + "-" + siffror.substring(8);
    }

    /** Masked display form for protected identities: {@code 19850412-****}. */
    public String maskerat() {
        return siffror.substring(0, 8) + "-****";
    }

    public LocalDate fodelsedatum() {
        return fodelsedatum;
    }

    public boolean arSamordningsnummer() {
        return samordningsnummer;
    }

    /** Completed years of age on {@code dag}. */
    public int alder(LocalDate dag) {
        return java.time.Period.between(fodelsedatum, dag).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Personnummer p && p.siffror.equals(siffror);
    }

    @Override
    public int hashCode() {
        return siffror.hashCode();
    }

    @Override
    public int compareTo(Personnummer o) {
        return siffror.compareTo(o.siffror);
    }

    @Override
    public String toString() {
        return formaterat();
    }
}
