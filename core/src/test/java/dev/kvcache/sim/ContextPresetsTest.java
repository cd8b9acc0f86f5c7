package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every context preset up to 100M at batch 32 runs without overflow, NaN or negative sizes. */
class ContextPresetsTest {
    @Test
    void everyPresetAtBatch32StaysSane() {
        for (int p = 0; p < ContextPresets.count(); p++) {
            for (PagingMode paging : PagingMode.values()) {
                // Alternating the kernel by preset covers both without doubling the runs.
                FlashMode flash = FlashMode.values()[(p + paging.ordinal()) % 2];
                runAtBatch32(ContextPresets.tokens(p), paging, flash);
            }
        }
    }

    private static void runAtBatch32(long context, PagingMode paging, FlashMode flash) {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(32)
                .contextTokens(context).paging(paging).flash(flash).build());
        long peakTokens = 0;
        for (int t = 0; t < 1000; t++) {
            sim.step();
            sim.events().clear();
            // Every 7th tick keeps the suite fast; RandomizedRunTest checks every tick.
            if (t % 7 == 0) {
                SimInvariants.check(sim);
            }
            for (int slot = 0; slot < 32; slot++) {
                SequenceView s = sim.sequenceInSlot(slot);
                if (s != null) {
                    peakTokens = Math.max(peakTokens, s.tokens());
                }
            }
        }
        String where = context + " " + paging + " " + flash;
        assertTrue(peakTokens > context / 2, "sequences grew towards " + where);
        assertTrue(sim.finishedCount() > 0, "sequences finish at " + where);
        assertTrue(sim.memory().usedBytesPerGpu() > 0 && sim.memory().usedBytesPerGpu() < Long.MAX_VALUE / 4, where);
    }

    @Test
    void fillingTheContextTakesAboutThirtySecondsAtOneX() {
        for (int p = 0; p < ContextPresets.count(); p++) {
            long context = ContextPresets.tokens(p);
            double seconds = (double) context / TickRate.tokensPerTick(context) / TickRate.TICKS_PER_SECOND_AT_1X;
            assertTrue(seconds > 25 && seconds < 35, context + " fills in " + seconds + " s");
        }
    }

    @Test
    void hundredMillionTokensAtBatch32OverflowsNothing() {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(32)
                .contextTokens(100_000_000L).build());
        sim.jumpToTokens(100_000_000L);
        SimInvariants.check(sim);
        // 32 x 1e8 tokens x 131,072 B = 4.2e14 B: far beyond int, and beyond 5,000 GPUs.
        assertEquals(32L * 100_000_000L * 131_072L, sim.memory().kvUsedBytes());
        assertEquals(sim.memory().layout().gpusFor(sim.blocks().usedBlocks()), sim.memory().gpuCount());
        assertEquals(5_246, sim.memory().gpuCount(), "4.2e14 B of KV over 80 GB GPUs");
    }

    @Test
    void consoleJumpRaisesTheContextWhenNeeded() {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(2).contextTokens(4_096L).build());
        sim.jumpToTokens(1_000_000L);
        assertEquals(1_000_000L, sim.settings().contextTokens());
        for (int slot = 0; slot < 2; slot++) {
            assertEquals(1_000_000L, sim.sequenceInSlot(slot).tokens());
        }
        SimInvariants.check(sim);
        sim.jumpToTokens(1_000L);
        assertEquals(1_000L, sim.sequenceInSlot(0).tokens());
        SimInvariants.check(sim);
    }
}
