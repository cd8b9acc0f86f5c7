package dev.kvcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** memory/, catalog/, sim/ and host/ are plain Java: no LibGDX, and nothing GWT cannot compile. */
class NoLibGdxInPureCodeTest {
    private static final String[] FORBIDDEN = {"com.badlogic", "String.format", "java.util.regex",
        "java.io.File", "java.nio.file", "Thread", "com.fasterxml", "getClass().get", ".matches(",
        ".split(", ".replaceAll(", ".clone()"};

    @Test
    void pureSourcesUseNothingForbidden() throws IOException {
        List<String> offences = new ArrayList<>();
        Path main = Paths.get("src/main/java/dev/kvcache");
        for (String pkg : new String[] {"memory", "timing", "catalog", "sim", "host"}) {
            try (Stream<Path> files = Files.walk(main.resolve(pkg))) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    String text = Files.readString(f);
                    for (String bad : FORBIDDEN) {
                        if (text.contains(bad)) {
                            offences.add(f + " uses " + bad);
                        }
                    }
                }
            }
        }
        assertEquals("[]", offences.toString());
    }
}
