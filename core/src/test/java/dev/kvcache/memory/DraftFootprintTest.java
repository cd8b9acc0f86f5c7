package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import org.junit.jupiter.api.Test;

/** The draft's weights and KV, worked by hand, and the engine's sums and GPU counts making room for them. */
class DraftFootprintTest {
    private final Catalog c = TestCatalog.get();

    private Scenario scenario(String model, String draft, Precision weights, int tp) {
        SimSettings settings = SimSettings.builder().modelId(model).deviceId("h100").weightPrecision(weights)
                .kvPrecision(weights).batch(8).contextTokens(131_072).layout(tp, 1, 1)
                .speculation(Speculation.OFF.withDraft(draft)).build();
        return Scenario.of(settings, c.model(model), c.device("h100"),
                Speculation.MTP.equals(draft) || Speculation.NONE.equals(draft) ? null : c.model(draft));
    }

    @Test
    void llama8bDraftingForLlama70bHoldsItsWeightsAndItsOwnKvPlusKSlots() {
        DraftFootprint d = DraftFootprint.of(scenario("llama-3.1-70b", "llama-3.1-8b", Precision.BF16, 8));
        // The published 8.03B parameters (the catalog's weights rule scales the derived count to it) x 2 bytes.
        assertEquals(16_060_000_000L, d.weightsBytes());
        // K and V x 32 layers x 8 KV heads x 128 x 2 bytes = 131,072 bytes a token; 131,072 + 4 tokens.
        assertEquals(131_076L * 131_072, d.kvBytesPerSequence(131_072));
        assertEquals(8L * 131_076 * 131_072, d.kvBytes(8, 131_072));
        Scenario s = scenario("llama-3.1-70b", "llama-3.1-8b", Precision.BF16, 8);
        long total = 16_060_000_000L + 8L * 131_076 * 131_072;
        assertEquals((total + 7) / 8, d.perGpuBytes(s, 8, 1, 1), "split over the 8 tensor-parallel ranks");
    }

    @Test
    void deepSeekV3MtpHoldsItsFourteenBillionParametersAndOneMlaLayersKv() {
        DraftFootprint d = DraftFootprint.of(scenario("deepseek-v3", "mtp", Precision.FP8, 8));
        assertEquals(14_000_000_000L, d.weightsBytes(), "the 14B MTP module at FP8, one byte each");
        // One MLA layer: latent 512 + rope 64 = 576 values a token at one byte.
        assertEquals(131_076L * 576, d.kvBytesPerSequence(131_072));
    }

    @Test
    void theEngineSumsTheDraftWhereverItCountsWhatAGpuHolds() {
        Scenario off = scenario("llama-3.1-70b", "none", Precision.BF16, 8);
        Scenario on = scenario("llama-3.1-70b", "llama-3.1-8b", Precision.BF16, 8);
        long draft = DraftFootprint.of(on).perGpuBytes(on, 8, 1, 1);
        assertEquals(new LayoutCost(off).mostLoadedGpuBytes(8, 1, 1) + draft,
                new LayoutCost(on).mostLoadedGpuBytes(8, 1, 1));
        Scenario autoOff = off.onLayout(1, 1, 1);
        Scenario autoOn = on.onLayout(1, 1, 1);
        int without = new LayoutPlan(autoOff).gpusNeeded();
        int with = new LayoutPlan(autoOn).gpusNeeded();
        assertTrue(with > without, "the draft's 153 GB need more GPUs: " + without + " -> " + with);
        assertEquals(0L, new LayoutPlan(autoOff).draftBytes(without));
    }

    @Test
    void aDraftNamedButNotResolvedOrMtpWithoutHeadsIsRefused() {
        SimSettings named = SimSettings.builder().modelId("llama-3.1-70b")
                .speculation(Speculation.OFF.withDraft("llama-3.1-8b")).build();
        assertThrows(IllegalArgumentException.class, () -> Scenario.of(named, c.model("llama-3.1-70b"), c.device("h100")));
        SimSettings mtp = named.toBuilder().speculation(Speculation.OFF.withDraft("mtp")).build();
        assertThrows(IllegalArgumentException.class, () -> Scenario.of(mtp, c.model("llama-3.1-70b"), c.device("h100")));
    }

    @Test
    void theFormulaAddsTheDraftToTheSumAndSaysWhatSpeculationYields() {
        Scenario on = scenario("llama-3.1-70b", "llama-3.1-8b", Precision.BF16, 8);
        String formula = new ScenarioFigures(on).formula();
        // (16.06 GB + 137.4 GB) / 8 ranks = 17.9 GiB; (1 - 0.85^5) / 0.15 = (1 - 0.4437) / 0.15 = 3.71.
        assertTrue(formula.contains(" attention workspace + 17.9 GiB speculative draft = "), formula);
        assertTrue(formula.endsWith("Speculative decoding (Leviathan et al. 2023): the draft proposes 4 tokens and the"
                + " target checks them in one step; at acceptance a = 0.85 a step yields (1 - a^(k+1)) / (1 - a) = 3.71"
                + " on average."), formula);
        String off = new ScenarioFigures(scenario("llama-3.1-70b", "none", Precision.BF16, 8)).formula();
        assertTrue(!off.contains("draft") && !off.contains("Speculative"), off);
    }
}
