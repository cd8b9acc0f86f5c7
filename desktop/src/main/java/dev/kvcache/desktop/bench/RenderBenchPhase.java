package dev.kvcache.desktop.bench;

import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.WeightsMode;

/** The scenarios bench-render draws: the worst case, and a small one to show costs stay flat. */
enum RenderBenchPhase {
    SMALL("batch 1, 4K context, 1x, every effect on", 1, 4_096L, 1.0),
    WORST("batch 32, 100M context, 100x, every effect on", 32, 100_000_000L, 100.0);

    final String description;
    private final int batch;
    private final long context;
    private final double speed;

    RenderBenchPhase(String description, int batch, long context, double speed) {
        this.description = description;
        this.batch = batch;
        this.context = context;
        this.speed = speed;
    }

    SimSettings settings() {
        return SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(batch).contextTokens(context)
                .speed(speed).batching(BatchingMode.CONTINUOUS).paging(PagingMode.PAGED).flash(FlashMode.FLASH)
                .weights(WeightsMode.INCLUDED).gpuCount(GpuCount.AUTO).seed(1).build();
    }
}
