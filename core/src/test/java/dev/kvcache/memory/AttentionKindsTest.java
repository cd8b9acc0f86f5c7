package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.ReferenceData;
import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.AttentionKind;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import org.junit.jupiter.api.Test;

/** Hand-worked KV sizes for each attention kind at long context: windows cap, hybrid state stays flat. */
class AttentionKindsTest {
    private static final long CTX = 131_072;

    @Test
    void gqaGrowsLinearly() {
        // Llama-3.1-8B: 2 x 32 layers x 8 KV heads x 128 x 2 B = 131,072 B per token.
        KvFootprint kv = KvFootprint.wholeModel(ReferenceData.model("meta-llama__llama-3.1-8b-instruct"), Precision.BF16);
        assertEquals(131_072L * CTX, kv.bytesForTokens(CTX));
        assertEquals(AttentionKind.GQA, ReferenceData.model("meta-llama__llama-3.1-8b-instruct").attention().attentionKind());
    }

    @Test
    void mhaUsesEveryHead() {
        // CodeLlama-7B: 2 x 32 x 32 x 128 x 2 = 524,288 B per token.
        ModelSpec m = ReferenceData.model("codellama__codellama-7b-hf");
        assertEquals(AttentionKind.MHA, m.attention().attentionKind());
        assertEquals(524_288L * 16_384, KvFootprint.wholeModel(m, Precision.BF16).bytesForTokens(16_384));
    }

    @Test
    void mlaKeepsOneLatentPerLayer() {
        // DeepSeek-V3: 61 x (512 + 64) x 2 = 70,272 B per token; nominal 128 KV heads ignored.
        ModelSpec m = ReferenceData.model("deepseek-ai__deepseek-v3");
        assertEquals(AttentionKind.MLA, m.attention().attentionKind());
        KvFootprint kv = KvFootprint.wholeModel(m, Precision.BF16);
        assertEquals(70_272L, kv.uncappedBytesPerToken());
        assertEquals(70_272L * CTX, kv.bytesForTokens(CTX));
        // Tensor parallel does not split the latent: every rank holds it whole.
        assertEquals(70_272L, KvFootprint.perGpu(m, Precision.BF16, 8, 1).uncappedBytesPerToken());
    }

    @Test
    void gemma3SlidingLayersCapAtTheWindow() {
        // Gemma-3-27B: 10 global layers x 2 x 16 x 128 x 2 = 81,920 B/token grow; 52 sliding layers
        // x 8,192 B x 1,024 tokens = 416 MiB per sequence once past the window.
        KvFootprint kv = KvFootprint.wholeModel(TestCatalog.get().model("gemma-3-27b"), Precision.BF16);
        assertEquals(81_920L, kv.growingBytesPerToken());
        assertEquals(52L * 8_192, kv.windowedBytesPerToken());
        assertEquals(1_024, kv.window());
        assertEquals(81_920L * CTX + 52L * 8_192 * 1_024, kv.bytesForTokens(CTX));
        assertEquals(416L << 20, kv.bytesForTokens(CTX) - 81_920L * CTX);
        // Below the window everything grows: 62 layers x 8,192 B.
        assertEquals(507_904L * 512, kv.bytesForTokens(512));
    }

    @Test
    void gptOssAlternatesFullAndSliding() {
        // gpt-oss-20b: 12 full x 2 x 8 x 64 x 2 = 24,576 B/token + 12 sliding x 2,048 B x 128 tokens.
        ModelSpec m = ReferenceData.model("openai__gpt-oss-20b");
        KvFootprint kv = KvFootprint.wholeModel(m, Precision.BF16);
        assertEquals(24_576L * CTX + 12L * 2_048 * 128, kv.bytesForTokens(CTX));
        assertEquals(49_152L, kv.uncappedBytesPerToken());
    }

    @Test
    void llama4ChunkedLayersCapAtTheChunk() {
        // Llama-4-Scout: 12 global layers x 2 x 8 x 128 x 2 = 49,152 B/token; 36 chunked layers
        // x 4,096 B x 8,192 tokens.
        KvFootprint kv = KvFootprint.wholeModel(TestCatalog.get().model("llama-4-scout"), Precision.BF16);
        assertEquals(49_152L, kv.growingBytesPerToken());
        assertEquals(8_192, kv.window());
        long ctx = 1_000_000;
        assertEquals(49_152L * ctx + 36L * 4_096 * 8_192, kv.bytesForTokens(ctx));
        assertEquals(AttentionKind.CHUNKED, TestCatalog.get().model("llama-4-scout").attention().attentionKind());
    }

