package dev.kvcache.memory;

import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.GpuSearch;
import dev.kvcache.sim.GpuShares;
import java.util.Arrays;

/**
 * The layout an engine would pick for one scenario at each GPU count ({@link ParallelLayout}) and
 * what its most loaded GPU holds, remembered per count. The simulation fills its pool against these
 * shares, the formula describes the layout of the count in use, and {@link #gpusNeeded()} is the
 * fewest GPUs whose layout holds every slot at the full context: one decision, made here.
 */
public final class LayoutPlan implements GpuShares {
    /** GPU counts remembered (auto mode at 100M tokens visits thousands); larger ones are searched each time. */
    private static final int MEMO_LIMIT = 1 << 16;

    private final Scenario scenario;
    private final LayoutCost cost;
    private final ParallelLayout.Cost costFunction;
    /** What each GPU count gets, grown by doubling: no allocation per lookup, as every frame asks. */
    private Shares[] byGpus = new Shares[64];
    private int gpusNeeded;

    /** Plans layouts of {@code base}'s model, device, precisions, batch, context and switches; its tp, pp, cp are ignored. */
    public LayoutPlan(Scenario base) {
        this.scenario = base;
        this.cost = new LayoutCost(base);
        this.costFunction = cost::mostLoadedGpuBytes;
    }

    public ParallelLayout layoutFor(int gpus) {
        return shares(gpus).layout;
    }

    /**
     * The fewest GPUs whose layout holds every slot at the full context ({@link Scenario#MAX_GPUS}
     * when none does). The layout at a count is the one whose most loaded GPU holds least, and more
     * GPUs only add candidates, so the load falls as GPUs are added; the layout of that count puts
     * every GPU to work.
     */
    public int gpusNeeded() {
        if (gpusNeeded == 0) {
            gpusNeeded = GpuSearch.fewest(new GpuSearch.Test() {
                @Override
                public boolean holds(int gpus) {
                    return shares(gpus).total <= scenario.device.usableBytes();
                }
            }, Scenario.MAX_GPUS);
        }
        return gpusNeeded;
    }

    /** True when not even {@link Scenario#MAX_GPUS} GPUs hold the scenario. */
    public boolean gpusNeededCapped() {
        return shares(gpusNeeded()).total > scenario.device.usableBytes();
    }

    /** The layout that holds the scenario on {@link #gpusNeeded()} GPUs. */
    public ParallelLayout layoutNeeded() {
        return layoutFor(gpusNeeded());
    }

    @Override
    public int layoutGpus(int gpus) {
        return shares(gpus).layout.gpus();
    }

    @Override
    public long weightBytes(int gpus) {
        return shares(gpus).weights;
    }

    @Override
    public long draftBytes(int gpus) {
        ParallelLayout layout = shares(gpus).layout;
        return cost.draftBytesPerGpu(layout.tp, layout.pp, layout.cp);
    }

    @Override
    public long workspaceBytes(int gpus, FlashMode mode) {
        Shares shares = shares(gpus);
        return mode == FlashMode.FLASH ? shares.flashWorkspace : shares.standardWorkspace;
    }

    @Override
    public long workspaceSavedBytes(int gpus, int sequences, long tokens) {
        ParallelLayout layout = layoutFor(gpus);
        return cost.workspaceSavedBytes(layout.tp, layout.pp, layout.cp, sequences, tokens);
    }

    @Override
    public long slotStateBytes(int gpus) {
        return shares(gpus).slotState;
    }

    @Override
    public long blockBytes(int gpus) {
        return shares(gpus).block;
    }

    @Override
    public int blockGroups(int gpus) {
        return shares(gpus).groups;
    }

    private Shares shares(int gpus) {
        int n = Math.max(1, Math.min(gpus, Scenario.MAX_GPUS));
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
        ParallelLayout layout = scenario.compiledPartition() ? ParallelLayout.compiled(gpus)
                : ParallelLayout.forGpus(scenario.model, gpus, costFunction);
        int tp = layout.tp;
        int pp = layout.pp;
        int cp = layout.cp;
        return new Shares(layout, cost.mostLoadedGpuBytes(tp, pp, cp), cost.weightBytesPerGpu(tp, pp, cp),
                cost.workspaceBytesPerGpu(tp, pp, cp, FlashMode.FLASH),
                cost.workspaceBytesPerGpu(tp, pp, cp, FlashMode.STANDARD),
                cost.slotStateBytes(tp, pp, cp), cost.blockBytes(tp, pp, cp), cost.blockGroups(tp, pp, cp));
    }

    /** One GPU count's layout and what its most loaded GPU holds. */
    private static final class Shares {
        final ParallelLayout layout;
        final long total;
        final long weights;
        final long flashWorkspace;
        final long standardWorkspace;
        final long slotState;
        final long block;
        final int groups;

        Shares(ParallelLayout layout, long total, long weights, long flashWorkspace, long standardWorkspace,
                long slotState, long block, int groups) {
            this.layout = layout;
            this.total = total;
            this.weights = weights;
            this.flashWorkspace = flashWorkspace;
            this.standardWorkspace = standardWorkspace;
            this.slotState = slotState;
            this.block = block;
            this.groups = groups;
        }
    }
}
