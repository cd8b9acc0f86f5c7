package dev.kvcache.catalog;

import java.util.Arrays;

/**
 * How a model's layers attend and what each keeps per token or per sequence: heads, KV heads,
 * head_dim, the kind of every layer, the window or chunk size, the MLA latent and the
 * linear-attention state. Immutable; all sizes are element counts, not bytes.
 */
public final class AttentionLayout {
    private final int heads;
    private final int kvHeads;
    private final int headDim;
    private final LayerKind[] kinds;
    private final int window;
    private final int chunk;
    private final int mlaLatentDim;
    private final LinearAttentionShape linear;

    /** Dimensions of a linear-attention (Gated DeltaNet / Mamba-like) layer's per-sequence state. */
    public static final class LinearAttentionShape {
        public final int keyHeads;
        public final int valueHeads;
        public final int keyHeadDim;
        public final int valueHeadDim;
        public final int convKernel;
        /**
         * The recurrent matrix's format when the config fixes it ({@code mamba_ssm_dtype}, float32
         * for Qwen3.5), or null: it then follows the model's 16-bit dtype like the conv window.
         */
        public final Precision recurrentDtype;

        public LinearAttentionShape(int keyHeads, int valueHeads, int keyHeadDim, int valueHeadDim,
                int convKernel, Precision recurrentDtype) {
            this.keyHeads = keyHeads;
            this.valueHeads = valueHeads;
            this.keyHeadDim = keyHeadDim;
            this.valueHeadDim = valueHeadDim;
            this.convKernel = convKernel;
            this.recurrentDtype = recurrentDtype;
        }

        /**
         * Elements of one layer's causal-conv window on one of {@code tp} GPUs: (kernel - 1) past
         * inputs of the q, k and v channels. Heads split over tensor parallel ranks.
         */
        public long convStateElements(int tp) {
            long convChannels = 2L * keyHeads * keyHeadDim + (long) valueHeads * valueHeadDim;
            return convChannels / tp * (convKernel - 1);
        }

        /** Elements of one layer's recurrent matrix on one of {@code tp} GPUs: value heads x key dim x value dim. */
        public long recurrentStateElements(int tp) {
            return (long) valueHeads / tp * keyHeadDim * valueHeadDim;
        }
    }

    public AttentionLayout(int heads, int kvHeads, int headDim, LayerKind[] kinds, int window,
            int chunk, int mlaLatentDim, LinearAttentionShape linear) {
        this.heads = heads;
        this.kvHeads = kvHeads;
        this.headDim = headDim;
        this.kinds = Arrays.copyOf(kinds, kinds.length);
        this.window = window;
        this.chunk = chunk;
        this.mlaLatentDim = mlaLatentDim;
        this.linear = linear;
    }

    public int heads() {
        return heads;
    }

    public int kvHeads() {
        return kvHeads;
    }

    public int headDim() {
        return headDim;
    }

    public int layerCount() {
        return kinds.length;
    }

    public LayerKind kind(int layer) {
        return kinds[layer];
    }

    public int count(LayerKind kind) {
        int n = 0;
        for (LayerKind k : kinds) {
            if (k == kind) {
                n++;
            }
        }
        return n;
    }

    /** Tokens a sliding layer keeps (0 when the model has none). */
    public int window() {
        return window;
    }

    /** Tokens a chunked layer keeps (0 when the model has none). */
    public int chunk() {
        return chunk;
    }

    /** Tokens a capped layer of this kind keeps; 0 for uncapped kinds. */
    public int capFor(LayerKind kind) {
        if (kind == LayerKind.SLIDING) {
            return window;
        }
        if (kind == LayerKind.CHUNKED) {
            return chunk;
        }
        return 0;
    }

    public boolean isMla() {
        return mlaLatentDim > 0;
    }

    /** kv_lora_rank + qk_rope_head_dim for MLA models, else 0. */
    public int mlaLatentDim() {
        return mlaLatentDim;
    }

    /** The linear-attention state shape, or null when no layer is linear. */
    public LinearAttentionShape linear() {
        return linear;
    }

    /**
     * KV heads one of {@code tp} GPUs holds, as vLLM's ModelConfig.get_num_kv_heads counts them:
     * {@code max(1, total_num_kv_heads // tensor_parallel_size)}. The heads split, and with more
     * ranks than heads each head is replicated so that every rank holds one.
     */
    public int kvHeadsPerGpu(int tp) {
        return Math.max(1, kvHeads / tp);
    }

    /**
     * Cache elements one attention layer adds per token on one of {@code tp} GPUs: 2 (K and V) x
     * KV heads x head_dim, or the single MLA latent, which every rank holds whole.
     */
    public long elementsPerTokenPerLayer(int tp) {
        if (isMla()) {
            return mlaLatentDim;
        }
        return 2L * kvHeadsPerGpu(tp) * headDim;
    }

    /** The attention family: hybrid linear, MLA, sliding, chunked, else MHA / MQA / GQA by head counts. */
    public AttentionKind attentionKind() {
        if (count(LayerKind.LINEAR) > 0) {
            return AttentionKind.HYBRID_LINEAR;
        }
        if (isMla()) {
            return AttentionKind.MLA;
        }
        if (count(LayerKind.SLIDING) > 0) {
            return AttentionKind.SLIDING;
        }
        if (count(LayerKind.CHUNKED) > 0) {
            return AttentionKind.CHUNKED;
        }
        if (kvHeads == heads) {
            return AttentionKind.MHA;
        }
        if (kvHeads == 1) {
            return AttentionKind.MQA;
        }
        return AttentionKind.GQA;
    }
}
