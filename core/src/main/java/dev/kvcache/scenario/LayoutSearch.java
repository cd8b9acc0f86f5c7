package dev.kvcache.scenario;

import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.memory.LayoutCost;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.FlashMode;
import java.util.HashMap;
import java.util.Map;

/**
 * The layout an engine would pick for one scenario at each GPU count ({@link ParallelLayout}),
 * remembered per count: the simulation asks for the weights and workspace per GPU whenever it
 * weighs one more GPU, and the formula asks for the layout of the count in use, so both see the
 * same GPU.
 */
public final class LayoutSearch {
    /** Counts remembered before the memo starts over (auto mode at 100M tokens visits thousands). */
    private static final int MEMO_LIMIT = 1 << 16;

    private final ModelSpec model;
    private final boolean compiled;
    private final LayoutCost cost;
    private final Map<Integer, ParallelLayout> byGpus = new HashMap<>();

    /** Searches layouts of {@code base}'s model, device, precisions, batch, context and switches. */
    public LayoutSearch(Scenario base) {
        this.model = base.model;
        this.compiled = base.compiledPartition();
        this.cost = new LayoutCost(base);
    }

    public ParallelLayout layoutFor(int gpus) {
        Integer key = gpus;
        ParallelLayout layout = byGpus.get(key);
        if (layout == null) {
            layout = compiled ? ParallelLayout.compiled(gpus) : ParallelLayout.forGpus(model, gpus, cost::mostLoadedGpuBytes);
            if (byGpus.size() >= MEMO_LIMIT) {
                byGpus.clear();
            }
            byGpus.put(key, layout);
        }
        return layout;
    }

    /** Attention workspace on each GPU when the scenario runs on {@code gpus} GPUs with {@code mode}, bytes. */
    public long workspaceBytesPerGpu(int gpus, FlashMode mode) {
        ParallelLayout layout = layoutFor(gpus);
        return cost.workspaceBytesPerGpu(layout.tp, layout.pp, layout.cp, mode == FlashMode.FLASH);
    }

    /** Weights on the most loaded GPU when the scenario runs on {@code gpus} GPUs, bytes. */
    public long weightBytesPerGpu(int gpus) {
        ParallelLayout layout = layoutFor(gpus);
        return cost.weightBytesPerGpu(layout.tp, layout.pp, layout.cp);
    }
}
