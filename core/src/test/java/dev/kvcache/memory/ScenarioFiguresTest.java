package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.UsageLevel;
import org.junit.jupiter.api.Test;

/** Report-level figures: usage thresholds, efficiency, limits, flags, training, formatting. */
class ScenarioFiguresTest {
    private final Catalog c = TestCatalog.get();

    private Scenario.Builder llama8bOnH100() {
        return new Scenario.Builder(c.model("llama-8b"), c.device("h100"));
    }

    @Test
    void smallScenarioFitsWithPagedEfficiencyNearOne() {
        ScenarioFigures f = new ScenarioFigures(llama8bOnH100().batch(8).context(4_000).build());
        assertEquals(131_072L, f.kvBytesPerToken);
        assertEquals(8L * 131_072 * 4_000, f.kvUsedBytes);
        assertEquals(8L * 131_072 * 4_000, f.kvCacheBytes); // 4000 is a whole number of 16-token blocks
        assertTrue(f.fits);
        assertEquals(UsageLevel.OK, f.usageLevel);
        assertEquals(1, f.gpusNeeded);
        assertEquals(1.0, f.efficiency, 1e-9);
    }

    @Test
    void contextParallelGroupsEachHoldAShareOfEveryContext() {
        // 1M tokens over 4 context-parallel groups: 250,000 tokens (a whole number of pages) per GPU.
        ScenarioFigures f = new ScenarioFigures(llama8bOnH100().batch(2).context(1_000_000).contextParallel(4).build());
        assertEquals(2L * 131_072 * 1_000_000, f.kvCacheBytes);
        assertEquals(2L * 131_072 * 250_000, f.perGpuKvBytes);
        assertEquals(4, f.scenario.gpus());
        assertTrue(f.formula().contains("On 4 GPUs, the fewest that hold it, each GPU (tp 1 x pp 1 x cp 4, each sequence's tokens split over 4 groups)"),
                f.formula());
        // Contiguous reservations split the same way: the scenario's context, shared by the groups.
        ScenarioFigures contiguous = new ScenarioFigures(llama8bOnH100().batch(1).context(8_192)
                .paging(dev.kvcache.sim.PagingMode.CONTIGUOUS).contextParallel(2).build());
        assertEquals(131_072L * 4_096, contiguous.perGpuKvBytes);
    }

    @Test
    void pipelineStagesNameTheMostLoadedGpu() {
        // Two stages of 16 layers: the first also holds the 128,256 x 4,096 embedding, so it decides.
        ScenarioFigures f = new ScenarioFigures(llama8bOnH100().pipelineParallel(2).build());
        assertTrue(f.formula().contains("On 2 GPUs, the fewest that hold it, the most loaded GPU (tp 1 x pp 2): "), f.formula());
        assertTrue(f.perGpuWeightsBytes > f.weightsBytes / 2, f.perGpuWeightsBytes + " of " + f.weightsBytes);
    }

    @Test
    void anMxfp4ProductAddsUpToTheWeightsShown() {
        // gpt-oss ships its routed experts in MXFP4 (4.25 bits with the scales) and the rest in BF16:
        // "116.8B params x 0.5 B (MXFP4)" would be 58.4 GB, not the 65.2 GB (60.7 GiB) it holds.
        ScenarioFigures f = new ScenarioFigures(new Scenario.Builder(c.model("gpt-oss-120b"), c.device("b200"))
                .weights(Precision.MXFP4).kv(Precision.BF16).build());
        assertTrue(f.formula().contains("Weights = 116.8B params: 114.7B in routed experts x 4.25 bits (MXFP4: 4-bit"
                + " values, an 8-bit scale per 32) + 2.1B x 2 B (BF16) = 60.7 GiB."), f.formula());
        // The shown counts are rounded to 0.1B: their product is within 0.2% of the bytes.
        double shown = 114.7e9 * 4.25 / 8 + 2.1e9 * 2;
        assertEquals(f.weightsBytes, shown, f.weightsBytes * 0.002);
        // A dense model has no experts for MXFP4 to quantize: its weights stay BF16, and the formula says why.
        ScenarioFigures dense = new ScenarioFigures(llama8bOnH100().weights(Precision.MXFP4).build());
        assertEquals(new ScenarioFigures(llama8bOnH100().weights(Precision.BF16).build()).weightsBytes, dense.weightsBytes);
        assertTrue(dense.formula().contains("Weights = 8B params x 2 B (BF16: MXFP4 quantizes routed experts only, and this"
                + " model has none) = 15 GiB."), dense.formula());
    }

