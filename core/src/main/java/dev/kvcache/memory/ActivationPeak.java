package dev.kvcache.memory;

import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;

/**
 * Estimates the transient memory of vLLM's profiling pass, which it subtracts before sizing the KV
 * pool: the sampler warm-up over 1024 dummy sequences (FP32 logits and about two working copies,
 * 12 KiB per vocabulary entry) plus one forward pass of 8192 batched tokens (MLP gate/up output and
 * a few hidden-sized buffers). Fitted to within about 0.4 GiB of the llm-d-planner H100 logs; an
 * estimate, not a measurement.
 */
public final class ActivationPeak {
    /** vLLM's default max_num_batched_tokens for the profiling forward pass. */
    public static final long PROFILE_TOKENS = 8192;
    /** Bytes per vocabulary entry of the sampler warm-up: 1024 sequences x 4 B x 3 copies. */
    static final long SAMPLER_BYTES_PER_VOCAB = 1024L * 4 * 3;
    /** Memory outside PyTorch's allocator: CUDA context alone, or with NCCL buffers for tp > 1. */
    public static final long NON_TORCH_SINGLE = 256L << 20;
    public static final long NON_TORCH_DISTRIBUTED = 2L << 30;

    private ActivationPeak() {
    }

    public static long bytes(ModelSpec model, Precision weights, int tp) {
        long sampler = model.vocab() * SAMPLER_BYTES_PER_VOCAB;
        long perToken = 2L * model.intermediate() / tp + 4L * model.hidden();
        return sampler + PROFILE_TOKENS * perToken * WeightFootprint.activationBytes(weights);
    }

    public static long nonTorchBytes(int tp, int pp) {
        return tp * pp > 1 ? NON_TORCH_DISTRIBUTED : NON_TORCH_SINGLE;
    }
}
