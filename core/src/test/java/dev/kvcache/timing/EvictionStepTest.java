package dev.kvcache.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;

/**
 * Eviction's speed in the time model, by hand: a decode step reads the weights plus the KV each
 * sequence keeps, so a StreamingLLM window or a SnapKV/H2O budget shortens a long context's step.
 */
class EvictionStepTest {
    private final Catalog catalog = TestCatalog.get();

    private ServingPerformance serving(Eviction eviction) {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").eviction(eviction).build();
        Scenario s = Scenario.of(settings, catalog.model("llama-3.1-8b"), catalog.device("h100")).onLayout(1, 1, 1);
        return ServingPerformance.of(s, TimingSettings.DEFAULT, 4, 8192, 2048);
    }

    @Test
    void aDecodeStepReadsOnlyTheKeptTokensKv() {
        Scenario s = Scenario.of(SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").build(),
                catalog.model("llama-3.1-8b"), catalog.device("h100"));
        double weights = LayoutWork.of(s, 1, 1, 1).weightBytesRead(4);
        // Llama-3.1-8B at BF16: 131,072 B of KV a token. Four users at the mean context 8,192 + 2,048 / 2.
        ServingPerformance all = serving(Eviction.NONE);
        assertEquals(weights + 4 * 9_216 * 131_072.0, all.decodeStep.bytesRead(), 0.0);
        // window:4096 keeps 4 sinks + 4,096 recent tokens of each: 4 x 4,100 tokens read.
        ServingPerformance window = serving(Eviction.window(4096));
        assertEquals(weights + 4 * 4_100 * 131_072.0, window.decodeStep.bytesRead(), 0.0);
        // budget:2048 keeps 2,048 of each.
        ServingPerformance budget = serving(Eviction.budget(2048));
        assertEquals(weights + 4 * 2_048 * 131_072.0, budget.decodeStep.bytesRead(), 0.0);
        assertTrue(window.decodeStepSeconds < all.decodeStepSeconds && budget.decodeStepSeconds < window.decodeStepSeconds);
        assertTrue(window.tokensPerSecond > all.tokensPerSecond);
    }

    @Test
    void aBoundLongerThanTheContextChangesNothing() {
        ServingPerformance all = serving(Eviction.NONE);
        ServingPerformance loose = serving(Eviction.budget(1_000_000));
        assertEquals(all.decodeStep.bytesRead(), loose.decodeStep.bytesRead(), 0.0);
        assertEquals(all.tpotSeconds, loose.tpotSeconds, 0.0);
        assertEquals(all.ttftSeconds, loose.ttftSeconds, 0.0);
    }
}
