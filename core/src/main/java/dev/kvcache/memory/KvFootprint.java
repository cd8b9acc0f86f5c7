package dev.kvcache.memory;

import dev.kvcache.catalog.AttentionLayout;
import dev.kvcache.catalog.LayerKind;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.SequenceKv;

/**
 * What one sequence's cache costs on one GPU (or the whole model): bytes per token of the layers
 * that grow with the context, bytes per token of the capped layers (sliding window, chunk) and
 * their cap, and the fixed per-sequence state of linear-attention layers.
 */
public final class KvFootprint {
    private final long bytesPerTokenPerLayer;
    private final long fullLayers;
    private final long slidingLayers;
    private final long chunkedLayers;
    private final int window;
    private final int chunk;
    private final long stateBytesPerLayer;
    private final long linearLayers;
    /** Extra bytes per token per layer of the unquantized recent window (KIVI's residual), 0 if none. */
    private final long residualExtraPerTokenPerLayer;
    private final int residualTokens;
    private final Eviction eviction;
    /**
     * {@link #sequence()}, made on first use: the layout search asks each remembered footprint for
     * sizes many times, and three objects a question were the most a growing run allocated a frame.
     */
    private SequenceKv sequence;

    private KvFootprint(AttentionLayout a, Precision kv, Precision residual, int tp, int from, int to) {
        long elements = a.elementsPerTokenPerLayer(tp);
        this.bytesPerTokenPerLayer = KvQuantization.bytesFor(kv, elements);
        this.residualTokens = KvQuantization.residualTokens(kv);
        this.residualExtraPerTokenPerLayer = residualTokens == 0 ? 0
                : Math.max(0, residual.bytesFor(elements) - bytesPerTokenPerLayer);
        long full = 0;
        long sliding = 0;
        long chunked = 0;
        long linear = 0;
        for (int i = from; i < to; i++) {
            LayerKind k = a.kind(i);
            if (k == LayerKind.FULL) {
                full++;
            } else if (k == LayerKind.SLIDING) {
                sliding++;
            } else if (k == LayerKind.CHUNKED) {
                chunked++;
            } else {
                linear++;
            }
        }
        this.fullLayers = full;
        this.slidingLayers = sliding;
        this.chunkedLayers = chunked;
        this.linearLayers = linear;
        this.window = a.window();
        this.chunk = a.chunk();
        this.stateBytesPerLayer = a.linear() == null ? 0 : stateBytesPerLayer(a.linear(), kv, tp);
        this.eviction = Eviction.NONE;
    }

    private KvFootprint(KvFootprint f, Eviction eviction) {
        this.bytesPerTokenPerLayer = f.bytesPerTokenPerLayer;
        this.fullLayers = f.fullLayers;
        this.slidingLayers = f.slidingLayers;
        this.chunkedLayers = f.chunkedLayers;
        this.window = f.window;
        this.chunk = f.chunk;
        this.stateBytesPerLayer = f.stateBytesPerLayer;
        this.linearLayers = f.linearLayers;
        this.residualExtraPerTokenPerLayer = f.residualExtraPerTokenPerLayer;
        this.residualTokens = f.residualTokens;
        this.eviction = eviction;
    }

    /** This footprint with each sequence keeping at most {@code eviction}'s tokens. */
    public KvFootprint evicting(Eviction value) {
        return value.equals(eviction) ? this : new KvFootprint(this, value);
    }

    /** The eviction bound applied ({@link Eviction#NONE} unless {@link #evicting} set one). */
    public Eviction eviction() {
        return eviction;
    }

    /**
     * One linear-attention layer's state on one of {@code tp} GPUs. vLLM keeps the conv window in
     * the model's 16-bit dtype even with an FP8 KV cache; the recurrent matrix too, unless the
     * config fixes its format ({@code mamba_ssm_dtype}), which vLLM honours for Qwen3.5
     * (vllm-project/vllm#34489: float32 recurrent state, bfloat16 conv state).
     */
    private static long stateBytesPerLayer(AttentionLayout.LinearAttentionShape shape, Precision kv, int tp) {
        Precision modelDtype = kv.bitsPer32Elements() < Precision.BF16.bitsPer32Elements() ? Precision.BF16 : kv;
        Precision recurrent = shape.recurrentDtype != null ? shape.recurrentDtype : modelDtype;
        return modelDtype.bytesFor(shape.convStateElements(tp)) + recurrent.bytesFor(shape.recurrentStateElements(tp));
    }

    /** The whole model on one device. */
    public static KvFootprint wholeModel(ModelSpec model, Precision kv) {
        return new KvFootprint(model.attention(), kv, KvQuantization.residualFormat(model.nativeWeights()), 1, 0,
                model.layers());
    }

