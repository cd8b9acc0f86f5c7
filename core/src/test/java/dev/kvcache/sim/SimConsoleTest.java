package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The original's console lines work as typed. */
class SimConsoleTest {
    @Test
    void currentTokensJumpsEveryRunningSequence() {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(4).build());
        SimConsole console = new SimConsole(sim);
        assertEquals("ok", console.execute("currentTokens = 1000000"));
        for (int slot = 0; slot < 4; slot++) {
            assertEquals(1_000_000L, sim.sequenceInSlot(slot).tokens());
        }
        assertEquals("ok", console.execute("currentTokens=2_000_000;"));
        assertEquals(2_000_000L, sim.sequenceInSlot(0).tokens());
        SimInvariants.check(sim);
    }

    @Test
    void settingsAndWords() {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).build());
        SimConsole console = new SimConsole(sim);
        assertEquals("ok", console.execute("batch = 16"));
        assertEquals(16, sim.settings().batch());
        assertEquals("ok", console.execute("gpus = 4"));
        assertEquals(GpuCount.fixed(4), sim.settings().gpuCount());
        assertEquals("ok", console.execute("speed = 10"));
        assertEquals(10.0, sim.settings().speed());
        assertEquals("ok", console.execute("pause"));
        assertFalse(sim.isPlaying());
        assertEquals("ok", console.execute("step"));
        assertEquals(1L, sim.tick());
        assertTrue(console.execute("batch = 99").startsWith("batch:"));
        assertTrue(console.execute("currentTokens = lots").startsWith("currentTokens:"));
        assertTrue(console.execute("warp = 9").startsWith("unknown"));
        assertEquals(16, sim.settings().batch(), "a refused line changes nothing");
    }
}
