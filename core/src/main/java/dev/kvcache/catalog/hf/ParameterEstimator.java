package dev.kvcache.catalog.hf;

import dev.kvcache.catalog.AttentionLayout;
import dev.kvcache.catalog.ExpertShape;
import dev.kvcache.catalog.LayerKind;
import dev.kvcache.catalog.ParameterCount;
import java.util.List;

/**
 * Counts a decoder-only model's parameters from its config dimensions: embeddings, attention
 * projections (standard, MLA or linear attention), dense MLP or routed plus shared experts and
 * router, norms, and an untied output head. Lands within 2% of published sizes because it counts
 * the same matrices the checkpoint stores.
 */
final class ParameterEstimator {
    private final ConfigTree cfg;
    private final AttentionLayout layout;
    private final int hidden;
    private final int routedExperts;
    private final int expertsPerToken;
    private final String moeRule;

    ParameterEstimator(ConfigTree cfg, AttentionLayout layout, int hidden) {
        this.cfg = cfg;
        this.layout = layout;
        this.hidden = hidden;
        int experts = cfg.countOr("num_local_experts", 0);
        if (experts == 0) {
            experts = cfg.countOr("num_experts", 0);
        }
        if (experts == 0) {
            experts = cfg.countOr("n_routed_experts", 0);
        }
        this.routedExperts = experts;
        int perToken = cfg.countOr("num_experts_per_tok", 0);
        if (perToken == 0) {
            perToken = cfg.countOr("experts_per_token", 0);
        }
        if (experts > 0 && (perToken == 0 || perToken > experts)) {
            throw cfg.error("num_experts_per_tok", "must be between 1 and the " + experts
                    + " routed experts, got " + perToken);
        }
        this.expertsPerToken = perToken;
        this.moeRule = cfg.stringOr("_moe_rule", "all");
    }

    ExpertShape expertShape() {
        if (routedExperts == 0) {
            return ExpertShape.NONE;
        }
        return new ExpertShape(routedExperts, expertsPerToken, hidden, expertWidth());
    }

    /** Width of the MLP a token passes through, for activation estimates. */
    int activeIntermediate() {
        if (routedExperts == 0) {
            return denseWidth();
        }
        return expertWidth() * expertsPerToken + sharedWidth();
    }

    ParameterCount count(int vocab, ParameterCount.Embeddings embeddings, long vision) {
        int layers = layout.layerCount();
        long[] perLayer = new long[layers];
        long[] experts = new long[layers];
        long inactive = 0;
        int norms = cfg.intOr("_norms_per_layer", 2);
        for (int i = 0; i < layers; i++) {
            long attention = layout.kind(i) == LayerKind.LINEAR ? linearAttention() : attention();
            long mlp;
            if (isMoeLayer(i)) {
                experts[i] = (long) routedExperts * expertParams();
                mlp = experts[i] + router() + shared();
                inactive += experts[i] / routedExperts * (routedExperts - expertsPerToken);
            } else {
                mlp = denseMlp(denseWidth());
            }
            perLayer[i] = attention + mlp + (long) norms * hidden;
        }
        long embedding = (long) vocab * hidden;
        long head = embeddings == ParameterCount.Embeddings.TIED ? 0 : embedding;
        long total = embedding + head + sum(perLayer) + hidden + vision;
        return new ParameterCount(embedding, head, embeddings, perLayer, experts, hidden, vision,
                total - inactive - vision);
    }

    private long attention() {
        long h = hidden;
        long heads = layout.heads();
        if (layout.isMla()) {
            long rope = cfg.requireInt("qk_rope_head_dim");
            long nope = cfg.requireInt("qk_nope_head_dim");
            long v = cfg.requireInt("v_head_dim");
            long kvLora = cfg.requireInt("kv_lora_rank");
            // q_lora_rank: null (DeepSeek-V2-Lite) means a plain q_proj, not the family's 1536.
            long qLora = cfg.intOr("q_lora_rank", 0);
            long q = qLora > 0 ? h * qLora + qLora + qLora * heads * (nope + rope) : h * heads * (nope + rope);
            long kv = h * (kvLora + rope) + kvLora + kvLora * heads * (nope + v);
            return q + kv + heads * v * h;
        }
        long d = layout.headDim();
        long kvOut = (long) layout.kvHeads() * d;
        long qOut = heads * d * (cfg.flagOr("_attn_output_gate", false) ? 2 : 1);
        long p = h * qOut + 2 * h * kvOut + heads * d * h;
        if (cfg.flagOr("attention_bias", false)) {
            p += qOut + 2 * kvOut + h;
        } else if (cfg.flagOr("_qkv_bias", false)) {
            p += qOut + 2 * kvOut;
        }
        if (cfg.flagOr("_qk_norm", false)) {
            p += 2 * d;
        }
        if (cfg.flagOr("_sinks", false)) {
            p += heads;
        }
        return p;
    }

