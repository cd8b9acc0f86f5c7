package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.ReferenceData;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.SequenceKv;
import org.junit.jupiter.api.Test;

/** Hand-worked KIVI-style KV sizes: group scales and zero-points, and the BF16 residual window. */
class KiviQuantizationTest {
    private static final ModelSpec LLAMA = ReferenceData.model("meta-llama__llama-3.1-8b-instruct");

    @Test
    void int2CountsGroupScalesAndTheResidualWindow() {
        // Llama-3.1-8B, one layer: 2 (K, V) x 8 heads x 128 = 2,048 elements per token.
        // INT2: 2,048 x 2 bits = 512 B, plus 2,048 / 32 = 64 groups x (FP16 scale + FP16 zero) = 256 B.
        KvFootprint kv = KvFootprint.wholeModel(LLAMA, Precision.INT2);
        assertEquals(768L, kv.bytesPerTokenPerLayer());
        assertEquals(24_576L, kv.uncappedBytesPerToken());
        // The last 128 tokens stay BF16: (4,096 - 768) B x 32 layers = 106,496 B more each.
        assertEquals(128, kv.residualTokens());
        assertEquals(106_496L, kv.residualExtraBytesPerToken());
        // 8,192 tokens: 24,576 x 8,192 + 106,496 x 128 = 201,326,592 + 13,631,488.
        assertEquals(214_958_080L, kv.bytesForTokens(8_192));
        // Shorter than the window: every token is still BF16 (131,072 B per token).
        assertEquals(131_072L * 100, kv.bytesForTokens(100));
    }

    @Test
    void int4HasTheSameScaleOverheadPerGroup() {
        // 2,048 x 4 bits = 1,024 B + 256 B of scales per layer, x 32 layers.
        KvFootprint kv = KvFootprint.wholeModel(LLAMA, Precision.INT4);
        assertEquals(1_280L, kv.bytesPerTokenPerLayer());
        assertEquals(40_960L * 8_192 + (131_072L - 40_960L) * 128, kv.bytesForTokens(8_192));
    }

    @Test
    void fullFormatsHaveNoResidualAndKeepTodaysRule() {
        KvFootprint kv = KvFootprint.wholeModel(LLAMA, Precision.BF16);
        assertEquals(0, kv.residualTokens());
        assertEquals(131_072L * 8_192, kv.bytesForTokens(8_192));
        SequenceKv seq = KvFootprint.wholeModel(LLAMA, Precision.FP8).sequence();
        assertEquals(0L, seq.residualExtraBytesPerToken());
    }

    @Test
    void theSimulationsRuleAgreesWithTheFootprint() {
        KvFootprint kv = KvFootprint.wholeModel(LLAMA, Precision.INT2);
        // Paged: 8,200 tokens round to 8,208; the 128-token residual is whole blocks already.
        assertEquals(24_576L * 8_208 + 106_496L * 128, kv.sequence().pagedBytesForTokens(8_200, 16));
        assertEquals(106_496L * 128, kv.sequence().boundedBytesForTokens(8_200, 16));
    }
}
