package dev.kvcache.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ParameterCount;
import dev.kvcache.catalog.Precision;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.BoundBy;
import org.junit.jupiter.api.Test;

/** The hand-worked cases, each worked out here from the model's dimensions and the device's datasheet. */
class StepModelTest {
    /** No overhead, no latency: the pure roofline, so the arithmetic below is the whole answer. */
    private static final TimingSettings ROOFLINE = TimingSettings.DEFAULT.withStepOverhead(0).withCollectiveLatency(0);
    private final Catalog catalog = TestCatalog.get();

    private StepModel model(String modelId, String deviceId, Precision weights, int tp) {
        Scenario s = new Scenario.Builder(catalog.model(modelId), catalog.device(deviceId)).weights(weights)
                .tensorParallel(tp).build();
        return new StepModel(LayoutWork.of(s, tp, 1, 1), new DeviceRates(s.device, s.weights, ROOFLINE));
    }

    @Test
    void aMemoryBoundDecodeIsWeightsPlusKvOverAchievedBandwidth() {
        ModelSpec llama = catalog.model("llama-3.1-8b");
        ParameterCount p = llama.derivedParams();
        // Every parameter but the input embeddings (a lookup reads 1 row), 2 bytes each at BF16,
        // the derived split scaled to the published 8.03 B as the memory engine scales it.
        double weights = 2.0 * (p.total() - p.embedding()) * llama.publishedTotalParams() / p.total();
        double kvPerToken = 2 * 32 * 8 * 128 * 2; // K and V, 32 layers, 8 KV heads, head_dim 128, BF16
        assertEquals(131_072, kvPerToken);
        long context = 4096;
        double achieved = 3350e9 * 0.7;
        StepCost cost = new StepCost();
        double seconds = model("llama-3.1-8b", "h100", Precision.BF16, 1).step(1, context, 0, 0, 0, 0, cost);
        assertEquals((weights + kvPerToken * context) / achieved, seconds, 1e-12);
        assertEquals(BoundBy.MEMORY, cost.bound());
        assertEquals(0.00663, seconds, 0.00001, "6.6 ms: 15 GB of weights and 0.5 GB of KV at 2.35 TB/s");
    }

    @Test
    void aLargeBatchTurnsComputeBoundAtTheRidge() {
        StepModel m = model("llama-3.1-8b", "h100", Precision.BF16, 1);
        Scenario s = new Scenario.Builder(catalog.model("llama-3.1-8b"), catalog.device("h100")).build();
        ServingPerformance perf = new ServingPerformance(m, s, 1, 16, 16);
        int ridge = perf.ridgeBatch;
        StepCost cost = new StepCost();
        double context = 16 + 8;
        m.step(ridge, ridge * context, 0, 0, 0, 0, cost);
        assertEquals(BoundBy.COMPUTE, cost.bound());
        m.step(ridge - 1, (ridge - 1) * context, 0, 0, 0, 0, cost);
        assertEquals(BoundBy.MEMORY, cost.bound());
        // By hand: W / BW' = B (F / P' - K / BW'), with F the operations and K the KV bytes of one
        // sequence's step. Weights 16.06 GB at 2.345 TB/s; 2 x 7.5 G operations at 494.7 TOPS.
        ParameterCount p = catalog.model("llama-3.1-8b").derivedParams();
        double weights = 2.0 * (p.total() - p.embedding());
        double ops = 2.0 * (p.total() - p.embedding()) + 4 * 32 * 128 * 32 * context;
        double kv = 131_072 * context;
        double bw = 3350e9 * 0.7;
        double peak = 989.4e12 * 0.5;
        double byHand = (weights / bw) / (ops / peak - kv / bw);
        assertEquals(Math.ceil(byHand), ridge, 0.0);
        assertTrue(ridge > 100 && ridge < 300, "an H100 needs about 210 sequences to fill its tensor cores: " + ridge);
    }

    @Test
    void aMixtureOfExpertsReadsOnlyTheExpertsItsTokensPick() {
        ModelSpec mixtral = catalog.model("mixtral-8x7b");
        ParameterCount p = mixtral.derivedParams();
        Scenario s = new Scenario.Builder(mixtral, catalog.device("h100")).weights(Precision.BF16).build();
        LayoutWork work = LayoutWork.of(s, 1, 1, 1);
        double scale = (double) mixtral.publishedTotalParams() / p.total();
        double experts = 2.0 * p.expertsTotal() * scale;
        double dense = 2.0 * (p.total() - p.embedding() - p.expertsTotal()) * scale;
        // One token routes to 2 of 8 experts in every layer: a quarter of the expert weights.
        assertEquals(dense + experts * 2 / 8, work.weightBytesRead(1), experts * 1e-6);
        // 8 tokens leave an expert unread with probability (6/8)^8 = 10%.
        assertEquals(dense + experts * (1 - Math.pow(0.75, 8)), work.weightBytesRead(8), experts * 1e-6);
        assertTrue(work.weightBytesRead(64) > 0.999 * work.weightBytesResident(), "64 tokens touch every expert");
        // Compute follows the routed experts whatever the batch: 2 x (dense + experts x 2/8) per token.
        assertEquals(2.0 * (p.total() - p.embedding() - p.expertsTotal() + p.expertsTotal() * 0.25),
                work.flopsPerToken, 1);
    }

