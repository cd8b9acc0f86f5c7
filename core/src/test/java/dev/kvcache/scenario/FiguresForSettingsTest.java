package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.Limits;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import org.junit.jupiter.api.Test;

/** The per-GPU figures the formula shows agree with the simulation's GPU count. */
class FiguresForSettingsTest {
    private final FiguresForSettings figures = new FiguresForSettings(new ScenarioResolver(TestCatalog.get()));

    @Test
    void oneScenarioHasOneGpuCountOneLayoutAndOnePerGpuFigure() {
        // The report's "GPUs needed", the simulation's, and the layout the formula describes on that
        // many GPUs are one decision: equal to the GPU, with the most loaded GPU full but not over.
        String[][] scenes = {
            {"llama-3.1-8b", "h100"}, {"llama-3.1-70b", "h100"}, {"deepseek-v3", "h100"}, {"qwen3-next-80b", "h100"},
            {"gemma-3-27b", "h100"}, {"gpt-oss-120b", "h100"}, {"llama-4-scout", "h100"}, {"llama-3.1-8b", "rtx-4090"},
            {"llama-3.1-70b", "groq-lpu"},
        };
        for (String[] scene : scenes) {
            for (long context : new long[] {131_072L, 1_000_000L, 100_000_000L}) {
                for (FlashMode flash : FlashMode.values()) {
                    SimSettings settings = SimSettings.builder().modelId(scene[0]).deviceId(scene[1]).batch(32)
                            .contextTokens(context).flash(flash).build();
                    int needed = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings).memory().gpusNeeded();
                    ScenarioFigures f = figures.compute(settings, needed);
                    String where = scene[0] + " on " + scene[1] + " at " + context + " " + flash + ": " + f.formula();
                    assertEquals(needed, f.gpusNeeded, where);
                    if (f.gpusNeededCapped) {
                        // Beyond a million chips: said so, never a negative or wrapped count.
                        assertEquals(Limits.MAX_GPUS, needed, where);
                        continue;
                    }
                    assertEquals(needed, f.scenario.gpus(), where);
                    assertEquals(needed, f.layoutNeeded.gpus(), where);
                    assertTrue(f.utilization <= 1.0, where);
                    if (needed > 1) {
                        ScenarioFigures fewer = figures.compute(settings, needed - 1);
                        assertTrue(fewer.utilization > 1.0, where + " / on one fewer: " + fewer.formula());
                    }
                }
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
            assertEquals(simulation.memory().layout().weightBytesPerGpu(needed), f.perGpuWeightsBytes, device);
            // Without FlashAttention (the SRAM default) the scores dominate: both sides share them evenly.
            assertEquals(simulation.memory().layout().workspaceBytesPerGpu(needed), f.perGpuWorkspaceBytes, device);
            assertTrue(f.utilization > 0.5 && f.utilization <= 1.0, device + " on " + needed + ": " + f.formula());
            // A wafer-scale engine is a wafer, the others chips.
            String per = device.startsWith("wse") ? "Per wafer" : "Per chip";
            assertTrue(f.formula().contains(per + " (the compiler splits every tensor over "), f.formula());
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
                assertEquals(f.perGpuWorkspaceBytes, simulation.memory().layout().workspaceBytesPerGpu(gpus), where);
            }
        }
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(32)
                .contextTokens(100_000_000L).build();
        Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
        int needed = simulation.memory().gpusNeeded();
        long perGpu = simulation.memory().layout().weightBytesPerGpu(needed);
        assertTrue(perGpu > 200L << 20, "weights per GPU " + perGpu);
        // At the count the simulation needs, the formula's most loaded GPU is full, never over, and
        // its layout puts every one of those GPUs to work.
        ScenarioFigures f = figures.compute(settings, needed);
        assertEquals(needed, f.scenario.gpus(), f.formula());
        assertEquals(needed, f.gpusNeeded, f.formula());
        assertTrue(f.utilization > 0.95 && f.utilization <= 1.0, f.formula());
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
