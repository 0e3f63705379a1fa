package se.bistand.domain.berakning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;

/**
 * Reads norm tables ({@code norm/riksnorm-YYYY.properties}, format {@value #FORMAT}) and the
 * prisbasbelopp list ({@code norm/prisbasbelopp.properties}) from text. Pure: no file or
 * classpath access; the caller opens the resource.
 *
 * <p>Strict on purpose: a malformed line, an unknown, duplicate or missing key, or an amount
 * that is not a plain non-negative decimal with at most two decimals is refused with a
 * {@link DomainException} whose field is the offending key (keys {@code normtabell.*}).
 * The format is described in {@code resources/src/main/resources/norm/README.md}.
 */
public final class NormtabellParser {

    public static final String FORMAT = "bistand-normtabell/1";

    private static final Pattern BELOPP = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern AR = Pattern.compile("\\d{4}");
    private static final Pattern HELTAL = Pattern.compile("\\d{1,9}");
    private static final Set<String> VALFRIA = Set.of("registreradAv", "bekraftadAv");

    private NormtabellParser() {
    }

    public static Normtabell parseNormtabell(String text) {
        return parseNormtabell(new StringReader(text));
    }

    public static Normtabell parseNormtabell(Reader reader) {
        Map<String, String> varden = lasRader(reader);
        Set<String> kanda = kandaNycklar();
        for (String nyckel : varden.keySet()) {
            if (!kanda.contains(nyckel)) {
                throw DomainException.forField(nyckel, "normtabell.okandNyckel", nyckel);
            }
        }
        boolean harEjLunch = varden.keySet().stream().anyMatch(k -> k.startsWith("barn.ejLunch."));
        for (String nyckel : kanda) {
            boolean valfri = VALFRIA.contains(nyckel) || (!harEjLunch && nyckel.startsWith("barn.ejLunch."));
            if (!valfri && !varden.containsKey(nyckel)) {
                throw DomainException.forField(nyckel, "normtabell.nyckelSaknas", nyckel);
            }
        }
        String format = varden.get("format");
        if (!FORMAT.equals(format)) {
            throw DomainException.forField("format", "normtabell.okantFormat", format, FORMAT);
        }
        Map<Aldersgrupp, Money> barn = new EnumMap<>(Aldersgrupp.class);
        Map<Aldersgrupp, Money> ejLunch = new EnumMap<>(Aldersgrupp.class);
        for (Aldersgrupp g : Aldersgrupp.values()) {
            barn.put(g, belopp(varden, "barn." + g.nyckel()));
            if (harEjLunch && g.harEjLunchVarde()) {
                ejLunch.put(g, belopp(varden, "barn.ejLunch." + g.nyckel()));
            }
        }
        List<Money> gemensamma = new ArrayList<>();
        for (int n = 1; n <= Normtabell.TABELLERADE_HUSHALLSSTORLEKAR; n++) {
            gemensamma.add(belopp(varden, "gemensamma." + n));
        }
        return new Normtabell(
                text(varden, "id"),
                heltal(varden, "version"),
                ar("ar", varden.get("ar")),
                status(varden.get("status")),
                sanningsvarde(varden, "demo"),
                text(varden, "kalla"),
                varden.getOrDefault("registreradAv", ""),
                varden.getOrDefault("bekraftadAv", ""),
                barn,
                ejLunch,
                belopp(varden, "vuxen.ensamstaende"),
                belopp(varden, "vuxen.sambor"),
                gemensamma);
    }

    /** The amount keys of a table in file order: barn, barn.ejLunch, vuxen, gemensamma. */
    public static List<String> beloppsnycklar() {
        List<String> nycklar = new ArrayList<>();
        for (Aldersgrupp g : Aldersgrupp.values()) {
            nycklar.add("barn." + g.nyckel());
        }
        for (Aldersgrupp g : Aldersgrupp.values()) {
            if (g.harEjLunchVarde()) {
                nycklar.add("barn.ejLunch." + g.nyckel());
            }
        }
        nycklar.add("vuxen.ensamstaende");
        nycklar.add("vuxen.sambor");
        for (int n = 1; n <= Normtabell.TABELLERADE_HUSHALLSSTORLEKAR; n++) {
            nycklar.add("gemensamma." + n);
        }
        return nycklar;
    }

