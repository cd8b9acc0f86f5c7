package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.MemoryLayout;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.sim.WeightsMode;
import org.junit.jupiter.api.Test;

/** The banks show what the state says, in the proportions the numbers say. */
class MemoryMapTest {
    private static final int SLOTS = 480;

    private static Simulation run(SimSettings settings, int ticks) {
        Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
        for (int i = 0; i < ticks; i++) {
            simulation.step();
        }
        return simulation;
    }

    private static double fraction(MemoryMap map, java.util.function.IntPredicate matches) {
        int hits = 0;
        for (int bank = 0; bank < map.bankCount(); bank++) {
            for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                if (matches.test(map.content(bank, stripe))) {
                    hits++;
                }
            }
        }
        return hits / (double) (map.bankCount() * MemoryMap.STRIPES);
    }

    @Test
    void bankSizeIsAPowerOfTwoThatFitsTheGrid() {
        long h100 = 85_029_615_043L; // 79.19 GiB
        long bank = MemoryMap.bankBytesFor(h100, SLOTS);
        assertEquals(256L << 20, bank, "79.19 GiB in at most 480 banks: 256 MiB each");
        assertEquals(1L << 20, MemoryMap.bankBytesFor(230_000_000L, 480), "Groq's 230 MB: 1 MiB banks");
    }

    @Test
    void weightsKvAndFreeTakeTheirShareOfTheBanks() {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8)
                .contextTokens(131_072).flash(FlashMode.STANDARD).build();
        Simulation simulation = run(settings, 300);
        MemoryMap map = new MemoryMap(SLOTS);
        map.update(simulation, SLOTS);
        MemoryUsage usage = simulation.memory();
        MemoryLayout layout = usage.layout();
        // One GPU's banks show that GPU's share of every region.
        double capacity = map.bankCount() * (double) map.bankBytes();
        double weights = layout.weightBytesPerGpu(usage.gpuCount()) / capacity;
        double kv = usage.kvReservedBytesPerGpu() / capacity;
        double tolerance = 2.0 / (map.bankCount() * MemoryMap.STRIPES) + 0.01;
        assertEquals(weights, fraction(map, code -> code == BankContent.WEIGHTS), tolerance, "weights share");
        assertEquals(kv, fraction(map, code -> code >= 0 && !BankContent.isState(code)), tolerance + 0.01,
                "KV share");
        assertTrue(fraction(map, code -> code == BankContent.FREE) > 0.1, "free memory shows");
        for (int bank = 0; bank < map.bankCount(); bank++) {
            assertTrue(!map.isGhost(bank), "no FlashAttention ghost with standard attention");
        }
    }

    @Test
    void pagingInterleavesSequencesAndContiguousShowsReservedMemory() {
        SimSettings paged = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8)
                .contextTokens(131_072).paging(PagingMode.PAGED).weights(WeightsMode.EXCLUDED).build();
        MemoryMap map = new MemoryMap(SLOTS);
        map.update(run(paged, 200), SLOTS);
        int mixedBanks = 0;
        for (int bank = 0; bank < map.bankCount(); bank++) {
            if (map.content(bank, 0) >= 0 && map.content(bank, 0) != map.content(bank, MemoryMap.STRIPES - 1)) {
                mixedBanks++;
            }
        }
        assertTrue(mixedBanks > 0, "interleaved pages: some banks hold two sequences");
        assertEquals(0.0, fraction(map, code -> code == BankContent.WEIGHTS), 1e-9, "weights excluded");

        SimSettings contiguous = paged.toBuilder().paging(PagingMode.CONTIGUOUS).build();
        map.update(run(contiguous, 50), SLOTS);
        assertTrue(fraction(map, BankContent::isReserved) > 0.05, "reserved-but-unused memory shows");
    }

    @Test
    void flashAttentionGhostCoversTheSavedWorkspace() {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8)
                .contextTokens(131_072).flash(FlashMode.FLASH).gpuCount(GpuCount.fixed(1)).build();
        Simulation simulation = run(settings, 10);
        MemoryMap map = new MemoryMap(SLOTS);
        map.update(simulation, SLOTS);
        int ghosts = 0;
        for (int bank = 0; bank < map.bankCount(); bank++) {
            ghosts += map.isGhost(bank) ? 1 : 0;
        }
        long saved = simulation.memory().flashSavedNowBytesPerGpu();
        assertEquals(Math.min(map.bankCount(), (saved + map.bankBytes() - 1) / map.bankBytes()), ghosts);
    }
}
