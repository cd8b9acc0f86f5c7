package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Precision;
import org.junit.jupiter.api.Test;

/**
 * Tensor parallel sizes as vLLM takes them: refused unless they divide the attention heads and
 * split (or evenly replicate) the KV heads; beyond the KV heads each rank holds one replicated head.
 */
class TensorParallelHeadsTest {
    private final Catalog c = TestCatalog.get();

    private Scenario.Builder on(String model, String device, int tp) {
        return new Scenario.Builder(c.model(model), c.device(device)).tensorParallel(tp);
    }

    private String refusal(String model, int tp) {
        return assertThrows(IllegalArgumentException.class, () -> on(model, "h100", tp).build()).getMessage();
    }

    @Test
    void tpThatDoesNotDivideTheAttentionHeadsIsRefused() {
        // Llama-3.1-8B: 32 heads, 8 KV heads.
        assertEquals("tp 3 does not divide the 32 attention heads of llama-3.1-8b, which vLLM refuses;"
                + " valid sizes: 1, 2, 4, 8, 16 or 32", refusal("llama-3.1-8b", 3));
        // DeepSeek-V3 (MLA): only its 128 query heads split, so every power of two up to 128 is valid.
        assertEquals("tp 6 does not divide the 128 attention heads of deepseek-v3, which vLLM refuses;"
                + " valid sizes: 1, 2, 4, 8, 16, 32, 64 or 128", refusal("deepseek-v3", 6));
    }

    @Test
    void tpThatNeitherSplitsNorReplicatesTheKvHeadsIsRefused() {
        // Qwen2.5-7B: 28 heads, 4 KV heads. tp 7 divides the heads, but 7 is no multiple of 4.
        assertEquals("tp 7 neither splits nor evenly replicates the 4 KV heads of qwen-2.5-7b, which vLLM"
                + " refuses; valid sizes: 1, 2, 4 or 28", refusal("qwen-2.5-7b", 7));
        on("qwen-2.5-7b", "h100", 28).build();
    }

    @Test
    void tpBeyondTheKvHeadsReplicatesThemAndSaysSo() {
        Scenario tp16 = on("llama-3.1-8b", "h100", 16).build();
        assertEquals("tp 16 > 8 KV heads: vLLM replicates each KV head on 2 GPUs, so the cache per GPU"
                + " stops shrinking at tp 8", TensorParallelHeads.notice(tp16));
        // Each rank holds one KV head: 32 layers x 2 (K, V) x 1 x 128 x 2 B = 16,384 B per token, as at tp 8.
        assertEquals(16_384L, KvFootprint.perGpu(tp16.model, Precision.BF16, 16, 1).uncappedBytesPerToken());
        assertEquals(16_384L, KvFootprint.perGpu(tp16.model, Precision.BF16, 8, 1).uncappedBytesPerToken());
        assertEquals(32_768L, KvFootprint.perGpu(tp16.model, Precision.BF16, 4, 1).uncappedBytesPerToken());
        // vLLM's get_num_kv_heads: max(1, 8 // tp), rounding down where tp leaves a remainder.
        assertEquals(1, tp16.model.attention().kvHeadsPerGpu(16));
        assertEquals(2, tp16.model.attention().kvHeadsPerGpu(3));
        // The report's per-GPU cache counts it so: one 4,096-token sequence per GPU.
        Scenario one = on("llama-3.1-8b", "h100", 16).batch(1).context(4_096).build();
        assertEquals(16_384L * 4_096, new ScenarioFigures(one).perGpuKvBytes);
    }

    @Test
    void noNoticeWhenTheKvHeadsSplitOrTheCacheIsAnMlaLatent() {
        assertNull(TensorParallelHeads.notice(on("llama-3.1-8b", "h100", 8).build()));
        assertNull(TensorParallelHeads.notice(on("llama-3.1-8b", "h100", 1).build()));
        // DeepSeek-V3's config says 128 KV heads, but MLA caches one latent per rank at any tp.
        assertNull(TensorParallelHeads.notice(on("deepseek-v3", "h100", 16).build()));
    }

    @Test
    void sramChipsAreNotHeldToVllmsHeadRules() {
        // Groq's compiler partitions every tensor over the chips: 3 chips for 32 heads is fine.
        Scenario s = on("llama-3.1-8b", "groq-lpu", 3).build();
        assertEquals(3, s.tp);
        assertNull(TensorParallelHeads.notice(on("llama-3.1-8b", "groq-lpu", 16).build()));
    }
}