    /** One GPU of a tp x pp deployment: the pipeline stage whose cache per token is largest, windows ignored (vLLM's page sizing). */
    public static KvFootprint perGpu(ModelSpec model, Precision kv, int tp, int pp) {
        PipelineSplit split = new PipelineSplit(model.layers(), pp);
        KvFootprint worst = null;
        for (int s = 0; s < split.stages(); s++) {
            KvFootprint f = new KvFootprint(model.attention(), kv, KvQuantization.residualFormat(model.nativeWeights()),
                    tp, split.start(s), split.end(s));
            if (worst == null || f.weight() > worst.weight()) {
                worst = f;
            }
        }
        return worst;
    }

    /** Each GPU of pipeline stage {@code stage} of a tp x pp deployment: its own layers' cache. */
    public static KvFootprint stage(ModelSpec model, Precision kv, int tp, int pp, int stage) {
        PipelineSplit split = new PipelineSplit(model.layers(), pp);
        return new KvFootprint(model.attention(), kv, KvQuantization.residualFormat(model.nativeWeights()), tp,
                split.start(stage), split.end(stage));
    }

    /**
     * One GPU of a tp x pp deployment holding sequences of {@code tokens}: the stage whose cache is
     * largest at that length. Past a sliding window a stage with a global layer outgrows one of
     * windowed layers only, which {@link #perGpu(ModelSpec, Precision, int, int)} ranks as equals.
     */
    public static KvFootprint perGpu(ModelSpec model, Precision kv, int tp, int pp, long tokens) {
        PipelineSplit split = new PipelineSplit(model.layers(), pp);
        KvFootprint worst = null;
        long worstBytes = -1;
        for (int s = 0; s < split.stages(); s++) {
            KvFootprint f = new KvFootprint(model.attention(), kv, KvQuantization.residualFormat(model.nativeWeights()),
                    tp, split.start(s), split.end(s));
            long bytes = f.bytesForTokens(tokens);
            if (worst == null || bytes > worstBytes || (bytes == worstBytes && f.weight() > worst.weight())) {
                worst = f;
                worstBytes = bytes;
            }
        }
        return worst;
    }

    /** Ranking key for stages: the per-token charge of every attention layer plus the state. */
    private long weight() {
        return uncappedBytesPerToken() * 1_000_000L + fixedStateBytesPerSequence();
    }

    /** Bytes each token adds in the layers whose cache grows with the context. */
    public long growingBytesPerToken() {
        return fullLayers * bytesPerTokenPerLayer;
    }

    /** Bytes each token adds in the capped layers, until the cap is reached. */
    public long windowedBytesPerToken() {
        return (slidingLayers + chunkedLayers) * bytesPerTokenPerLayer;
    }

    /** Tokens a capped layer keeps (the sliding window or the chunk); 0 if none is capped. */
    public int window() {
        return slidingLayers > 0 ? window : (chunkedLayers > 0 ? chunk : 0);
    }

    /** Linear-attention state per sequence, independent of its length. */
    public long fixedStateBytesPerSequence() {
        return linearLayers * stateBytesPerLayer;
    }

    /** Bytes per token if no window applied: every attention layer grows. */
    public long uncappedBytesPerToken() {
        return (fullLayers + slidingLayers + chunkedLayers) * bytesPerTokenPerLayer;
    }

    public long bytesPerTokenPerLayer() {
        return bytesPerTokenPerLayer;
    }

    /** Tokens of each sequence held unquantized (KIVI's residual window); 0 unless the format is sub-byte. */
    public int residualTokens() {
        return residualTokens;
    }

    /** What the residual window adds per token over the quantized format, across the attention layers. */
    public long residualExtraBytesPerToken() {
        return (fullLayers + slidingLayers + chunkedLayers) * residualExtraPerTokenPerLayer;
    }

    public long stateBytesPerLayer() {
        return stateBytesPerLayer;
    }

    public long layerCount(LayerKind kind) {
        if (kind == LayerKind.FULL) {
            return fullLayers;
        }
        if (kind == LayerKind.SLIDING) {
            return slidingLayers;
        }
        if (kind == LayerKind.CHUNKED) {
            return chunkedLayers;
        }
        return linearLayers;
    }

    /** The footprint as the sequence-size rule the simulation shares. */
    public SequenceKv sequence() {
        if (sequence == null) {
            sequence = new SequenceKv(growingBytesPerToken(), slidingLayers * bytesPerTokenPerLayer, window,
                    chunkedLayers * bytesPerTokenPerLayer, chunk, fixedStateBytesPerSequence())
                    .withResidual(residualExtraBytesPerToken(), residualTokens).evicting(eviction);
        }
        return sequence;
    }

    /** One sequence of {@code tokens}: growing layers x tokens + capped layers x min(tokens, cap) + state. */
    public long bytesForTokens(long tokens) {
        return sequence().bytesForTokens(tokens);
    }

    /** The same, with each layer's resident tokens rounded up to whole blocks of {@code blockTokens}. */
    public long pagedBytesForTokens(long tokens, int blockTokens) {
        return sequence().pagedBytesForTokens(tokens, blockTokens);
    }

    /** The part that stops growing (capped layers, state), rounded to blocks of {@code blockTokens}. */
    public long boundedBytesForTokens(long tokens, int blockTokens) {
        return sequence().boundedBytesForTokens(tokens, blockTokens);
    }
}
