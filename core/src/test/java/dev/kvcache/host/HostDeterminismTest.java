package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;

/**
 * The same state at 1x and at 100x, driven the way the app drives it: frames of uneven length
 * through the fixed-step clock and the host, settings changes at frame boundaries.
 */
class HostDeterminismTest {
    /** Frame lengths (s) cycled through: a 60 Hz display with jitter and an occasional stall. */
    private static final double[] FRAMES = {1 / 60.0, 1 / 59.0, 1 / 61.0, 1 / 30.0, 1 / 60.0, 0.3, 1 / 144.0};

    private static SimSettings scenario(double speed) {
        return SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8).contextTokens(32_768)
                .speed(speed).seed(7L).build();
    }

    /** Runs uneven frames until the simulation has reached {@code ticks} ticks; returns the tick it stopped at. */
    private static long runUntil(SimulationHost host, long ticks) {
        int frame = 0;
        while (host.simulation().tick() < ticks) {
            host.advance(FRAMES[frame++ % FRAMES.length]);
        }
        return host.simulation().tick();
    }

    /**
     * Runs 60 Hz frames until exactly {@code ticks}: at 1x with FlashAttention (15 ticks a second)
     * a frame runs at most one tick, so the run stops on that very tick.
     */
    private static long runSlowlyTo(SimulationHost host, long ticks) {
        while (host.simulation().tick() < ticks) {
            host.advance(1 / 60.0);
        }
        return host.simulation().tick();
    }

    @Test
    void sameStateAtOneXAndAtHundredXThroughTheClockAndHost() {
        SimulationHost fast = new SimulationHost(TestCatalog.get(), scenario(100.0));
        long reached = runUntil(fast, 3_000);
        assertTrue(reached >= 3_000, "100x ran " + reached + " ticks");
        SimulationHost slow = new SimulationHost(TestCatalog.get(), scenario(1.0));
        assertEquals(reached, runSlowlyTo(slow, reached));
        assertEquals(slow.simulation().stateHash(), fast.simulation().stateHash());
        assertTrue(fast.simulation().finishedCount() > 0, "requests finished along the way");
    }

    @Test
    void changingSpeedThroughTheHostMidRunChangesNothing() {
        SimulationHost changed = new SimulationHost(TestCatalog.get(), scenario(1.0));
        runUntil(changed, 200);
        changed.apply(changed.simulation().settings().toBuilder().speed(100.0).build());
        long reached = runUntil(changed, 2_000);
        SimulationHost steady = new SimulationHost(TestCatalog.get(), scenario(1.0));
        assertEquals(reached, runSlowlyTo(steady, reached));
        assertEquals(steady.simulation().stateHash(), changed.simulation().stateHash());
    }
}
