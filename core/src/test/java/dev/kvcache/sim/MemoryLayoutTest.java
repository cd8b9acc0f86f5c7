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
            long flashShare = (flashWhole + gpus - 1) / gpus;
            assertEquals(flashShare + 40 * GB, standard.workspaceBytesPerGpu(gpus), "on " + gpus + " GPUs");
            assertEquals(40 * GB, standard.workspaceSavedByFlashBytesPerGpu(gpus), "saved per GPU on " + gpus);
        }
        // Each GPU keeps half its 80 GB for KV, so the cache needs about twice the GPUs FlashAttention needs.
        MemoryLayout flash = layout(FlashMode.FLASH, 1_000_000);
        int withFlash = flash.gpusForFullBatch();
        int without = standard.gpusForFullBatch();
        assertTrue(without >= 2 * withFlash - 1 && without <= 2 * withFlash + 1, without + " vs " + withFlash);
        assertEquals((flashWhole + withFlash - 1) / withFlash, flash.workspaceBytesPerGpu(withFlash));
    }

    @Test
    void gpusForIsTheFewestWhosePoolHoldsTheBlocks() {
        for (FlashMode mode : FlashMode.values()) {
            for (long context : new long[] {4_096, 131_072, 1_000_000, 100_000_000}) {
                MemoryLayout l = layout(mode, context);
                for (long blocks : new long[] {0, 1, 1_000, 1_000_000, 1_000_000_000}) {
                    int gpus = l.gpusFor(blocks);
                    String where = mode + " " + context + " " + blocks;
                    assertTrue(l.usedBytesPerGpu(blocks, gpus) <= l.usableBytesPerGpu(), where);
                    assertTrue(l.capacityBlocks(gpus) >= blocks, where);
                    assertTrue(gpus == 1 || l.usedBytesPerGpu(blocks, gpus - 1) > l.usableBytesPerGpu(), where);
                }
            }
        }
    }

    @Test
    void aShortContextWorkspaceIsSplitNotCapped() {
        // 4K tokens: 32 x 4096^2 x 2 B = 1.07 GB in all, well under half a GPU even on one.
        MemoryLayout standard = layout(FlashMode.STANDARD, 4_096);
        assertEquals(32L * 4_096 * 4_096 * 2, standard.workspaceBytesPerGpu(1));
        assertEquals(32L * 4_096 * 4_096 * 2 / 8, standard.workspaceBytesPerGpu(8));
    }

    /**
     * An engine's layout in miniature: tensor parallel over at most 4 GPUs, each further GPU a
     * context-parallel group holding its own copy of the weights and a share of the blocks; counts
     * that are not a multiple of 4 above 4 leave GPUs idle.
     */
    private static final class FourWayShares implements GpuShares {
        @Override
        public int layoutGpus(int gpus) {
            return gpus <= 4 ? gpus : gpus / 4 * 4;
        }

        private int tp(int gpus) {
            return Math.min(gpus, 4);
        }

        private int cp(int gpus) {
            return Math.max(1, layoutGpus(gpus) / 4);
        }

        @Override
        public long weightBytes(int gpus) {
            return 16 * GB / tp(gpus);
        }

        @Override
        public long workspaceBytes(int gpus, FlashMode mode) {
            return GB;
        }

        @Override
        public long workspaceSavedBytes(int gpus, int sequences, long tokens) {
            return 0L;
        }

        @Override
        public long slotStateBytes(int gpus) {
            return 0L;
        }

        @Override
        public long blockBytes(int gpus) {
            return 16L * 131_072L / tp(gpus);
        }

        @Override
        public int blockGroups(int gpus) {
            return cp(gpus);
        }
    }

    private static MemoryLayout sharedLayout(long context) {
        SimSettings settings = FakeSpecs.settings(FakeSpecs.DENSE).batch(32).contextTokens(context).build();
        MemorySpec spec = MemorySpec.builder().usableBytesPerGpu(80 * GB).workspace(FakeSpecs.QUADRATIC)
                .weightBytes(16 * GB).growingKvBytesPerToken(131_072L).shares(new FourWayShares()).build();
        return new MemoryLayout(spec, settings);
    }

    @Test
    void anEngineLayoutCountsTheMostLoadedGpu() {
        MemoryLayout l = sharedLayout(4_096);
        assertEquals(8 * GB, l.weightBytesPerGpu(2));
        assertEquals(4 * GB, l.weightBytesPerGpu(100));
        // 100 GPUs: tp 4 x cp 25; 10 blocks spread over 25 groups put one block's quarter on a GPU.
        assertEquals(4 * GB + GB + 16L * 131_072L / 4, l.usedBytesPerGpu(10, 100));
        assertEquals(4 * GB + GB + 16L * 131_072L / 4 * 40, l.usedBytesPerGpu(1_000, 100));
    }

    @Test
    void withAnEngineLayoutGpusForIsTheFewestWhoseLayoutUsesEveryGpuAndHolds() {
        for (long context : new long[] {4_096, 1_000_000, 100_000_000}) {
            MemoryLayout l = sharedLayout(context);
            for (long blocks : new long[] {0, 1, 1_000, 1_000_000, 37_000_000, 1_000_000_000}) {
                int gpus = l.gpusFor(blocks);
                String where = context + " " + blocks + " on " + gpus;
                assertEquals(gpus, l.layoutGpus(gpus), where);
                assertTrue(l.usedBytesPerGpu(blocks, gpus) <= l.usableBytesPerGpu(), where);
                for (int fewer = Math.max(1, gpus - 8); fewer < gpus; fewer++) {
                    assertTrue(l.layoutGpus(fewer) != fewer || l.usedBytesPerGpu(blocks, fewer) > l.usableBytesPerGpu(),
                            where + ": " + fewer + " would do");
                }
            }
        }
    }

    @Test
    void aPoolGrowingTowardsAFullBatchEndsOnTheCountTheScenarioNeeds() {
        MemoryLayout l = sharedLayout(1_000_000);
        long full = 32 * l.contextBlocks();
        int count = l.gpusFor(0);
        for (long blocks = 0; blocks <= full; blocks += full / 97) {
            if (l.capacityBlocks(count) < blocks) {
                int next = l.gpusFor(blocks, count + 1);
                assertTrue(next > count && next <= l.gpusForFullBatch(), blocks + ": " + next);
                count = next;
            }
        }
        if (l.capacityBlocks(count) < full) {
            count = l.gpusFor(full, count + 1);
        }
        assertEquals(l.gpusForFullBatch(), count);
    }
}
