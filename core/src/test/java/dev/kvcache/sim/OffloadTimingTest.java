package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the time model is told when a cache returns from host memory: its bytes over the link, and no prefill for it. */
class OffloadTimingTest {
    /** Sums what each tick asks the timer to time. */
    private static final class Recorder implements StepTimer {
        long reloadBytes;
        long prefillTokens;

        @Override
        public void time(int gpus, TickWork work, TickTime out) {
            reloadBytes += work.reloadBytes();
            prefillTokens += work.prefillTokens();
            out.set(0, 0, BoundBy.MEMORY);
        }
    }

    @Test
    void aReturningCacheCostsItsBytesOverTheLinkInsteadOfAPrefill() {
        Recorder recompute = new Recorder();
        Recorder swap = new Recorder();
        SimSettings settings = FakeSpecs.settings(FakeSpecs.DENSE).gpuCount(GpuCount.fixed(1)).batch(24)
                .contextTokens(200_000L).seed(9L).build();
        Simulation off = simulation(settings, recompute);
        Simulation on = simulation(settings.toBuilder().offload(Offload.of(4096, OffloadLink.PCIE5)).build(), swap);
        for (int t = 0; t < 2000; t++) {
            off.step();
            on.step();
        }
        assertTrue(on.host().reloads() > 20, "reloads: " + on.host().reloads());
        // One GPU: a block is 16 tokens x 131,072 B = 2 MiB, all of it on that GPU's link.
        assertEquals(on.host().reloadedBlocks() * 16 * 131_072L, swap.reloadBytes);
        assertEquals(0L, recompute.reloadBytes);
        // What was reloaded is no longer prefilled: at least 16 x (blocks - 1 per reload) tokens fewer.
        long atLeast = 16 * (on.host().reloadedBlocks() - on.host().reloads());
        assertTrue(recompute.prefillTokens - swap.prefillTokens >= atLeast,
                "prefill " + recompute.prefillTokens + " vs " + swap.prefillTokens + ", at least " + atLeast);
    }

    private static Simulation simulation(SimSettings settings, final StepTimer timer) {
        return new Simulation(new SpecProvider() {
            @Override
            public MemorySpec specFor(SimSettings s) {
                // FakeSpecs' dense model, timed by the recorder.
                return MemorySpec.builder().usableBytesPerGpu(80 * FakeSpecs.GB).workspace(FakeSpecs.QUADRATIC)
                        .weightBytes(16 * FakeSpecs.GB).growingKvBytesPerToken(131_072L).timer(timer).build();
            }
        }, settings);
    }
}
