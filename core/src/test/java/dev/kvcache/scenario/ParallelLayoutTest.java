package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.ModelSpec;
import org.junit.jupiter.api.Test;

/** How the view's per-GPU figures lay a GPU count out: tp within a node, pp by layers, cp for the rest. */
class ParallelLayoutTest {
    private static String layout(String model, int gpus) {
        ModelSpec m = TestCatalog.get().model(model);
        ParallelLayout l = ParallelLayout.forGpus(m, gpus);
        return l.tp + "x" + l.pp + "x" + l.cp;
    }

    @Test
    void tensorParallelSplitsKvHeadsWithinANode() {
        // Llama-3.1-8B: 32 heads, 8 KV heads, 32 layers.
        assertEquals("1x1x1", layout("llama-3.1-8b", 1));
        assertEquals("8x1x1", layout("llama-3.1-8b", 8));
        // tp 3 would not split 8 KV heads: three pipeline stages instead.
        assertEquals("1x3x1", layout("llama-3.1-8b", 3));
        // Qwen3-Next has 2 KV heads: tp 2, the rest in stages.
        assertEquals("2x4x1", layout("qwen3-next-80b", 8));
        // MLA keeps one latent whatever tp, so tp splits the 128 heads up to the node.
        assertEquals("8x1x1", layout("deepseek-v3", 8));
    }

    @Test
    void beyondOneLayerPerStageTheContextIsSplit() {
        // 4,042 GPUs (batch 32 at 100M tokens): 32 layers cap pp, context parallelism takes the rest,
        // and the layout that idles the fewest GPUs wins (2 x 32 x 63 = 4,032).
        assertEquals("2x32x63", layout("llama-3.1-8b", 4_042));
        assertEquals("8x32x4", layout("llama-3.1-8b", 1_024));
    }
}
