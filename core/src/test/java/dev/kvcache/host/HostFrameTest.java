package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.input.Action;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;

/** Commands queued during a frame apply at the next frame's tick boundary, before its ticks. */
class HostFrameTest {
    private final SimulationHost host = new SimulationHost(TestCatalog.get(), SimSettings.builder()
            .modelId("llama-3.1-8b").deviceId("h100").batch(2).contextTokens(4_096).build());
    private final ActionHandler handler = new ActionHandler(host, new TestPlatform(), a -> { }, n -> { });
    private final HostFrame frame = new HostFrame(host, handler);
    private final double tickSeconds = 1.0 / host.ticksPerSecond();

    @Test
    void aPauseSubmittedMidFrameTakesEffectAtTheNextTickBoundary() {
        assertEquals(2, frame.run(tickSeconds * 2.5));
        // Mid-frame: the views are drawing this frame's state when a click queues the pause.
        handler.perform(Action.PLAY_PAUSE);
        assertTrue(host.isPlaying(), "nothing applies before the boundary");
        long tick = host.simulation().tick();
        assertEquals(0, frame.run(tickSeconds * 2), "paused before the next frame's first tick");
        assertFalse(host.isPlaying());
        assertEquals(tick, host.simulation().tick());
    }

    @Test
    void aPlaySubmittedWhilePausedRunsTheNextFramesTicks() {
        host.pause();
        assertEquals(0, frame.run(tickSeconds * 2));
        handler.perform(Action.PLAY_PAUSE);
        assertEquals(2, frame.run(tickSeconds * 2.5), "played at the boundary, so this frame's ticks run");
    }

    @Test
    void aConsoleLineMidFrameRebuildsBeforeTheNextFramesTicks() {
        frame.run(tickSeconds * 3.5);
        handler.submit("batch = 4");
        assertEquals(2, host.simulation().settings().batch(), "not applied mid-frame");
        frame.run(tickSeconds * 2);
        assertEquals(4, host.simulation().settings().batch());
        assertEquals(2L, host.simulation().tick(), "the new scenario ran the whole next frame's ticks");
    }
}
