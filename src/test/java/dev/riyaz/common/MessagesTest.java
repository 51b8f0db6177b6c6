package dev.riyaz.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code {m:key}} a template uses has its words in messages.properties. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("\\{m:([a-z0-9_]+)");

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!Messages.has(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void apostrophesAreWrittenForTheirKindOfMessage() throws IOException {
        java.util.Properties messages = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(
                getClass().getResourceAsStream("/messages.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Set<String> wrong = new TreeSet<>();
        messages.forEach((key, value) -> {
            String text = value.toString();
            boolean formatted = text.contains("{0");
            if (!formatted && text.contains("''")
                    || formatted && text.replace("''", "").contains("'")) {
                wrong.add(key.toString());
            }
        });
        assertThat(wrong)
                .as("messages with {0} write an apostrophe as '', plain messages as '")
                .isEmpty();
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(Messages.get("card_measured_left", "12", "minutes")).isEqualTo("12 more minutes today");
        assertThat(Messages.get("schedule_text_weekly", 1)).isEqualTo("1 day a week");
        assertThat(Messages.get("schedule_text_weekly", 3)).isEqualTo("3 days a week");
    }
}
