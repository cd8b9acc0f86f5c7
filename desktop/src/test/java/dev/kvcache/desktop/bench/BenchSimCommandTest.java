package dev.kvcache.desktop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/**
 * bench-sim's output contract (the fields other tools read), from a quick in-process run. It
 * asserts no timing: only that every figure is there and sane, and what the scenarios end with.
 */
class BenchSimCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new BenchSimCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void quickRunPrintsOneObjectWithEveryFigure() throws Exception {
        assertEquals(0, run("--quick"), err.toString(StandardCharsets.UTF_8));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        for (String field : new String[] {"tickNanosSmall", "tickNanosBatch32At4k", "tickNanosBatch32At128k",
            "tickNanosLarge", "tickNanosLargeStatic", "maxTickNanos", "p99TickNanosLarge", "p999TickNanosLarge",
            "maxTickNanosLargeStatic", "p999TickNanosLargeStatic"}) {
            assertTrue(r.path(field).asLong() > 0, field + " in " + r);
        }
        assertTrue(r.path("allocatedBytesPerTick").isNumber());
        assertTrue(r.path("largeOverSmall").asDouble() > 0);
        // The large scenario really is large: interleaved pages on thousands of GPUs.
        assertTrue(r.path("extentsLarge").asLong() > 1_000, r.toString());
        assertTrue(r.path("gpusLarge").asLong() > 1_000, r.toString());
        assertEquals(5, r.path("scenarios").size());
        assertTrue(r.at("/harness/quick").asBoolean());
        assertTrue(r.at("/environment/javaVersion").isTextual());
        assertTrue(r.at("/environment/availableProcessors").asInt() >= 1);
    }

    /**
     * Paired against a build: here this build's own class path again, so the two sides run the very
     * same code from two class loaders, and every scenario reports both figures and their ratio.
     */
    @Test
    void againstAnotherBuildPrintsBothFiguresAndTheirRatioForEveryScenario() throws Exception {
        String classPath = System.getProperty("java.class.path");
        assertEquals(0, run("--against", classPath, "--quick"), err.toString(StandardCharsets.UTF_8));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(classPath, r.path("against").asText());
        assertEquals(5, r.path("scenarios").size());
        for (BenchScenario scenario : BenchScenario.values()) {
            JsonNode s = r.path("scenarios").path(scenario.jsonName);
            assertTrue(s.path("oursNanosPerTick").asDouble() > 0, scenario + ": " + s);
            assertTrue(s.path("againstNanosPerTick").asDouble() > 0, scenario + ": " + s);
            assertTrue(s.path("ratioMedian").asDouble() > 0, scenario + ": " + s);
            assertTrue(s.path("ratioQ1").asDouble() <= s.path("ratioQ3").asDouble(), scenario + ": " + s);
            // One session in the quick run: its own median is the pooled one.
            assertEquals(1, s.path("sessionRatioMedians").size(), scenario + ": " + s);
            assertEquals(s.path("ratioMedian").asDouble(), s.path("sessionRatioMedians").get(0).asDouble(), 0.0);
        }
        assertEquals(5, r.at("/harness/rounds").asInt());
        assertEquals(1, r.at("/harness/sessions").asInt());
    }

    @Test
    void againstRefusesAMissingFileAndAJarThatIsNotTheApp() throws Exception {
        assertEquals(2, run("--against"));
        assertEquals(2, run("--against", "/no/such/kvcache-desktop.jar"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no file /no/such/kvcache-desktop.jar"), err.toString());
        File notTheApp = File.createTempFile("not-the-app", ".jar");
        notTheApp.deleteOnExit();
        try (JarOutputStream jar = new JarOutputStream(new FileOutputStream(notTheApp))) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write("nothing here".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, run("--against", notTheApp.getPath(), "--quick"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the other build has no bench loop"), err.toString());
    }

    @Test
    void refusesUnknownArgumentsAndScenarios() {
        assertEquals(2, run("--slow"));
        assertEquals(2, run("--fork", "HUGE"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no scenario HUGE"));
    }
}
