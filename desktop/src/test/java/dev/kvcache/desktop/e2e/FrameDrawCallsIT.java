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
    private static final int FRAMES = 30;

    @Test
    void bothScenariosDrawInAtMostTenCalls() throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty(), "no DISPLAY: run under Xvfb");
        Process process = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-jar",
                "target/kvcache-desktop.jar", "bench-render", "--frames", String.valueOf(FRAMES), "--warmup", "30")
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
        assertAllocationAddsUp(result, FRAMES);
        assertAllocationAddsUp(result.path("small"), FRAMES);
    }

    /**
     * The allocation figures are read frame by frame: the frames that allocated, the most one did and
     * the mean must describe the same frames (whatever the JIT leaves to allocate in so short a run).
     */
    private static void assertAllocationAddsUp(JsonNode phase, int frames) {
        double total = phase.path("allocatedBytesPerFrame").asDouble(-1) * frames;
        int allocating = phase.path("framesAllocating").asInt(-1);
        long most = phase.path("allocatedBytesMaxFrame").asLong(-1);
        assertTrue(allocating >= 0 && allocating <= frames, "frames allocating: " + phase);
        assertTrue(most >= 0 && total >= 0, "allocation figures: " + phase);
        assertEquals(allocating == 0, most == 0, "a frame allocated exactly when the most one did: " + phase);
        assertTrue(total + 0.5 >= most && total <= (double) most * allocating + 0.5,
                "the mean over " + frames + " frames lies between the most one frame allocated and that many times the frames that did: " + phase);
    }
}