    @Test
    void slidingWindowLayersReadAtMostTheirWindow() {
        // gpt-oss-120b: 18 full and 18 sliding layers (window 128), 8 KV heads of 64 dims.
        StepModel m = model("gpt-oss-120b", "h100", Precision.MXFP4, 1);
        long window = catalog.model("gpt-oss-120b").attention().window();
        assertEquals(128, window);
        StepCost at10k = new StepCost();
        StepCost at20k = new StepCost();
        m.step(1, 10_000, window, 0, 0, 0, at10k);
        m.step(1, 20_000, window, 0, 0, 0, at20k);
        double perTokenFull = 18 * 2 * 8 * 64 * 2;
        assertEquals(10_000 * perTokenFull, at20k.bytesRead() - at10k.bytesRead(), 1e-3,
                "past the window only the full layers read more");
        StepCost atWindow = new StepCost();
        m.step(1, window, window, 0, 0, 0, atWindow);
        assertEquals((10_000 - window) * perTokenFull, at10k.bytesRead() - atWindow.bytesRead(), 1e-3);
    }

    @Test
    void tensorParallelismAddsExactlyItsAllReduceBytes() {
        // Llama-3.1-70B at TP 4 on H100s: 80 layers x 2 all-reduces of batch x 8192 x 2 bytes, each
        // sending 2 (n - 1) / n of it over NVLink 4 at 450 GB/s a direction.
        StepModel m = model("llama-3.1-70b", "h100", Precision.BF16, 4);
        StepCost cost = new StepCost();
        int batch = 16;
        m.step(batch, batch * 1000.0, 0, 0, 0, 0, cost);
        double perAllReduce = batch * 8192 * 2 * 2.0 * 3 / 4;
        assertEquals(80 * 2 * perAllReduce / 450e9, cost.interconnectSeconds(), 1e-15);
        StepCost withLatency = new StepCost();
        StepModel latent = new StepModel(m.work(), new DeviceRates(catalog.device("h100"), Precision.BF16,
                ROOFLINE.withCollectiveLatency(6e-6)));
        latent.step(batch, batch * 1000.0, 0, 0, 0, 0, withLatency);
        assertEquals(cost.interconnectSeconds() + 160 * 3 * 6e-6, withLatency.interconnectSeconds(), 1e-12,
                "and a ring's latency per collective: 2(n-1) steps, 3 times the 2-GPU all-reduce's at TP 4");
        StepCost single = new StepCost();
        model("llama-3.1-70b", "h100", Precision.BF16, 1).step(batch, batch * 1000.0, 0, 0, 0, 0, single);
        assertEquals(0, single.interconnectSeconds(), 0.0, "one GPU talks to nobody");
    }

    @Test
    void prefillGrowsWithTheSquareOfThePrompt() {
        StepModel m = model("llama-3.1-8b", "h100", Precision.BF16, 1);
        StepCost a = new StepCost();
        StepCost b = new StepCost();
        m.step(0, 0, 0, 8000, 8000.0 * 8001 / 2, 0, a);
        m.step(0, 0, 0, 4000, 4000.0 * 4001 / 2, 0, b);
        ParameterCount p = catalog.model("llama-3.1-8b").derivedParams();
        double linear = 2.0 * (p.total() - p.embedding());
        double attentionPerPair = 4 * 32 * 128 * 32;
        assertEquals(linear * 4000 + attentionPerPair * (8000.0 * 8001 / 2 - 4000.0 * 4001 / 2),
                a.operations() - b.operations(), 1e3);
        assertEquals(BoundBy.COMPUTE, a.bound(), "a prefill is compute-bound");
    }

    @Test
    void theDecodeFastPathIsTheStepItself() {
        for (String id : new String[] {"llama-3.1-8b", "mixtral-8x7b", "gpt-oss-120b", "qwen3-next-80b"}) {
            Scenario s = new Scenario.Builder(catalog.model(id), catalog.device("h100")).tensorParallel(2)
                    .pipelineParallel(3).build();
            StepModel m = new StepModel(LayoutWork.of(s, 2, 3, 1), new DeviceRates(s.device, s.weights,
                    TimingSettings.DEFAULT));
            StepCost full = new StepCost();
            StepCost fast = new StepCost();
            // Up, fitting each count's line, then down again: the lines share one table, and each
            // count must still read its own.
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 1; i <= 64; i++) {
                    int n = pass == 0 ? i : 65 - i;
                    double held = n * 30_000.0;
                    double capped = n * 128.0;
                    m.step(n, held, capped, 0, 0, 0, full);
                    m.decode(n, held, capped, fast);
                    assertEquals(full.seconds(), fast.seconds(), full.seconds() * 1e-9, id + " at " + n);
                    assertEquals(full.bound(), fast.bound(), id + " at " + n);
                }
            }
        }
    }
}
