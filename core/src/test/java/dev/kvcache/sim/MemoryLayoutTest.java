package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The layout's arithmetic over N GPUs, the workspace cap above all. */
class MemoryLayoutTest {
    private static final long GB = FakeSpecs.GB;

    private static MemoryLayout layout(FlashMode flash, long context) {
        SimSettings settings = FakeSpecs.settings(FakeSpecs.DENSE).batch(32).contextTokens(context).flash(flash).build();
        return new MemoryLayout(FakeSpecs.spec(FakeSpecs.DENSE), settings);
    }

    @Test
    void withoutFlashAttentionALongContextCostsEveryGpuHalfItsMemory() {
        // Standard attention at 1M tokens: 32 x 1M^2 x 2 B, far beyond any cluster; flash 32 x 1M x 64 B.
        MemoryLayout standard = layout(FlashMode.STANDARD, 1_000_000);
        long flashWhole = 32L * 1_000_000 * 64;
        for (int gpus : new int[] {1, 8, 1_000}) {
            assertEquals(flashWhole + gpus * 40 * GB, standard.workspaceBytes(gpus), "on " + gpus + " GPUs");
            assertEquals(40 * GB, standard.workspaceSavedByFlashBytes(gpus) / gpus, "saved per GPU on " + gpus);
        }
        // Each GPU keeps half its 80 GB for KV, so the cache needs about twice the GPUs FlashAttention needs.
        MemoryLayout flash = layout(FlashMode.FLASH, 1_000_000);
        int withFlash = flash.gpusForFullBatch();
        int without = standard.gpusForFullBatch();
        assertTrue(without >= 2 * withFlash - 1 && without <= 2 * withFlash + 1, without + " vs " + withFlash);
        assertEquals(flashWhole, flash.workspaceBytes(withFlash));
    }

    @Test
    void gpusForIsTheFewestWhosePoolHoldsTheBlocks() {
        for (FlashMode mode : FlashMode.values()) {
            for (long context : new long[] {4_096, 131_072, 1_000_000, 100_000_000}) {
                MemoryLayout l = layout(mode, context);
                for (long blocks : new long[] {0, 1, 1_000, 1_000_000, 1_000_000_000}) {
                    int gpus = l.gpusFor(blocks);
                    String where = mode + " " + context + " " + blocks;
                    assertTrue(l.usedBytes(blocks, gpus) <= l.totalBytes(gpus), where);
                    assertTrue(l.capacityBlocks(gpus) >= blocks, where);
                    assertTrue(gpus == 1 || l.usedBytes(blocks, gpus - 1) > l.totalBytes(gpus - 1), where);
                }
            }
        }
    }

    @Test
    void aShortContextWorkspaceIsSplitNotCapped() {
        // 4K tokens: 32 x 4096^2 x 2 B = 1.07 GB in all, well under half a GPU even on one.
        MemoryLayout standard = layout(FlashMode.STANDARD, 4_096);
        assertEquals(32L * 4_096 * 4_096 * 2, standard.workspaceBytes(1));
        assertEquals(32L * 4_096 * 4_096 * 2, standard.workspaceBytes(8));
    }

    /** Weights that split over at most 4 GPUs (say, tp 4 within a node), each further GPU a copy. */
    private static final WeightShare AT_MOST_FOUR_WAYS = gpus -> 16 * GB / Math.min(gpus, 4);

    private static MemoryLayout sharedLayout(FlashMode flash, long context) {
        SimSettings settings = FakeSpecs.settings(FakeSpecs.DENSE).batch(32).contextTokens(context).flash(flash).build();
        MemorySpec spec = MemorySpec.builder().usableBytesPerGpu(80 * GB).workspace(FakeSpecs.QUADRATIC)
                .weightBytes(16 * GB).growingKvBytesPerToken(131_072L).weightShare(AT_MOST_FOUR_WAYS).build();
        return new MemoryLayout(spec, settings);
    }

    @Test
    void anEngineWeightShareCountsEveryGpuAtItsShare() {
        MemoryLayout l = sharedLayout(FlashMode.FLASH, 4_096);
        assertEquals(8 * GB, l.weightBytesPerGpu(2));
        assertEquals(4 * GB, l.weightBytesPerGpu(100));
        // 100 GPUs hold 100 x 4 GB of weights, not the 16 GB an even split would claim.
        assertEquals(400 * GB, l.weightBytesOn(100));
        assertEquals(400 * GB + 10 * l.blockBytes() + l.workspaceBytes(100), l.usedBytes(10, 100));
    }

    @Test
    void withAWeightShareGpusForIsStillTheFewestThatHold() {
        for (FlashMode mode : FlashMode.values()) {
            for (long context : new long[] {4_096, 1_000_000, 100_000_000}) {
                MemoryLayout l = sharedLayout(mode, context);
                for (long blocks : new long[] {0, 1, 1_000, 1_000_000, 37_000_000, 1_000_000_000}) {
                    int gpus = l.gpusFor(blocks);
                    String where = mode + " " + context + " " + blocks + " on " + gpus;
                    assertTrue(l.usedBytes(blocks, gpus) <= l.totalBytes(gpus), where);
                    assertTrue(gpus == 1 || l.usedBytes(blocks, gpus - 1) > l.totalBytes(gpus - 1), where);
                }
            }
        }
        // A billion blocks of 2 MiB at 76 GB free per GPU: the copies of the weights cost GPUs.
        MemoryLayout flash = sharedLayout(FlashMode.FLASH, 4_096);
        assertTrue(flash.gpusFor(1_000_000_000) > layout(FlashMode.FLASH, 4_096).gpusFor(1_000_000_000));
    }
}
