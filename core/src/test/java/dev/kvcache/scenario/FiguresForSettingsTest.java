package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import org.junit.jupiter.api.Test;

/** The per-GPU figures the formula shows agree with the simulation's GPU count. */
class FiguresForSettingsTest {
    private final FiguresForSettings figures = new FiguresForSettings(new ScenarioResolver(TestCatalog.get()));

    @Test
    void onTheGpusTheFullContextNeedsTheMostLoadedGpuIsAboutFull() {
        for (String model : new String[] {"llama-3.1-8b", "llama-3.1-70b", "deepseek-v3", "qwen3-next-80b"}) {
            for (long context : new long[] {131_072L, 1_000_000L, 100_000_000L}) {
                SimSettings settings = SimSettings.builder().modelId(model).deviceId("h100").batch(32)
                        .contextTokens(context).build();
                int needed = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings).memory().gpusNeeded();
                ScenarioFigures f = figures.compute(settings, needed);
                // Even split is what the simulation counts; a real layout's most loaded GPU carries a
                // little more (first stage's embeddings, uneven stages), never a multiple of it.
                assertTrue(f.utilization > 0.5 && f.utilization < 1.6, model + " at " + context + " on " + needed
                        + " GPUs: " + f.formula());
            }
        }
    }
}
