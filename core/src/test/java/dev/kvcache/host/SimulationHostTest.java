package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.TickRate;
import org.junit.jupiter.api.Test;

class SimulationHostTest {
    private static SimulationHost host(double speed) {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(1)
                .contextTokens(4_096).speed(speed).build();
        return new SimulationHost(TestCatalog.get(), settings);
    }

    @Test
    void tokensAreDrawnBetweenTicksAndNeverAhead() {
        SimulationHost host = host(1.0);
        double tickSeconds = 1.0 / host.ticksPerSecond();
        for (int i = 0; i < 20; i++) {
            host.advance(tickSeconds);
        }
        double previous = host.interpolatedLongestTokens();
        long current = host.simulation().longestTokens();
        assertTrue(previous <= current, "never ahead of the state");
        assertEquals(current, host.simulation().longestTokens());
        // A quarter, then half, of the next tick: the drawn count moves on, the state does not.
        host.advance(tickSeconds * 0.25);
        double quarter = host.interpolatedLongestTokens();
        host.advance(tickSeconds * 0.25);
        double half = host.interpolatedLongestTokens();
        assertTrue(quarter > previous && half > quarter, previous + " -> " + quarter + " -> " + half);
        assertTrue(half <= host.simulation().longestTokens());
    }

    @Test
    void theSpeedShownIsThePaceWithOrWithoutFlashAttention() {
        SimulationHost flash = host(1.0);
        assertEquals(FlashMode.FLASH, flash.simulation().settings().flash(), "FlashAttention on by default");
        assertEquals(TickRate.TICKS_PER_SECOND_AT_1X, flash.ticksPerSecond(), 1e-9, "1x means the 1x pace");
        flash.apply(flash.simulation().settings().toBuilder().flash(FlashMode.STANDARD).build());
        assertEquals(TickRate.TICKS_PER_SECOND_AT_1X, flash.ticksPerSecond(), 1e-9);
        assertEquals(TickRate.TICKS_PER_SECOND_AT_1X * 100.0, host(100.0).ticksPerSecond(), 1e-9);
    }

    @Test
    void aPausedHostRunsNoTicksButStillSingleSteps() {
        SimulationHost host = host(1.0);
        double tickSeconds = 1.0 / host.ticksPerSecond();
        host.pause();
        assertFalse(host.isPlaying());
        assertEquals(0, host.advance(tickSeconds * 10));
        assertEquals(0L, host.simulation().tick());
        host.singleStep();
        assertEquals(1L, host.simulation().tick());
        host.play();
        assertEquals(3, host.advance(tickSeconds * 3.5), "the paused time is not owed afterwards");
        assertEquals(4L, host.simulation().tick());
    }
}
