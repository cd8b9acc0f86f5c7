package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * How the view's per-GPU figures lay a GPU count out: tensor parallel within a node at sizes that
 * split the heads, pipeline stages, context-parallel groups; the layout whose most loaded GPU holds
 * the least.
 */
class ParallelLayoutTest {
    private static String layout(String model, int batch, long context, int gpus) {
        Catalog c = TestCatalog.get();
        Scenario.Builder b = new Scenario.Builder(c.model(model), c.device("h100")).batch(batch).context(context);
        ParallelLayout l = ParallelLayout.forGpus(c.model(model), gpus,
                (tp, pp, cp) -> ScenarioFigures.mostLoadedGpuBytes(
                        b.tensorParallel(tp).pipelineParallel(pp).contextParallel(cp).build()));
        return l.tp + "x" + l.pp + "x" + l.cp;
    }

    @Test
    void tensorParallelSplitsKvHeadsWithinANode() {
        // Llama-3.1-8B: 32 heads, 8 KV heads, 32 layers.
        assertEquals("1x1x1", layout("llama-3.1-8b", 8, 4_096, 1));
        assertEquals("8x1x1", layout("llama-3.1-8b", 8, 4_096, 8));
        // tp 3 would not split 8 KV heads. At 4K the weights dominate: three stages split them;
        // at 100M the cache dominates: three context groups split it and each holds all weights.
        assertEquals("1x3x1", layout("llama-3.1-8b", 8, 4_096, 3));
        assertEquals("1x1x3", layout("llama-3.1-8b", 8, 100_000_000, 3));
        // Qwen3-Next has 2 KV heads: tp 2 at most.
        assertEquals(2, Integer.parseInt(layout("qwen3-next-80b", 8, 131_072, 8).substring(0, 1)));
    }

    @Test
    void mlaKeepsItsLatentOnEveryTensorRankSoLongContextsPreferContextGroups() {
        // DeepSeek-V3 replicates its one latent on every tp rank: at 1M tokens tp buys no KV room.
        assertEquals("1x61x1", layout("deepseek-v3", 8, 1_000_000, 61));
    }

    @Test
    void beyondOneLayerPerStageTheContextIsSplit() {
        // About 4,000 GPUs for batch 32 at 100M tokens: context groups take what layers cannot.
        String l = layout("llama-3.1-8b", 32, 100_000_000, 4_042);
        String[] parts = l.split("x");
        long used = (long) Integer.parseInt(parts[0]) * Integer.parseInt(parts[1]) * Integer.parseInt(parts[2]);
        assertEquals(true, used > 4_000 && used <= 4_042, l);
        assertEquals(true, Integer.parseInt(parts[2]) > 1, l);
    }
}