    /** The amounts of {@code t} by key ({@link #beloppsnycklar()} order; no ej-lunch keys when it has none). */
    public static Map<String, Money> belopp(Normtabell t) {
        Map<String, Money> m = new LinkedHashMap<>();
        for (Aldersgrupp g : Aldersgrupp.values()) {
            m.put("barn." + g.nyckel(), t.barn().get(g));
        }
        t.barnEjLunch().forEach((g, b) -> m.put("barn.ejLunch." + g.nyckel(), b));
        m.put("vuxen.ensamstaende", t.ensamstaende());
        m.put("vuxen.sambor", t.sambor());
        for (int n = 1; n <= Normtabell.TABELLERADE_HUSHALLSSTORLEKAR; n++) {
            m.put("gemensamma." + n, t.gemensamma(n));
        }
        return m;
    }

    /** {@code t} in the file format; {@link #parseNormtabell(String)} reads it back equal. */
    public static String skriv(Normtabell t) {
        StringBuilder sb = new StringBuilder();
        sb.append("format=").append(FORMAT).append('\n')
                .append("id=").append(t.id()).append('\n')
                .append("version=").append(t.version()).append('\n')
                .append("ar=").append(t.ar()).append('\n')
                .append("demo=").append(t.demo()).append('\n')
                .append("status=").append(t.status().name()).append('\n')
                .append("kalla=").append(enRad(t.kalla())).append('\n');
        if (!t.registreradAv().isEmpty()) {
            sb.append("registreradAv=").append(enRad(t.registreradAv())).append('\n');
        }
        if (!t.bekraftadAv().isEmpty()) {
            sb.append("bekraftadAv=").append(enRad(t.bekraftadAv())).append('\n');
        }
        belopp(t).forEach((k, b) -> sb.append(k).append('=').append(b.toPlainString()).append('\n'));
        return sb.toString();
    }

    /**
     * A draft table of year {@code ar} from its amounts by key (a form or a CSV file). Amounts
     * may be written the Swedish way ("2 130", "2130,50"); the strict rules of the file format
     * apply otherwise, and every refusal names the key. The ej-lunch keys may be left out
     * together.
     */
    public static Normtabell franBelopp(int ar, String kalla, Map<String, String> belopp) {
        StringBuilder sb = new StringBuilder();
        sb.append("format=").append(FORMAT).append("\nid=riksnorm-").append(ar).append("\nversion=1\nar=").append(ar)
                .append("\ndemo=false\nstatus=UTKAST\nkalla=").append(enRad(kalla == null ? "" : kalla)).append('\n');
        for (Map.Entry<String, String> e : belopp.entrySet()) {
            String v = e.getValue() == null ? "" : e.getValue().strip().replace("\u00a0", "").replace(" ", "")
                    .replace(',', '.');
            if (v.isEmpty() && e.getKey().startsWith("barn.ejLunch.")) {
                continue;
            }
            sb.append(e.getKey().strip()).append('=').append(v.isEmpty() ? "-" : v).append('\n');
        }
        return parseNormtabell(sb.toString());
    }

    /**
     * A draft table of year {@code ar} from CSV text: one {@code key;amount} line per amount
     * (separator {@code ;}, {@code ,} or tab; keys as in the file format); a header line
     * starting with "post" or "nyckel", blank lines and {@code #} comments are skipped.
     */
    public static Normtabell franCsv(int ar, String kalla, String csv) {
        Map<String, String> belopp = new LinkedHashMap<>();
        int radnummer = 0;
        for (String rad : csv.replace("\ufeff", "").split("\\R")) {
            radnummer++;
            String s = rad.strip();
            String liten = s.toLowerCase();
            if (s.isEmpty() || s.startsWith("#") || liten.startsWith("post") || liten.startsWith("nyckel")) {
                continue;
            }
            int i = s.indexOf(';') >= 0 ? s.indexOf(';') : s.indexOf(',') >= 0 ? s.indexOf(',') : s.indexOf('\t');
            if (i <= 0) {
                throw DomainException.forField("rad " + radnummer, "normtabell.ogiltigRad", radnummer, s);
            }
            String nyckel = s.substring(0, i).strip().replace("\"", "");
            if (belopp.putIfAbsent(nyckel, s.substring(i + 1).strip().replace("\"", "")) != null) {
                throw DomainException.forField(nyckel, "normtabell.dubblettNyckel", nyckel, radnummer);
            }
        }
        return franBelopp(ar, kalla, belopp);
    }

