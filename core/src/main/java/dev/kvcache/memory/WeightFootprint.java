package dev.kvcache.memory;

import dev.kvcache.catalog.ExpertShape;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ParameterCount;
import dev.kvcache.catalog.Precision;

/**
 * Resident weight bytes, for the whole model and for the most loaded GPU of a tp x pp deployment.
 * Per GPU follows what a serving engine (vLLM) actually holds: the stage's layers split over tp,
 * embeddings on the first stage, norm and output head on the last (a tied head is a second copy
 * there once pp > 1), MXFP4 expert matrices padded to 256 as its MoE kernels require, and the
 * rotary cos/sin tables. A published parameter total, when known, rescales the derived split.
 */
public final class WeightFootprint {
    /** vLLM's MXFP4 MoE kernels pad expert widths and the hidden size to multiples of this. */
    static final int MXFP4_PAD = 256;

    private final ModelSpec model;
    private final Precision precision;
    private final double publishedScale;

    public WeightFootprint(ModelSpec model, Precision precision) {
        this.model = model;
        this.precision = precision;
        long derived = model.derivedParams().total();
        this.publishedScale = model.publishedTotalParams() > 0 && derived > 0
                ? (double) model.publishedTotalParams() / derived : 1.0;
    }

    /** Every parameter of the model at the chosen precision (MXFP4 quantizes experts only). */
    public long wholeModelBytes() {
        ParameterCount p = model.derivedParams();
        return bytesOf(p.total(), p.expertsTotal());
    }

    /** The routed experts' parameters as this footprint counts them: the derived split, scaled to the published total. */
    public long expertParams() {
        return Math.round(model.derivedParams().expertsTotal() * publishedScale);
    }

    /** The most loaded GPU's weights, with the serving engine's layout overheads. */
    public long perGpuBytes(int tp, int pp) {
        PipelineSplit split = new PipelineSplit(model.layers(), pp);
        long worst = 0;
        for (int s = 0; s < split.stages(); s++) {
            worst = Math.max(worst, stageBytes(tp, split, s));
        }
        return worst;
    }

    /** Each GPU of pipeline stage {@code stage} of a tp x pp layout: its layers' weights / tp, with the overheads. */
    public long stageBytes(int tp, int pp, int stage) {
        return stageBytes(tp, new PipelineSplit(model.layers(), pp), stage);
    }

    private long stageBytes(int tp, PipelineSplit split, int stage) {
        ParameterCount p = model.derivedParams();
        int pp = split.stages();
        long params = 0;
        long experts = 0;
        int moeLayers = 0;
        for (int i = split.start(stage); i < split.end(stage); i++) {
            params += p.layer(i);
            experts += p.expertsInLayer(i);
            if (p.expertsInLayer(i) > 0) {
                moeLayers++;
            }
        }
        if (split.isFirst(stage)) {
            params += p.embedding() + p.vision();
        }
        if (split.isLast(stage)) {
            long head = p.outputHead();
            if (p.embeddings() == ParameterCount.Embeddings.TIED && pp > 1) {
                head = p.embedding();
            }
            params += head + p.finalNorm();
        }
        long bytes = bytesOf(params / tp, experts / tp);
        if (precision == Precision.MXFP4 && moeLayers > 0) {
            bytes += mxfp4Padding(moeLayers, tp);
        }
        return bytes + rotaryTableBytes();
    }

    /** Extra MXFP4 bytes per GPU from padding each expert matrix to multiples of 256. */
    private long mxfp4Padding(int moeLayers, int tp) {
        ExpertShape e = model.experts();
        long width = e.expertIntermediate / tp;
        long paddedWidth = roundUp(width, MXFP4_PAD);
        long paddedHidden = roundUp(e.hidden, MXFP4_PAD);
        // gate_up (2 x width x hidden) and down (hidden x width) per expert.
        long actual = 3L * width * e.hidden;
        long padded = 3L * paddedWidth * paddedHidden;
        long extra = (long) moeLayers * e.routedExperts * (padded - actual);
        return (long) (Precision.MXFP4.bytesFor(extra) * publishedScale);
    }

    /** cos/sin tables, kept in the activation dtype on every rank. */
    long rotaryTableBytes() {
        return model.rotaryTableElements() * activationBytes(precision);
    }

    /** Bytes of one activation value: FP32 runs compute in FP32, everything else in 16 bit. */
    public static int activationBytes(Precision weights) {
        return weights == Precision.FP32 ? 4 : 2;
    }

    /**
     * Bytes of {@code params} parameters of which {@code expertParams} are routed experts, in this
     * footprint's precision (MXFP4 quantizes the experts only) and scaled to the published total:
     * the one rule for weight bytes, which the time model also reads weights by.
     */
    public long bytesFor(long params, long expertParams) {
        return bytesOf(params, expertParams);
    }

    private long bytesOf(long params, long expertParams) {
        long bytes;
        if (precision == Precision.MXFP4) {
            // MXFP4 checkpoints quantize the routed experts; attention, router, embeddings stay 16 bit.
            bytes = Precision.MXFP4.bytesFor(expertParams) + Precision.BF16.bytesFor(params - expertParams);
        } else {
            bytes = precision.bytesFor(params);
        }
        return (long) (bytes * publishedScale);
    }

    private static long roundUp(long value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }
}
