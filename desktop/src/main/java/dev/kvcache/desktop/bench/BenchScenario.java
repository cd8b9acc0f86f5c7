package dev.kvcache.desktop.bench;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.desktop.cli.ReportCommand;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.MemorySpec;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.sim.SpecProvider;
import dev.kvcache.sim.StepTimer;
import dev.kvcache.timing.EngineStepTimer;
import dev.kvcache.timing.TimingSettings;

/** The scenarios bench-sim times: all paged, auto GPUs, an 8B-class model; continuous batching but one. */
enum BenchScenario {
    /** Batch 1 at 4K: the smallest tick. */
    SMALL(1, 4_096L, "tickNanosSmall", "batch 1, 4096 tokens"),
    /** Batch 32 at 4K: 5 tokens a tick, so a sequence takes a block only every ~3 ticks. */
    BATCH32_AT_4K(32, 4_096L, "tickNanosBatch32At4k", "batch 32, 4096 tokens"),
    /** Batch 32 at 128K: one run of blocks per sequence per tick, as LARGE, with 763x fewer tokens. */
    BATCH32_AT_128K(32, 131_072L, "tickNanosBatch32At128k", "batch 32, 131072 tokens"),
    /** Batch 32 at 100M, paging on: the worst case. */
    LARGE(32, 100_000_000L, "tickNanosLarge", "batch 32, 100000000 tokens"),
    /**
     * Batch 32 at 100M with static batching: the whole batch leaves in one tick, freeing every
     * extent it holds (about 17K), which is the most expensive tick the simulation has.
     */
    LARGE_STATIC(32, 100_000_000L, BatchingMode.STATIC, "tickNanosLargeStatic", "batch 32, 100000000 tokens");

    /**
     * 80 GB GPU, 16 GB weights, 131,072 KV bytes per token (Llama-3.1-8B at BF16), and the serving
     * clock's timer of Llama-3.1-8B on an H100 (one GPU's layout), so every tick also pays for
     * timing its steps as the app's ticks do.
     */
    private static final SpecProvider DENSE_8B = settings -> MemorySpec.builder()
            .usableBytesPerGpu(80_000_000_000L)
            .weightBytes(16_000_000_000L)
            .growingKvBytesPerToken(131_072L)
            .timer(Timer.LLAMA_8B_ON_H100)
            .build();

    /** The timer, built once from the shipped catalog. */
    private static final class Timer {
        static final StepTimer LLAMA_8B_ON_H100 = build();

        private static StepTimer build() {
            Catalog catalog = ReportCommand.loadCatalog();
            Scenario s = new Scenario.Builder(catalog.model("llama-3.1-8b"), catalog.device("h100")).build();
            return EngineStepTimer.fixed(s, 1, 1, 1, TimingSettings.DEFAULT);
        }
    }

    final int batch;
    final long contextTokens;
    final String jsonName;
    final String description;

    final BatchingMode batching;

    BenchScenario(int batch, long contextTokens, String jsonName, String description) {
        this(batch, contextTokens, BatchingMode.CONTINUOUS, jsonName, description);
    }

    BenchScenario(int batch, long contextTokens, BatchingMode batching, String jsonName, String description) {
        this.batch = batch;
        this.contextTokens = contextTokens;
        this.batching = batching;
        this.jsonName = jsonName;
        this.description = description + ", paged, " + batching.name().toLowerCase(java.util.Locale.ROOT)
                + ", auto GPUs, seed 1";
    }

    Simulation simulation() {
        return new Simulation(DENSE_8B, SimSettings.builder().batch(batch).contextTokens(contextTokens)
                .paging(PagingMode.PAGED).batching(batching).gpuCount(GpuCount.AUTO).seed(1L).build());
    }
}
