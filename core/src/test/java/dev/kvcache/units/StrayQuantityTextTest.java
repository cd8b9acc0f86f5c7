package dev.kvcache.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source but {@link Quantities} (and {@link ServingQuantities}, for token rates) writes the word
 * after a token count or a K / M / B / T suffix itself: such text bypasses the rule that makes a
 * count read back exactly.
 */
class StrayQuantityTextTest {
    /** A literal that starts with " token(s)" (a count was written just before it), or a bare suffix. */
    private static final Pattern STRAY = Pattern.compile(
            "\" tokens?\\b|\\+ \"[KMBT]\"|append\\(['\"][KMBT]['\"]\\)");

    @Test
    void onlyQuantitiesWritesTokenCountsAndSuffixes() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Quantities.java")
                    && !p.endsWith("ServingQuantities.java")).forEach(p -> {
                try {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (STRAY.matcher(lines.get(i)).find()) {
                            problems.add(p.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                } catch (IOException e) {
                    problems.add(p + ": " + e);
                }
            });
        }
        assertEquals("[]", problems.toString());
    }

    @Test
    void thePatternCatchesTheFormsItMeansToAndSparesFixedText() {
        assertTrue(STRAY.matcher("label.setText(n + \" tokens\");").find());
        assertTrue(STRAY.matcher("b.append(n).append(\" token\");").find());
        assertTrue(STRAY.matcher("return (tokens / 1024) + \"K\";").find());
        assertTrue(STRAY.matcher("out.append(n / 1000).append('K');").find());
        assertFalse(STRAY.matcher("value.append(\"16-token page\");").find());
        assertFalse(STRAY.matcher("b.append(\" = 16 tokens\");").find());
        assertFalse(STRAY.matcher("bind(Keys.K, \"K\", Action.NEXT_KV_PRECISION);").find());
    }
}
