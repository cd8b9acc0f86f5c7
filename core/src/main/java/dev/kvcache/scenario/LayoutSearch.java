package dev.kvcache.scenario;

import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.memory.LayoutCost;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.FlashMode;
import java.util.Arrays;

/**
 * The layout an engine would pick for one scenario at each GPU count ({@link ParallelLayout}),
 * remembered per count: the simulation asks for the weights and workspace per GPU whenever it
 * weighs one more GPU, and the formula asks for the layout of the count in use, so both see the
 * same GPU.
 */
public final class LayoutSearch {
    /** GPU counts remembered (auto mode at 100M tokens visits thousands); larger ones are searched each time. */
    private static final int MEMO_LIMIT = 1 << 16;

    private final ModelSpec model;
    private final boolean compiled;
    private final LayoutCost cost;
    private final ParallelLayout.Cost costFunction;
    /** What each GPU count gets, grown by doubling: no allocation per lookup, as every frame asks. */
    private Shares[] byGpus = new Shares[64];

    /** Searches layouts of {@code base}'s model, device, precisions, batch, context and switches. */
    public LayoutSearch(Scenario base) {
        this.model = base.model;
        this.compiled = base.compiledPartition();
        this.cost = new LayoutCost(base);
        this.costFunction = cost::mostLoadedGpuBytes;
    }

    public ParallelLayout layoutFor(int gpus) {
        return shares(gpus).layout;
    }

    /** Attention workspace on each GPU when the scenario runs on {@code gpus} GPUs with {@code mode}, bytes. */
    public long workspaceBytesPerGpu(int gpus, FlashMode mode) {
        Shares shares = shares(gpus);
        return mode == FlashMode.FLASH ? shares.flashWorkspace : shares.standardWorkspace;
    }

    /** Weights on the most loaded GPU when the scenario runs on {@code gpus} GPUs, bytes. */
    public long weightBytesPerGpu(int gpus) {
        return shares(gpus).weights;
    }

    private Shares shares(int gpus) {
        int n = Math.max(1, gpus);
        if (n >= MEMO_LIMIT) {
            return search(n);
        }
        if (n >= byGpus.length) {
            byGpus = Arrays.copyOf(byGpus, Math.min(MEMO_LIMIT, Integer.highestOneBit(n) * 2));
        }
        if (byGpus[n] == null) {
            byGpus[n] = search(n);
        }
        return byGpus[n];
    }

    private Shares search(int gpus) {
        ParallelLayout layout = compiled ? ParallelLayout.compiled(gpus) : ParallelLayout.forGpus(model, gpus, costFunction);
        return new Shares(layout, cost.weightBytesPerGpu(layout.tp, layout.pp, layout.cp),
                cost.workspaceBytesPerGpu(layout.tp, layout.pp, layout.cp, true),
                cost.workspaceBytesPerGpu(layout.tp, layout.pp, layout.cp, false));
    }

    /** One GPU count's layout and what its most loaded GPU holds. */
    private static final class Shares {
        final ParallelLayout layout;
        final long weights;
        final long flashWorkspace;
        final long standardWorkspace;

        Shares(ParallelLayout layout, long weights, long flashWorkspace, long standardWorkspace) {
            this.layout = layout;
            this.weights = weights;
            this.flashWorkspace = flashWorkspace;
            this.standardWorkspace = standardWorkspace;
        }
    }
}
