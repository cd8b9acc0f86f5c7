package dev.kvcache.memory;

import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.FlashMode;

/**
 * Training memory of the same model (the "memory budget" view): weights, gradients (same format),
 * Adam's two FP32 moments (8 B per parameter) plus an FP32 master copy under mixed precision
 * (4 B), and activations after Korthikanti et al. 2022 (arXiv 2205.05198): 34 x batch x seq x
 * hidden bytes per layer at 16 bit, plus 5 x heads x seq^2 x batch when attention scores are
 * materialised (no FlashAttention). ZeRO stage 1 shards optimizer states over N GPUs, stage 2
 * also gradients, stage 3 also weights; activations stay per GPU.
 */
public final class TrainingMemory {
    private final long weights;
    private final long gradients;
    private final long optimizer;
    private final long activations;

    public TrainingMemory(ModelSpec model, Precision precision, long batch, long seqLen, FlashMode flash) {
        long params = model.totalParams();
        Precision p = precision == Precision.MXFP4 ? Precision.BF16 : precision;
        this.weights = p.bytesFor(params);
        this.gradients = p.bytesFor(params);
        long master = p == Precision.FP32 ? 0 : 4 * params;
        this.optimizer = 8 * params + master;
        double scale = WeightFootprint.activationBytes(p) / 2.0;
        double perLayer = 34.0 * batch * seqLen * model.hidden();
        if (flash != FlashMode.FLASH) {
            perLayer += 5.0 * model.attention().heads() * seqLen * (double) seqLen * batch;
        }
        double total = perLayer * model.layers() * scale;
        this.activations = total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total;
    }

    public long weightsBytes() {
        return weights;
    }

    public long gradientBytes() {
        return gradients;
    }

    public long optimizerBytes() {
        return optimizer;
    }

    public long activationBytes() {
        return activations;
    }

    public long totalBytes() {
        return saturatingSum(weights + gradients + optimizer, activations);
    }

    /** Per-GPU total under ZeRO {@code stage} (0-3) over {@code gpus} data-parallel GPUs. */
    public long perGpuBytes(int stage, int gpus) {
        long o = stage >= 1 ? optimizer / gpus : optimizer;
        long g = stage >= 2 ? gradients / gpus : gradients;
        long w = stage >= 3 ? weights / gpus : weights;
        return saturatingSum(o + g + w, activations);
    }

    private static long saturatingSum(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
