package dev.kvcache.memory;

import dev.kvcache.catalog.AttentionLayout;
import dev.kvcache.catalog.ModelSpec;

/**
 * How vLLM lays a model's attention heads over tensor-parallel ranks: the sizes it refuses, and
 * the notice when ranks outnumber the KV heads so that each KV head is replicated.
 */
public final class TensorParallelHeads {
    private TensorParallelHeads() {
    }

    /**
     * Why vLLM would refuse {@code tp} for {@code model}, naming --tp, or null when it accepts it.
     * vLLM's ModelConfig.verify_with_parallel_config raises "Total number of attention heads ({X})
     * must be divisible by tensor parallel size ({Y})."; its attention layers (LlamaAttention and
     * kin) then assert {@code total_num_kv_heads % tp_size == 0} when there are at least as many
     * KV heads as ranks, else {@code tp_size % total_num_kv_heads == 0}. MLA keeps one latent per
     * rank, so only its query heads split.
     */
    static String refusal(ModelSpec model, int tp) {
        AttentionLayout a = model.attention();
        if (a.heads() % tp != 0) {
            return "tp " + tp + " does not divide the " + a.heads() + " attention heads of "
                    + model.id() + ", which vLLM refuses; " + validSizes(a);
        }
        if (!splitsKvHeads(a, tp)) {
            return "tp " + tp + " neither splits nor evenly replicates the " + a.kvHeads()
                    + " KV heads of " + model.id() + ", which vLLM refuses; " + validSizes(a);
        }
        return null;
    }

    /**
     * A one-line notice when {@code s}'s tp exceeds the model's KV heads: vLLM then gives each
     * rank one KV head ({@code max(1, total_num_kv_heads // tp)}), so each head sits on tp / KV
     * heads GPUs and the cache per GPU no longer shrinks. Null otherwise, for MLA (one latent per
     * rank whatever tp) and for SRAM chips, whose compilers partition the cache evenly.
     */
    public static String notice(Scenario s) {
        AttentionLayout a = s.model.attention();
        if (s.compiledPartition() || a.isMla() || s.tp <= a.kvHeads()) {
            return null;
        }
        String heads = a.kvHeads() == 1 ? "1 KV head: vLLM replicates it on "
                : a.kvHeads() + " KV heads: vLLM replicates each KV head on ";
        return "tp " + s.tp + " > " + heads + s.tp / a.kvHeads() + " GPUs, so the cache per GPU"
                + " stops shrinking at tp " + a.kvHeads();
    }

    private static boolean splitsKvHeads(AttentionLayout a, int tp) {
        if (a.isMla()) {
            return true;
        }
        return a.kvHeads() >= tp ? a.kvHeads() % tp == 0 : tp % a.kvHeads() == 0;
    }

    /** "valid sizes: 1, 2, 4 or 8": every tp vLLM accepts for this model. */
    private static String validSizes(AttentionLayout a) {
        StringBuilder b = new StringBuilder("valid sizes: ");
        int last = 0;
        for (int tp = 1; tp <= a.heads(); tp++) {
            if (a.heads() % tp == 0 && splitsKvHeads(a, tp)) {
                if (last > 0) {
                    b.append(last).append(", ");
                }
                last = tp;
            }
        }
        int comma = b.lastIndexOf(", ");
        if (comma > 0) {
            b.replace(comma, comma + 2, " or ");
        }
        return b.append(last).toString();
    }
}
