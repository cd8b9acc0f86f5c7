package dev.kvcache.scenario;

import dev.kvcache.catalog.AttentionLayout;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.memory.Scenario;

/**
 * How an engine would lay a model out over N GPUs, for the per-GPU figures: tensor parallel up to
 * a node (8) and only at sizes that split the attention heads and KV heads evenly (vLLM's rule;
 * beyond the KV heads it would replicate them), pipeline stages of at least one layer, and
 * context-parallel groups for the rest, each holding a share of every sequence's tokens. Of the
 * candidates the one that puts the most GPUs to work wins (larger tp on a tie); GPUs that do not
 * fill a whole group stay idle, so tp x pp x cp can fall a little short of N.
 */
public final class ParallelLayout {
    /** Tensor parallel stays within one node. */
    public static final int MAX_TENSOR_PARALLEL = 8;

    public final int tp;
    public final int pp;
    public final int cp;

    private ParallelLayout(int tp, int pp, int cp) {
        this.tp = tp;
        this.pp = pp;
        this.cp = cp;
    }

    public static ParallelLayout forGpus(ModelSpec model, int gpus) {
        int n = Math.max(1, Math.min(gpus, Scenario.MAX_GPUS));
        AttentionLayout a = model.attention();
        ParallelLayout best = new ParallelLayout(1, 1, 1);
        for (int tp = 1; tp <= Math.min(MAX_TENSOR_PARALLEL, n); tp++) {
            boolean splitsHeads = a.heads() % tp == 0 && (a.isMla() || a.kvHeads() % tp == 0);
            if (!splitsHeads) {
                continue;
            }
            int pp = Math.min(Math.min(model.layers(), Scenario.MAX_PARALLEL), n / tp);
            int cp = Math.min(Scenario.MAX_PARALLEL, n / (tp * pp));
            if ((long) tp * pp * cp >= best.gpus()) {
                best = new ParallelLayout(tp, pp, cp);
            }
        }
        return best;
    }

    /** GPUs the layout puts to work. */
    public int gpus() {
        return tp * pp * cp;
    }
}
