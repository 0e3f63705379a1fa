package se.bistand.persistence.logg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No code path updates or deletes audit events, access-log rows or audit chain anchors: the tables are append-only. */
class AppendOnlyTest {

    private static final Pattern ANDRING = Pattern.compile(
            "(update\\s+(audit_event|access_log|audit_ankare)\\b|delete\\s+from\\s+(audit_event|access_log|audit_ankare)\\b|truncate\\s+(table\\s+)?(audit_event|access_log|audit_ankare)\\b)");

    @Test
    void noSourceOrMigrationChangesTheLogTables() throws IOException {
        Path rot = Path.of("..").toAbsolutePath().normalize();
        List<Path> traffar;
        try (Stream<Path> s = Files.walk(rot)) {
            traffar = s.filter(p -> p.toString().contains("/src/main/"))
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> ANDRING.matcher(las(p).toLowerCase(Locale.ROOT)).find())
                    .toList();
        }
        assertThat(traffar).isEmpty();
    }

    private static String las(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
