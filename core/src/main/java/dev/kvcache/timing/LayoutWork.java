package dev.kvcache.timing;

import dev.kvcache.catalog.AttentionLayout;
import dev.kvcache.catalog.LayerKind;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ParameterCount;
import dev.kvcache.memory.KvFootprint;
import dev.kvcache.memory.PipelineSplit;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.WeightFootprint;

/**
 * What one engine step asks of the most loaded GPU of a tp x pp x cp layout, as coefficients:
 * weight bytes read (the dense part always, the routed experts as far as the step's tokens touch
 * them), KV bytes per held token (window-capped layers apart) and per sequence (linear-attention
 * state), operations per token and per attention pair, and the sizes the collectives move.
 *
 * <p>The stage is the one reading the most weight bytes (vLLM's layer split; the last stage also
 * reads the output head, or the tied embedding). Embedding lookups and a vision tower read a few
 * rows or nothing per token and are left out. Under context parallelism every group keeps whole
 * weights and a 1/cp share of each sequence's tokens; on SRAM accelerators the compiler splits
 * every tensor over all chips, which acts as tensor parallelism over them all.
 */
public final class LayoutWork {
    /** Decode steps of up to this many tokens look their expert share up instead of computing a power. */
    private static final int EXPERT_TABLE = 64;

    final int tp;
    final int pp;
    final int cp;
    final double denseBytes;
    final double expertBytes;
    final double flopsPerToken;
    final double kvBytesPerToken;
    final double cappedKvBytesPerToken;
    final double stateBytesPerSequence;
    final double decodeFlopsPerToken;
    final double decodeFlopsPerCappedToken;
    final double prefillFlopsPerPair;
    final double prefillFlopsPerCappedPair;
    final double linearFlopsPerToken;
    final int layersOnGpu;
    final int attentionLayersOnGpu;
    final double activationBytesPerToken;
    final double partialBytesPerSequence;
    private final double expertMiss;
    private final double[] expertShare;

    private LayoutWork(Scenario s, int tp, int pp, int cp) {
        ModelSpec m = s.model;
        boolean compiled = s.compiledPartition();
        int split = compiled ? tp * pp * cp : tp;
        this.tp = split;
        this.pp = compiled ? 1 : pp;
        this.cp = compiled ? 1 : cp;
        ParameterCount p = m.derivedParams();
        WeightFootprint weights = new WeightFootprint(m, s.weights);
        PipelineSplit stages = new PipelineSplit(m.layers(), this.pp);
        int worst = 0;
        double worstBytes = -1;
        long worstDense = 0;
        long worstExperts = 0;
        for (int stage = 0; stage < stages.stages(); stage++) {
            long dense = 0;
            long experts = 0;
            for (int i = stages.start(stage); i < stages.end(stage); i++) {
                dense += p.layer(i) - p.expertsInLayer(i);
                experts += p.expertsInLayer(i);
            }
            if (stages.isLast(stage)) {
                dense += (p.outputHead() > 0 ? p.outputHead() : p.embedding()) + p.finalNorm();
            }
            double bytes = weights.bytesFor(dense, 0) + (double) weights.bytesFor(experts, experts);
            if (bytes > worstBytes) {
                worst = stage;
                worstBytes = bytes;
                worstDense = dense;
                worstExperts = experts;
            }
        }
        denseBytes = weights.bytesFor(worstDense, 0) / (double) split;
        expertBytes = weights.bytesFor(worstExperts, worstExperts) / (double) split;
        int routed = m.experts().routedExperts;
        double activeShare = routed > 0 ? (double) m.experts().expertsPerToken / routed : 0;
        expertMiss = 1 - activeShare;
        flopsPerToken = 2.0 * (worstDense + worstExperts * activeShare) / split;
        layersOnGpu = stages.layers(worst);

        KvFootprint kv = compiled ? KvFootprint.wholeModel(m, s.kv) : KvFootprint.perGpu(m, s.kv, tp, pp);
        double kvShare = compiled ? split : 1;
        kvBytesPerToken = kv.growingBytesPerToken() / kvShare;
        cappedKvBytesPerToken = kv.windowedBytesPerToken() / kvShare;
        stateBytesPerSequence = kv.fixedStateBytesPerSequence() / kvShare;
        AttentionLayout a = m.attention();
        double headsOnGpu = Math.max(1.0, (double) a.heads() / split);
        long full = kv.layerCount(LayerKind.FULL);
        long capped = kv.layerCount(LayerKind.SLIDING) + kv.layerCount(LayerKind.CHUNKED);
        // Decode reads each cached token once per head: QK and AV, 2 operations each per dimension.
        // MLA decodes in the absorbed form, over its latent; prefill runs the uncompressed heads.
        double decodePerLayer = 4 * headsOnGpu * (a.isMla() ? a.mlaLatentDim() : a.headDim());
        double prefillPerLayer = 4 * headsOnGpu * a.headDim();
        decodeFlopsPerToken = decodePerLayer * full;
        decodeFlopsPerCappedToken = decodePerLayer * capped;
        prefillFlopsPerPair = prefillPerLayer * full;
        prefillFlopsPerCappedPair = prefillPerLayer * capped;
        AttentionLayout.LinearAttentionShape linear = a.linear();
        // A linear-attention layer updates its state (k v^T) and reads it (S q): 2 x 2 x dk x dv per value head.
        linearFlopsPerToken = linear == null ? 0
                : 4.0 * kv.layerCount(LayerKind.LINEAR) * Math.max(1.0, (double) linear.valueHeads / split)
                        * linear.keyHeadDim * linear.valueHeadDim;
        attentionLayersOnGpu = (int) (full + capped);
        activationBytesPerToken = (double) m.hidden() * WeightFootprint.activationBytes(s.weights);
        // Context-parallel groups exchange each head's partial output and softmax statistics in FP32.
        partialBytesPerSequence = headsOnGpu * (a.headDim() + 2) * 4.0;
        expertShare = new double[EXPERT_TABLE + 1];
        for (int t = 0; t <= EXPERT_TABLE; t++) {
            expertShare[t] = computeShare(t);
        }
    }

    /** The work of {@code scenario}'s model, precisions and device on a tp x pp x cp layout. */
    public static LayoutWork of(Scenario scenario, int tp, int pp, int cp) {
        return new LayoutWork(scenario, tp, pp, cp);
    }

    public int tp() {
        return tp;
    }

    public int pp() {
        return pp;
    }

    public int cp() {
        return cp;
    }

    /** GPUs of the layout. */
    public int gpus() {
        return tp * pp * cp;
    }

    /**
     * The share of the routed experts a step of {@code tokens} tokens reads: each token picks k of E,
     * so an expert stays unread with probability (1 - k/E)^tokens. One token reads exactly k.
     */
    double expertShare(double tokens) {
        if (expertBytes == 0 || tokens <= 0) {
            return 0;
        }
        if (tokens <= EXPERT_TABLE && tokens == Math.floor(tokens)) {
            return expertShare[(int) tokens];
        }
        return computeShare(tokens);
    }

    private double computeShare(double tokens) {
        return expertMiss >= 1 ? 0 : 1 - Math.pow(expertMiss, tokens);
    }

    /** Weight bytes a step of {@code tokens} tokens reads on this GPU. */
    public double weightBytesRead(double tokens) {
        return denseBytes + expertBytes * expertShare(tokens);
    }

    /** Weight bytes resident on this GPU that a step may read (all experts). */
    public double weightBytesResident() {
        return denseBytes + expertBytes;
    }
}