    @Test
    void moreGpusThanAnyClusterAreRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> llama8bOnH100().tensorParallel(4096).pipelineParallel(32).contextParallel(4096).build());
        assertTrue(e.getMessage().startsWith("tp x pp x cp must be at most 1,048,576 GPUs"), e.getMessage());
    }

    @Test
    void contiguousAllocationReservesTheScenarioContextAsTheSimulationDoes() {
        // The max model length the user set (8K), not the model's trained 128K: what vLLM reserves
        // with --max-model-len, and what the simulation's contiguous regions hold.
        ScenarioFigures f = new ScenarioFigures(llama8bOnH100().batch(1).context(8_192)
                .paging(dev.kvcache.sim.PagingMode.CONTIGUOUS).build());
        assertEquals(131_072L * 8_192, f.kvCacheBytes);
        assertEquals(131_072L * 8_192, f.perGpuKvBytes);
        assertTrue(f.formula().contains("Cache = 1 sequence x 8K tokens (contiguous: each reserves the whole context set,"
                + " the max model length) = 1 GiB."), f.formula());
    }

    @Test
    void usageLevelsAtEightyAndHundredPercent() {
        assertEquals(UsageLevel.OK, UsageLevel.of(0.79));
        assertEquals(UsageLevel.WARNING, UsageLevel.of(0.80));
        assertEquals(UsageLevel.CRITICAL, UsageLevel.of(1.0));
    }

    @Test
    void limitsAreTheLargestValuesThatFit() {
        Scenario s = llama8bOnH100().batch(4).context(8_192).build();
        ScenarioFigures f = new ScenarioFigures(s);
        ScenarioFigures atLimit = new ScenarioFigures(llama8bOnH100().batch(4).context(f.maxContextTokens).build());
        assertTrue(atLimit.fits);
        ScenarioFigures beyond = new ScenarioFigures(llama8bOnH100().batch(4).context(f.maxContextTokens + 16).build());
        assertFalse(beyond.fits);
        ScenarioFigures batchLimit = new ScenarioFigures(llama8bOnH100().batch(f.maxBatch).context(8_192).build());
        assertTrue(batchLimit.fits);
        assertFalse(new ScenarioFigures(llama8bOnH100().batch(f.maxBatch + 1).context(8_192).build()).fits);
    }

    @Test
    void contextBeyondTrainingIsComputedAndFlagged() {
        ScenarioFigures f = new ScenarioFigures(llama8bOnH100().batch(32).context(100_000_000).build());
        assertTrue(f.scenario.beyondTrainedContext());
        assertEquals(32L * 131_072 * 100_000_000, f.kvCacheBytes);
        assertTrue(f.gpusNeeded > 1_000);
        assertTrue(f.formula().contains("exceeds the trained maximum"));
    }

    @Test
    void vllmPoolFollowsTheReservationChain() {
        ScenarioFigures f = new ScenarioFigures(llama8bOnH100().gpuMemoryUtilization(0.95).context(8_192).build());
        VllmReservation v = f.vllm;
        assertEquals(131_072L, v.kvBytesPerTokenPerGpu());
        assertEquals(16, v.blockSize());
        // Logged: 58.11 GiB available, 476,016 tokens; the estimate stays within 1%.
        assertEquals(476_016, v.poolTokens(), 476_016 * 0.01);
        assertEquals(v.poolTokens() / 8_192.0, v.maxConcurrency(), 1e-9);
    }

    @Test
    void flashAttentionWorkspaceAndTheScoreMatrix() {
        FlashAttentionWorkspace w = new FlashAttentionWorkspace(8_192, 32, 2, 128, 2, 1L << 40);
        assertEquals(1_024L * 8_192 * 32 * 2 * 2, w.bytesWithout());
        assertEquals(128L * 128 * 32 * 2 * 2, w.bytesWith());
        assertEquals(w.bytesWithout() - w.bytesWith(), w.savedBytes());
        assertEquals(8_192L * 8_192 * 32 * 2 * 2, w.scoreMatrixBytes());
        assertEquals(1_000, new FlashAttentionWorkspace(8_192, 32, 2, 128, 2, 1_000).savedBytes());
    }

    @Test
    void trainingNeedsSixteenBytesPerParameterBeforeActivations() {
        TrainingMemory t = new TrainingMemory(c.model("llama-8b"), Precision.BF16, 1, 2_048, dev.kvcache.sim.FlashMode.FLASH);
        long params = 8_030_000_000L;
        assertEquals(2 * params, t.weightsBytes());
        assertEquals(2 * params, t.gradientBytes());
        assertEquals(12 * params, t.optimizerBytes());
        assertEquals(34L * 2_048 * 4_096 * 32, t.activationBytes());
        long shared = t.perGpuBytes(3, 8);
        assertEquals(16 * params / 8 + t.activationBytes(), shared, 8);
    }

    @Test
    void tensorParallelSplitsWeightsAndKv() {
        ScenarioFigures f = new ScenarioFigures(new Scenario.Builder(c.model("llama-70b"), c.device("h100"))
                .tensorParallel(4).batch(1).context(8_192).build());
        assertEquals(8_192L * 327_680 / 4, f.perGpuKvBytes);
        assertEquals(f.weightsBytes / 4.0, f.perGpuWeightsBytes, f.weightsBytes * 0.01);
    }

    @Test
    void aModelWhoseLayersAreAllSlidingSaysItsCacheStopsGrowing() {
        // Mistral-7B: 32 sliding-window layers of 4,096 tokens, 131,072 B per token: 512 MiB per sequence.
        ScenarioFigures f = new ScenarioFigures(new Scenario.Builder(c.model("mistral-7b"), c.device("h100"))
                .batch(8).context(131_072).build());
        String formula = f.formula();
        assertFalse(formula.contains("Only 0 full layers"), formula);
        assertFalse(formula.contains("0 B per token"), formula);
        assertTrue(formula.contains("All 32 layers keep at most the last 4K tokens, so each sequence's cache stops"
                + " growing at 512 MiB."), formula);
        assertTrue(formula.contains("Cache = 8 sequences x 128K tokens, windowed layers capped at 4K tokens"), formula);
        assertEquals(8L * (512L << 20), f.kvCacheBytes);
    }

    @Test
    void mixedLayersCountTheFullOnesThatGrow() {
        String formula = new ScenarioFigures(new Scenario.Builder(c.model("gpt-oss-120b"), c.device("h100"))
                .batch(1).context(131_072).build()).formula();
        assertTrue(formula.contains("Only 18 full layers grow (36,864 B per token); 18 layers keep at most 128 tokens."),
                formula);
    }

    @Test
    void waferAndChipAcceleratorsAreNotCalledGpus() {
        String wafer = new ScenarioFigures(new Scenario.Builder(c.model("llama-70b"), c.device("wse-3"))
                .batch(8).context(131_072).build()).formula();
        assertTrue(wafer.contains("Per wafer (the compiler splits every tensor over "), wafer);
        assertFalse(wafer.contains("GPU"), wafer);
        String tpu = new ScenarioFigures(new Scenario.Builder(c.model("llama-8b"), c.device("tpu-v4"))
                .batch(8).context(131_072).tensorParallel(2).pipelineParallel(3).build()).formula();
        assertTrue(tpu.contains("On 6 chips"), tpu);
        assertFalse(tpu.contains("GPU"), tpu);
    }
}
