package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The simulation stays plain, GWT-compilable Java: no LibGDX, rendering, regex, format, threads, files or reflection. */
class GwtSafetyTest {
    private static final String[] FORBIDDEN = {
        "com.badlogic", "dev.kvcache.render", "String.format", "java.util.regex", "Thread", "java.io.File",
        "java.lang.reflect", "java.util.Random", "System.currentTimeMillis", "System.nanoTime"
    };

    @Test
    void simSourcesUseNothingGwtOrTheRulesForbid() throws IOException {
        Path dir = Paths.get("src/main/java/dev/kvcache/sim");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                    for (String word : FORBIDDEN) {
                        if (text.contains(word)) {
                            problems.add(p.getFileName() + " uses " + word);
                        }
                    }
                    if (text.split("\n").length > 400) {
                        problems.add(p.getFileName() + " is over 400 lines");
                    }
                } catch (IOException e) {
                    problems.add(p + ": " + e);
                }
            });
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
