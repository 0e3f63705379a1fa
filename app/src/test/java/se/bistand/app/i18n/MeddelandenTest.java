package se.bistand.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.bistand.app.Meddelanden;
import se.bistand.domain.behorighet.Roll;

/**
 * The one messages bundle: every key the code uses exists, and every key in the bundle is used
 * (literally, or through a prefix the code completes, like {@code "roll." + name()}).
 */
class MeddelandenTest {

    private static final Path ROT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ANROP = Pattern.compile(
            "(?:Meddelanden\\.t|\\bt|DomainException|forField\\(\"[^\"]*\",)\\s*\\(?\\s*\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+)\"");
    private static final Pattern LITTERAL = Pattern.compile("\"(\\.?[a-zA-Z][A-Za-z0-9_.]*)\"");

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> saknas = new TreeSet<>();
        for (String kalla : kallor()) {
            Matcher m = ANROP.matcher(kalla);
            while (m.find()) {
                if (!m.group(1).endsWith(".") && !Meddelanden.finns(m.group(1))) {
                    saknas.add(m.group(1));
                }
            }
        }
        for (Roll r : Roll.values()) {
            if (!Meddelanden.finns(r.textnyckel())) {
                saknas.add(r.textnyckel());
            }
        }
        assertThat(saknas).as("keys used in code but missing in messages.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> litteraler = new HashSet<>();
        for (String kalla : kallor()) {
            Matcher m = LITTERAL.matcher(kalla);
            while (m.find()) {
                litteraler.add(m.group(1));
            }
        }
        Set<String> oanvanda = new TreeSet<>();
        for (String nyckel : Meddelanden.bundle().keySet()) {
            boolean anvand = litteraler.contains(nyckel)
                    || litteraler.stream().anyMatch(l -> l.endsWith(".") && nyckel.startsWith(l))
                    || litteraler.contains(nyckel.substring(nyckel.indexOf('.')));
            if (!anvand) {
                oanvanda.add(nyckel);
            }
        }
        assertThat(oanvanda).as("keys in messages.properties that no code uses").isEmpty();
    }

    private static List<String> kallor() throws IOException {
        try (Stream<Path> s = Files.walk(ROT)) {
            return s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .map(p -> {
                        try {
                            return Files.readString(p, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        }
    }
}
