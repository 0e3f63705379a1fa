package se.bistand.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code berakning.*} / {@code normtabell.*} key the calculator uses has a Swedish message, and vice versa. */
class BerakningMeddelandenTest {

    private static final Pattern NYCKEL = Pattern.compile("\"((?:berakning|normtabell)\\.[A-Za-z]+)\"");

    @Test
    void everyKeyUsedHasAMessageAndNoMessageIsUnused() throws IOException {
        Set<String> anvanda = new TreeSet<>();
        try (Stream<Path> filer = Files.walk(Path.of("src/main/java/se/bistand/domain/berakning"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = NYCKEL.matcher(Files.readString(fil));
                while (m.find()) {
                    anvanda.add(m.group(1));
                }
            }
        }
        Properties meddelanden = new Properties();
        try (Reader r = Normtabeller.oppna("i18n/messages.properties")) {
            meddelanden.load(r);
        }
        Set<String> definierade = new TreeSet<>();
        meddelanden.stringPropertyNames().stream()
                .filter(k -> k.startsWith("berakning.") || k.startsWith("normtabell."))
                .forEach(definierade::add);
        assertThat(anvanda).isNotEmpty();
        assertThat(definierade).containsExactlyElementsOf(anvanda);
    }
}
