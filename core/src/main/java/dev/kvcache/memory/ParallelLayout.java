package dev.kvcache.memory;

import dev.kvcache.catalog.AttentionLayout;
import dev.kvcache.catalog.ModelSpec;

/**
 * How an engine would lay a model out over N GPUs, for the per-GPU figures: tensor parallel up to
 * a node (8) and only at sizes that split the attention heads and KV heads evenly (vLLM's rule;
 * beyond the KV heads it would replicate them), pipeline stages of at least one layer, and
 * context-parallel groups for the rest, each holding a share of every sequence's tokens. Of the
 * candidates the one whose most loaded GPU holds the least wins (then the one using more GPUs,
 * then larger tp): stages are uneven when layers do not divide, and a hybrid model's KV sits in
 * few layers. GPUs that do not fill a whole group stay idle, so tp x pp x cp can fall short of N.
 */
public final class ParallelLayout {

    public final int tp;
    public final int pp;
    public final int cp;

    private ParallelLayout(int tp, int pp, int cp) {
        this.tp = tp;
        this.pp = pp;
        this.cp = cp;
    }

    /** What a layout costs: the bytes its most loaded GPU holds. */
    public interface Cost {
        long mostLoadedGpuBytes(int tp, int pp, int cp);
    }

    /** The layout tp x pp x cp as given (a fixed deployment). */
    public static ParallelLayout of(int tp, int pp, int cp) {
        if (tp < 1 || pp < 1 || cp < 1) {
            throw new IllegalArgumentException("tp, pp and cp must be at least 1, got " + tp + " x " + pp + " x " + cp);
        }
        return new ParallelLayout(tp, pp, cp);
    }

    public static ParallelLayout forGpus(ModelSpec model, int gpus, Cost cost) {
        int n = Math.max(1, Math.min(gpus, Scenario.MAX_GPUS));
        AttentionLayout a = model.attention();
        int bestTp = 1;
        int bestPp = 1;
        int bestCp = 1;
        long bestBytes = cost.mostLoadedGpuBytes(1, 1, 1);
        for (int tp = 1; tp <= Math.min(Scenario.NODE_GPUS, n); tp++) {
            boolean splitsHeads = a.heads() % tp == 0 && (a.isMla() || a.kvHeads() % tp == 0);
            if (!splitsHeads) {
                continue;
            }
            int maxPp = Math.min(Math.min(model.layers(), Scenario.MAX_PARALLEL), n / tp);
            int layers = model.layers();
            for (int pp = 1; pp <= maxPp; pp++) {
                // More stages of the same largest size only take GPUs from cp: skip them.
                if (pp > 1 && ceilDiv(layers, pp) == ceilDiv(layers, pp - 1)) {
                    continue;
                }
                int cp = Math.min(Scenario.MAX_PARALLEL, n / (tp * pp));
                long bytes = cost.mostLoadedGpuBytes(tp, pp, cp);
                boolean usesMore = (long) tp * pp * cp >= (long) bestTp * bestPp * bestCp;
                if (bytes < bestBytes || (bytes == bestBytes && usesMore)) {
                    bestTp = tp;
                    bestPp = pp;
                    bestCp = cp;
                    bestBytes = bytes;
                }
            }
        }
        return new ParallelLayout(bestTp, bestPp, bestCp);
    }

    /**
     * On-chip SRAM accelerators: their compilers split every tensor over all the chips, so only the
     * count matters; it is written as tp (up to {@link Scenario#MAX_PARALLEL}) x cp for the rest.
     */
    public static ParallelLayout compiled(int gpus) {
        int n = Math.max(1, Math.min(gpus, Scenario.MAX_GPUS));
        int tp = Math.min(n, Scenario.MAX_PARALLEL);
        return new ParallelLayout(tp, 1, Math.min(Scenario.MAX_PARALLEL, n / tp));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** GPUs the layout puts to work. */
    public int gpus() {
        return tp * pp * cp;
    }
}
