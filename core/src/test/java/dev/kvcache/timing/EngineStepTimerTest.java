package dev.kvcache.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.MemorySpec;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.sim.StepTimer;
import org.junit.jupiter.api.Test;

/** The timer's remembered decode line gives the very seconds the full pricing gives, tick for tick. */
class EngineStepTimerTest {
    private final Catalog catalog = TestCatalog.get();
    private final Scenario llama = new Scenario.Builder(catalog.model("llama-3.1-8b"), catalog.device("h100")).build();

    private Simulation run(StepTimer timer, int batch) {
        Simulation sim = new Simulation(s -> MemorySpec.builder().usableBytesPerGpu(80_000_000_000L)
                .weightBytes(16_000_000_000L).growingKvBytesPerToken(131_072L).timer(timer).build(),
                SimSettings.builder().batch(batch).contextTokens(32_768).paging(PagingMode.PAGED)
                        .gpuCount(GpuCount.AUTO).seed(5L).build());
        for (int t = 0; t < 4000; t++) {
            sim.step();
            sim.events().clear();
        }
        return sim;
    }

    @Test
    void aRememberedLineTimesEveryTickAsTheFullPricingDoes() {
        for (int batch : new int[] {1, 4, 32}) {
            EngineStepTimer shared = EngineStepTimer.fixed(llama, 1, 1, 1, TimingSettings.DEFAULT);
            // A new timer each tick remembers nothing: every tick is priced in full.
            StepTimer fresh = (gpus, work, out) -> EngineStepTimer.fixed(llama, 1, 1, 1, TimingSettings.DEFAULT)
                    .time(gpus, work, out);
            Simulation fast = run(shared, batch);
            Simulation full = run(fresh, batch);
            assertTrue(full.serving().seconds() > 0 && full.serving().requestsTimed() > 0);
            assertEquals(full.serving().seconds(), fast.serving().seconds(), 0.0, "batch " + batch);
            assertEquals(full.serving().meanTtftSeconds(), fast.serving().meanTtftSeconds(), 0.0);
            assertEquals(full.serving().meanTpotSeconds(), fast.serving().meanTpotSeconds(), 0.0);
            assertEquals(full.serving().bound(), fast.serving().bound());
        }
    }
}
