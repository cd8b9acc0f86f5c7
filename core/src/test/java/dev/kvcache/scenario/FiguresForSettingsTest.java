package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import org.junit.jupiter.api.Test;

/** The per-GPU figures the formula shows agree with the simulation's GPU count. */
class FiguresForSettingsTest {
    private final FiguresForSettings figures = new FiguresForSettings(new ScenarioResolver(TestCatalog.get()));

    @Test
    void onTheGpusTheFullContextNeedsTheMostLoadedGpuIsAboutFull() {
        for (String model : new String[] {"llama-3.1-8b", "llama-3.1-70b", "deepseek-v3", "qwen3-next-80b", "gemma-3-27b",
                "gpt-oss-120b", "llama-4-scout"}) {
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

    @Test
    void onSramChipsTheFormulaSplitsEvenlyAsTheSimulationDoes() {
        // Groq runs Llama-3.1-70B over hundreds of 230 MB chips: its compiler, not an engine's heads
        // and stages, decides the split, so the formula must not call the simulation's count 227% full.
        for (String device : new String[] {"groq-lpu", "ipu-gc200", "wse-3"}) {
            SimSettings settings = SimSettings.builder().modelId("llama-3.1-70b").deviceId(device).batch(4)
                    .contextTokens(8_192).flash(FlashMode.STANDARD).build();
            Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
            int needed = simulation.memory().gpusNeeded();
            ScenarioFigures f = figures.compute(settings, needed);
            assertEquals(needed, f.scenario.gpus(), device);
            long weights = simulation.memory().layout().weightBytes();
            assertEquals(weights / needed + (weights % needed == 0 ? 0 : 1), f.perGpuWeightsBytes, device);
            // Without FlashAttention (the SRAM default) the scores dominate: both sides share them evenly.
            long workspace = simulation.memory().layout().workspaceBytes(needed);
            assertEquals(workspace / needed, f.perGpuWorkspaceBytes, 1.0, device);
            assertTrue(f.utilization > 0.5 && f.utilization <= 1.0, device + " on " + needed + ": " + f.formula());
            assertTrue(f.formula().contains("Per chip (the compiler splits every tensor over "), f.formula());
        }
    }

    @Test
    void theSimulationHoldsTheWeightsAndWorkspaceOfTheGpuTheFormulaDescribes() {
        // Llama-3.1-8B at 100M tokens on ~5,000 H100s: tp 8 x pp 4 x cp ~150, so every GPU holds a
        // stage of weights (the first with the embeddings), not 1/5,000 of the model, and runs the
        // attention of its stage's layers over its heads and its group's share of the keys.
        for (FlashMode mode : FlashMode.values()) {
            SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(32)
                    .contextTokens(100_000_000L).flash(mode).build();
            Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
            int needed = simulation.memory().gpusNeeded();
            for (int gpus : new int[] {1, 2, 3, 8, 12, 100, needed}) {
                ScenarioFigures f = figures.compute(settings, gpus);
                String where = mode + " on " + gpus + " GPUs";
                assertEquals(f.perGpuWeightsBytes, simulation.memory().layout().weightBytesPerGpu(gpus), where);
                assertEquals(f.perGpuWorkspaceBytes, simulation.memory().layout().workspaceBytes(gpus) / gpus, where);
            }
        }
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(32)
                .contextTokens(100_000_000L).build();
        Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
        int needed = simulation.memory().gpusNeeded();
        long perGpu = simulation.memory().layout().weightBytesPerGpu(needed);
        assertTrue(perGpu > 300L << 20, "weights per GPU " + perGpu);
        // At the count the simulation needs, the formula's most loaded GPU is about full, not over.
        ScenarioFigures f = figures.compute(settings, needed);
        assertTrue(f.utilization > 0.9 && f.utilization < 1.05, f.formula());
    }

    @Test
    void autoModeGrowsToAHundredMillionTokensWithoutPreempting() {
        // One more GPU can let the engine trade stages for context-parallel groups, each GPU then
        // holding a bigger slice of the weights: the pool must still step up, not preempt.
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(32)
                .contextTokens(100_000_000L).build();
        Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
        int gpus = simulation.memory().gpuCount();
        for (int tick = 0; tick < 4_000; tick++) {
            simulation.step();
            simulation.events().clear();
            assertTrue(simulation.memory().gpuCount() >= gpus, "tick " + tick);
            gpus = simulation.memory().gpuCount();
        }
        assertEquals(0, simulation.preemptionCount());
        assertTrue(simulation.longestTokens() > 50_000_000L, "longest " + simulation.longestTokens());
    }
}