    private static String enRad(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').strip();
    }

    public static PrisbasbeloppTabell parsePrisbasbelopp(String text) {
        return parsePrisbasbelopp(new StringReader(text));
    }

    /** Lines {@code YYYY=amount}; at least one year. */
    public static PrisbasbeloppTabell parsePrisbasbelopp(Reader reader) {
        Map<String, String> varden = lasRader(reader);
        Map<Integer, Money> perAr = new LinkedHashMap<>();
        for (String nyckel : varden.keySet()) {
            perAr.put(ar(nyckel, nyckel), belopp(varden, nyckel));
        }
        return new PrisbasbeloppTabell(perAr);
    }

    private static Set<String> kandaNycklar() {
        Set<String> nycklar = new TreeSet<>(List.of("format", "id", "version", "ar", "demo", "status", "kalla",
                "registreradAv", "bekraftadAv", "vuxen.ensamstaende", "vuxen.sambor"));
        for (Aldersgrupp g : Aldersgrupp.values()) {
            nycklar.add("barn." + g.nyckel());
            if (g.harEjLunchVarde()) {
                nycklar.add("barn.ejLunch." + g.nyckel());
            }
        }
        for (int n = 1; n <= Normtabell.TABELLERADE_HUSHALLSSTORLEKAR; n++) {
            nycklar.add("gemensamma." + n);
        }
        return nycklar;
    }

    /** {@code key=value} lines in order; comments ({@code #}) and blank lines skipped. */
    private static Map<String, String> lasRader(Reader reader) {
        Map<String, String> varden = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String rad;
            int radnummer = 0;
            while ((rad = in.readLine()) != null) {
                radnummer++;
                String s = radnummer == 1 && rad.startsWith("\ufeff") ? rad.substring(1).strip() : rad.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int lika = s.indexOf('=');
                if (lika <= 0) {
                    throw DomainException.forField("rad " + radnummer, "normtabell.ogiltigRad", radnummer, s);
                }
                String nyckel = s.substring(0, lika).strip();
                String varde = s.substring(lika + 1).strip();
                if (varden.putIfAbsent(nyckel, varde) != null) {
                    throw DomainException.forField(nyckel, "normtabell.dubblettNyckel", nyckel, radnummer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (varden.isEmpty()) {
            throw new DomainException("normtabell.tom");
        }
        return varden;
    }

    private static Money belopp(Map<String, String> varden, String nyckel) {
        String v = varden.get(nyckel);
        if (!BELOPP.matcher(v).matches()) {
            throw DomainException.forField(nyckel, "normtabell.ogiltigtBelopp", nyckel, v);
        }
        return Money.parse(v);
    }

    private static int ar(String nyckel, String v) {
        if (!AR.matcher(v).matches()) {
            throw DomainException.forField(nyckel, "normtabell.ogiltigtAr", nyckel, v);
        }
        return Integer.parseInt(v);
    }

    private static int heltal(Map<String, String> varden, String nyckel) {
        String v = varden.get(nyckel);
        if (!HELTAL.matcher(v).matches() || Integer.parseInt(v) < 1) {
            throw DomainException.forField(nyckel, "normtabell.ogiltigtVarde", nyckel, v);
        }
        return Integer.parseInt(v);
    }

    private static boolean sanningsvarde(Map<String, String> varden, String nyckel) {
        String v = varden.get(nyckel);
        if (!v.equals("true") && !v.equals("false")) {
            throw DomainException.forField(nyckel, "normtabell.ogiltigtVarde", nyckel, v);
        }
        return Boolean.parseBoolean(v);
    }

    private static String text(Map<String, String> varden, String nyckel) {
        String v = varden.get(nyckel);
        if (v.isBlank()) {
            throw DomainException.forField(nyckel, "normtabell.ogiltigtVarde", nyckel, v);
        }
        return v;
    }

    private static NormtabellStatus status(String v) {
        for (NormtabellStatus s : NormtabellStatus.values()) {
            if (s.name().equals(v)) {
                return s;
            }
        }
        throw DomainException.forField("status", "normtabell.ogiltigtVarde", "status", v);
    }
}
