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
}
