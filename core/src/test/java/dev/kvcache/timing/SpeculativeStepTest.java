package dev.kvcache.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ParameterCount;
import dev.kvcache.catalog.Precision;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import org.junit.jupiter.api.Test;

/** Leviathan et al.'s expected tokens per step, and the speed-up worked by hand on a memory-bound decode. */
class SpeculativeStepTest {
    private static final TimingSettings ROOFLINE = TimingSettings.DEFAULT.withStepOverhead(0).withCollectiveLatency(0);
    private final Catalog catalog = TestCatalog.get();

    @Test
    void tokensPerStepFollowTheGeometricSeries() {
        // (1 - 0.8^5) / (1 - 0.8) = (1 - 0.32768) / 0.2 = 3.3616
        assertEquals(3.3616, SpeculativeStep.tokensPerStep(0.8, 4), 1e-12);
        assertEquals(5.0, SpeculativeStep.tokensPerStep(1.0, 4), 0.0, "every draft accepted: k + 1");
        assertEquals(1.0, SpeculativeStep.tokensPerStep(0.0, 4), 0.0, "none accepted: the target's own token");
        assertEquals(1.85, SpeculativeStep.tokensPerStep(0.85, 1), 1e-12);
    }

    private Scenario scenario(String model, String draft) {
        SimSettings settings = SimSettings.builder().modelId(model).deviceId("h100").weightPrecision(Precision.BF16)
                .kvPrecision(Precision.BF16).batch(1).contextTokens(4096).layout(1, 1, 1)
                .speculation(new Speculation(draft, 4, 0.8)).build();
        return Scenario.of(settings, catalog.model(model), catalog.device("h100"),
                Speculation.NONE.equals(draft) ? null : catalog.model(draft));
    }

    /** Bytes a decode step reads of {@code id}'s weights at BF16: all but the embedding table, as StepModelTest works it. */
    private double weightsRead(String id) {
        ModelSpec m = catalog.model(id);
        ParameterCount p = m.derivedParams();
        return 2.0 * (p.total() - p.embedding()) * m.publishedTotalParams() / p.total();
    }

    @Test
    void aLlama8bDraftSpeedsUpAMemoryBoundLlama70bByHand() {
        Scenario s = scenario("llama-3.1-70b", "llama-3.1-8b");
        StepModel target = new StepModel(LayoutWork.of(s, 1, 1, 1), new DeviceRates(s.device, s.weights, ROOFLINE));
        SpeculativeStep spec = SpeculativeStep.of(s, target);
        double held = 4096;
        // One sequence: verifying 5 tokens reads the same bytes as decoding one (still memory-bound),
        // T = (W70 + 4096 x 327,680) / BW'; a draft step D = (W8 + 4096 x 131,072) / BW'.
        double bw = 3350e9 * 0.7;
        double t = (weightsRead("llama-3.1-70b") + held * 2 * 80 * 8 * 128 * 2) / bw;
        double d = (weightsRead("llama-3.1-8b") + held * 2 * 32 * 8 * 128 * 2) / bw;
        assertEquals(t + 4 * d, spec.stepSeconds(target, 1, held, 0), 1e-9);
        double expected = 3.3616 * t / (t + 4 * d);
        assertEquals(expected, spec.speedup(target, 1, held, 0), 1e-9);
        // W70 ~ 139.0 GB + 1.34 GB of KV, W8 ~ 15.0 GB + 0.54 GB: D / T ~ 0.111, 3.3616 / (1 + 4 x 0.111) ~ 2.33.
        assertEquals(2.33, expected, 0.01, "3.36 tokens for 1 + 4 x 0.11 of a 70B step");
        ServingPerformance on = new ServingPerformance(target, s, 1, 2048, 4096);
        assertEquals(3.3616, on.tokensPerStep, 1e-12);
        assertEquals(on.decodeStepSeconds / on.speedup, on.tpotSeconds, 1e-12, "one user: a token per step / speed-up");
    }

    @Test
    void withoutADraftNothingChanges() {
        Scenario s = scenario("llama-3.1-70b", "none");
        StepModel target = new StepModel(LayoutWork.of(s, 1, 1, 1), new DeviceRates(s.device, s.weights, ROOFLINE));
        assertNull(SpeculativeStep.of(s, target));
        ServingPerformance off = new ServingPerformance(target, s, 4, 1024, 1024);
        assertEquals(1.0, off.speedup, 0.0);
        assertEquals(1.0, off.tokensPerStep, 0.0);
    }

    @Test
    void deepSeekMtpCostsALayerAStepAndSpeedsUpDecoding() {
        SimSettings settings = SimSettings.builder().modelId("deepseek-v3").deviceId("h200").batch(8)
                .contextTokens(32_768).layout(8, 1, 1).speculation(new Speculation("mtp", 1, 0.85)).build();
        Scenario s = Scenario.of(settings, catalog.model("deepseek-v3"), catalog.device("h200"));
        ServingPerformance p = ServingPerformance.of(s, TimingSettings.DEFAULT, 8, 1024, 1024);
        assertEquals(1.85, p.tokensPerStep, 1e-12);
        // Below the 1.85 tokens: verifying 16 tokens wakes more experts than decoding 8, and the
        // MTP step pays a step's fixed overhead.
        assertTrue(p.speedup > 1.05 && p.speedup < 1.85, "MTP k=1 at a = 0.85: " + p.speedup);
        StepModel target = new StepModel(LayoutWork.of(s, 8, 1, 1), new DeviceRates(s.device, s.weights,
                TimingSettings.DEFAULT));
        SpeculativeStep spec = SpeculativeStep.of(s, target);
        double held = 8 * (1024 + 512);
        double plain = target.step(8, held, 0, 0, 0, 0, new StepCost());
        double draft = spec.draftStepSeconds(target, 8, held, 0);
        double overhead = target.rates().stepOverhead();
        assertEquals((plain - overhead) / 61 + overhead, draft, 1e-12, "one of the 61 layers plus the overhead");
    }
}