    /** Gated DeltaNet: fused q/k/v/z and b/a input projections, causal conv, decay terms, norm, output. */
    private long linearAttention() {
        AttentionLayout.LinearAttentionShape s = layout.linear();
        long keyDim = (long) s.keyHeads * s.keyHeadDim;
        long valueDim = (long) s.valueHeads * s.valueHeadDim;
        long h = hidden;
        return h * (2 * keyDim + 2 * valueDim) + h * 2L * s.valueHeads
                + (2 * keyDim + valueDim) * s.convKernel + 2L * s.valueHeads + s.valueHeadDim
                + valueDim * h;
    }

    private boolean isMoeLayer(int i) {
        if (routedExperts == 0) {
            return false;
        }
        if (moeRule.equals("deepseek")) {
            int freq = cfg.intOr("moe_layer_freq", 1);
            return i >= cfg.countOr("first_k_dense_replace", 0) && i % freq == 0;
        }
        if (moeRule.equals("qwen")) {
            // transformers: mlp_only_layers None (or []) means no dense layers.
            List<Object> dense = cfg.listOrNull("mlp_only_layers");
            if (dense != null && listsLayer(dense, i)) {
                return false;
            }
            return (i + 1) % cfg.intOr("decoder_sparse_step", 1) == 0;
        }
        if (moeRule.equals("llama4")) {
            // transformers: moe_layers, else range(step - 1, layers, step).
            List<Object> moe = cfg.listOrNull("moe_layers");
            if (moe != null) {
                return listsLayer(moe, i);
            }
            return (i + 1) % cfg.intOr("interleave_moe_layer_step", 1) == 0;
        }
        return true;
    }

    private static boolean listsLayer(List<Object> layers, int i) {
        for (Object o : layers) {
            if (o instanceof Number && ((Number) o).intValue() == i) {
                return true;
            }
        }
        return false;
    }

    private int denseWidth() {
        if (cfg.has("intermediate_size_mlp")) {
            return cfg.requireInt("intermediate_size_mlp");
        }
        return cfg.requireInt("intermediate_size");
    }

    private int expertWidth() {
        if (cfg.has("moe_intermediate_size")) {
            return cfg.requireInt("moe_intermediate_size");
        }
        return cfg.requireInt("intermediate_size");
    }

    private long expertParams() {
        long p = denseMlp(expertWidth());
        if (cfg.flagOr("_expert_bias", false)) {
            p += 2L * expertWidth() + hidden;
        }
        return p;
    }

    private long router() {
        long p = (long) hidden * routedExperts;
        if (cfg.flagOr("_expert_bias", false)) {
            p += routedExperts;
        }
        return p;
    }

    private int sharedWidth() {
        if (cfg.has("shared_expert_intermediate_size")) {
            return cfg.requireInt("shared_expert_intermediate_size");
        }
        if (moeRule.equals("llama4")) {
            return expertWidth();
        }
        return cfg.countOr("n_shared_experts", 0) * expertWidth();
    }

    /** Shared experts; Qwen's also have a one-output gate. */
    private long shared() {
        int width = sharedWidth();
        if (width == 0) {
            return 0;
        }
        long gate = cfg.has("shared_expert_intermediate_size") ? hidden : 0;
        return denseMlp(width) + gate;
    }

    private long denseMlp(int width) {
        if (cfg.flagOr("_gated_mlp", true)) {
            return 3L * hidden * width;
        }
        return 2L * hidden * width + width + hidden;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