    @Test
    void hybridLinearStateStaysFlat() {
        // Qwen3-Next-80B: 12 full layers x 2 x 2 x 256 x 2 = 24,576 B/token; 36 DeltaNet layers each
        // hold conv (8,192 channels x 3) + recurrent (32 x 128 x 128) values at 2 B = 1,097,728 B.
        ModelSpec m = ReferenceData.model("qwen__qwen3-next-80b-a3b-instruct");
        KvFootprint kv = KvFootprint.wholeModel(m, Precision.BF16);
        long state = 36L * (8_192 * 3 + 32 * 128 * 128) * 2;
        assertEquals(state, kv.fixedStateBytesPerSequence());
        assertEquals(24_576L * 4_096 + state, kv.bytesForTokens(4_096));
        assertEquals(24_576L * CTX + state, kv.bytesForTokens(CTX));
        assertEquals(AttentionKind.HYBRID_LINEAR, m.attention().attentionKind());
    }

    @Test
    void qwen35KeepsItsRecurrentStateInFloat32() {
        // Qwen3.5-27B: 16 full layers x 2 x 4 x 256 x 2 = 65,536 B/token. Its config sets
        // mamba_ssm_dtype float32, which vLLM honours: each of the 48 DeltaNet layers holds the conv
        // window (10,240 channels x 3) at 2 B and the recurrent matrix (48 x 128 x 128) at 4 B.
        KvFootprint kv = KvFootprint.wholeModel(TestCatalog.get().model("qwen3.5-27b"), Precision.BF16);
        long state = 48L * (10_240 * 3 * 2 + 48 * 128 * 128 * 4);
        assertEquals(153_944_064L, state);
        assertEquals(state, kv.fixedStateBytesPerSequence());
        assertEquals(65_536L * CTX + state, kv.bytesForTokens(CTX));
        // An FP8 KV cache shrinks neither state: conv stays 16-bit, the recurrent matrix 32-bit.
        assertEquals(state, KvFootprint.wholeModel(TestCatalog.get().model("qwen3.5-27b"), Precision.FP8)
                .fixedStateBytesPerSequence());
    }

    @Test
    void mistralSlidesOnEveryLayer() {
        // Mistral-7B-v0.1: window 4096 on all 32 layers: at most 4,096 x 131,072 B = 512 MiB per sequence.
        KvFootprint kv = KvFootprint.wholeModel(TestCatalog.get().model("mistral-7b"), Precision.BF16);
        assertEquals(0, kv.growingBytesPerToken());
        assertEquals(512L << 20, kv.bytesForTokens(32_768));
    }

    @Test
    void pagingRoundsEachLayerToWholeBlocks() {
        KvFootprint kv = KvFootprint.wholeModel(ReferenceData.model("meta-llama__llama-3.1-8b-instruct"), Precision.BF16);
        assertEquals(131_072L * 32, kv.pagedBytesForTokens(17, 16));
        assertEquals(2, PagedAllocation.blocks(17));
        assertEquals(15, PagedAllocation.pagedWaste(17));
        assertEquals(0, PagedAllocation.pagedWaste(32));
        assertEquals(8_192 - 1_000, PagedAllocation.contiguousWaste(1_000, 8_192));
    }

    @Test
    void kvPrecisionIsIndependentOfWeights() {
        ModelSpec m = ReferenceData.model("meta-llama__llama-3.1-8b-instruct");
        assertEquals(65_536L, KvFootprint.wholeModel(m, Precision.FP8).uncappedBytesPerToken());
        // INT4 is stored KIVI-style: 1,024 B of values + 64 groups x 4 B of scale and zero per layer.
        assertEquals(40_960L, KvFootprint.wholeModel(m, Precision.INT4).uncappedBytesPerToken());
        assertEquals(262_144L, KvFootprint.wholeModel(m, Precision.FP32).uncappedBytesPerToken());
    }
}
