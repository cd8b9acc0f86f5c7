package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.scenario.EngineSpecProvider;
import org.junit.jupiter.api.Test;

/** The FlashAttention banner's figure: what it saves now, never more than the GPU has free. */
class FlashSavingTest {
    private static Simulation run(String device, long context) {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId(device).batch(32)
                .contextTokens(context).build();
        return new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
    }

    @Test
    void nothingIsSavedBeforeAnyTokenAndThenTheScoresOfTheRunningSequences() {
        // 4K context, batch 32: the scores of a 4,096-token sequence are 32 heads x 1,024 x 4,096 x 2 B
        // = 256 MiB each without FlashAttention, far below the cap and the free memory.
        Simulation sim = run("h100", 4_096);
        assertEquals(0, sim.memory().flashSavedNowBytesPerGpu(), "at 0 tokens");
        long most = 0;
        for (int t = 0; t < 400; t++) {
            sim.step();
            long saved = sim.memory().flashSavedNowBytesPerGpu();
            assertTrue(saved <= sim.memory().freeBytesPerGpu(), "tick " + t + ": " + saved);
            most = Math.max(most, saved);
        }
        // At most 32 sequences of at most 4,096 tokens: 32 x 256 MiB less the tiles FlashAttention keeps.
        assertTrue(most > 0 && most <= 32L * 32 * 1_024 * 4_096 * 2, Long.toString(most));
    }

    @Test
    void neverMoreThanTheGpuHasFree() {
        // The case: a B300 showed its half-GPU cap (132.9 GiB) with 17.9 GiB free.
        Simulation sim = run("b300", 1_000_000);
        for (int t = 0; t < 600; t++) {
            sim.step();
            assertTrue(sim.memory().flashSavedNowBytesPerGpu() <= sim.memory().freeBytesPerGpu(), "tick " + t);
            assertTrue(sim.memory().flashSavedNowBytesPerGpu() <= sim.memory().capacityBytesPerGpu() / 2, "tick " + t);
        }
    }
}
