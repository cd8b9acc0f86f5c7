package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.memory.KvFootprint;
import dev.kvcache.scenario.EngineSpecProvider;
import org.junit.jupiter.api.Test;

/** One rule for a sequence's KV bytes: the engine's footprints and the simulation's sequences use it alike. */
class SequenceKvTest {
    private final SequenceKv kv = new SequenceKv(1_000, 500, 4_096, 250, 8_192, 7);

    @Test
    void cappedLayersStopGrowingAtTheirCapAndStateIsFixed() {
        assertEquals(7, kv.bytesForTokens(0));
        assertEquals(1_000L * 100 + 500L * 100 + 250L * 100 + 7, kv.bytesForTokens(100));
        assertEquals(1_000L * 10_000 + 500L * 4_096 + 250L * 8_192 + 7, kv.bytesForTokens(10_000));
        // Paged: every layer's resident tokens round up to whole 16-token blocks.
        assertEquals(1_000L * 10_016 + 500L * 4_096 + 250L * 8_192 + 7, kv.pagedBytesForTokens(10_001, 16));
        assertEquals(500L * 4_096 + 250L * 8_192 + 7, kv.boundedBytesForTokens(10_001, 16));
        assertEquals(750, kv.windowedBytesPerToken());
        assertEquals(4_096, kv.window());
    }

    @Test
    void theSimulationCountsASequenceAsTheEngineDoes() {
        for (String model : new String[] {"llama-3.1-8b", "gemma-3-27b", "llama-4-scout", "qwen3-next-80b", "gpt-oss-120b"}) {
            SimSettings settings = SimSettings.builder().modelId(model).deviceId("h100").build();
            MemorySpec spec = new EngineSpecProvider(TestCatalog.get()).specFor(settings);
            KvFootprint engine = KvFootprint.wholeModel(TestCatalog.get().model(model), Precision.BF16);
            for (long tokens : new long[] {1, 1_000, 4_097, 131_072, 10_000_000}) {
                assertEquals(engine.bytesForTokens(tokens), spec.kvBytesForTokens(tokens), model + " at " + tokens);
            }
        }
    }

    @Test
    void theEnginesSimulationStopsEachSequenceAtItsEvictionBound() {
        Eviction window = Eviction.window(4_096);
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8)
                .contextTokens(131_072).paging(PagingMode.CONTIGUOUS).eviction(window).build();
        EngineSpecProvider provider = new EngineSpecProvider(TestCatalog.get());
        MemorySpec spec = provider.specFor(settings);
        KvFootprint engine = KvFootprint.wholeModel(TestCatalog.get().model("llama-3.1-8b"), Precision.BF16)
                .evicting(window);
        assertEquals(4_100L, spec.keptTokens(100_000));
        assertEquals(engine.bytesForTokens(100_000), spec.kvBytesForTokens(100_000));
        assertEquals(131_072L * 4_100, spec.kvBytesForTokens(100_000));
        Simulation sim = new Simulation(provider, settings);
        sim.jumpToTokens(100_000);
        // 8 sequences x ceil(4,100 / 16) = 257 blocks each, on the one GPU that now holds them.
        assertEquals(8L * 257, sim.blocks().usedBlocks());
        assertEquals(8L * 131_072 * 4_100, sim.memory().kvUsedBytes());
        assertEquals(1, sim.memory().gpuCount());
    }
}
