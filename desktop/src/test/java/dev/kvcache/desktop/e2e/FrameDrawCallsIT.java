package dev.kvcache.desktop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The frame stays a handful of draw calls: bench-render's two scenarios (batch 1 at 4K, and the
 * worst, batch 32 at 100M and 100x, every effect on) counted by libGDX's GLProfiler in a real
 * window. Fonts, fills and controls share the atlas's one texture, so the batch only draws at its
 * end, at the stage's transforms and clips: a second texture anywhere shows up here at once.
 */
class FrameDrawCallsIT {
    private static final int MAX_DRAW_CALLS = 10;

    @Test
    void bothScenariosDrawInAtMostTenCalls() throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty(), "no DISPLAY: run under Xvfb");
        Process process = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-jar",
                "target/kvcache-desktop.jar", "bench-render", "--frames", "30", "--warmup", "30")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done, "bench-render finished");
        assertEquals(0, process.exitValue(), output);
        JsonNode result = new ObjectMapper().readTree(output.lines().filter(l -> l.startsWith("{"))
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no JSON in:\n" + output)));
        for (JsonNode count : List.of(result.path("drawCallsPerFrameMax"), result.path("small").path("drawCallsPerFrame"))) {
            assertTrue(count.isNumber(), "a draw-call count in " + result);
            assertTrue(count.asDouble() >= 1 && count.asDouble() <= MAX_DRAW_CALLS, "draw calls per frame: " + result);
        }
        assertTrue(result.path("textureBindsPerFrame").asDouble() <= MAX_DRAW_CALLS, "texture binds: " + result);
    }
}
