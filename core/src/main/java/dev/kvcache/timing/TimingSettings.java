package dev.kvcache.timing;

/**
 * The time model's settings: what fraction of peak memory bandwidth and of peak tensor throughput
 * serving kernels achieve, the fixed cost of each engine step, and the latency of one collective.
 * Immutable; {@link #DEFAULT} holds typical measured values.
 */
public final class TimingSettings {
    /**
     * Achieved fraction of peak memory bandwidth in decode: gpt-fast measured 1,397 GB/s for
     * Llama-2-7B at batch 1 on an A100-80GB (2,039 GB/s peak), 0.69 (github.com/pytorch-labs/gpt-fast
     * README); issue 14 asks for about 0.7.
     */
    public static final double DEFAULT_BW_EFFICIENCY = 0.7;
    /** Achieved fraction of peak dense tensor throughput in serving: issue 14's typical 0.5 (prefill GEMMs, attention). */
    public static final double DEFAULT_FLOPS_EFFICIENCY = 0.5;
    /**
     * Fixed cost of each engine step beyond the GPU's work (scheduling, input preparation,
     * sampling, output processing), seconds. vLLM measured about 4 ms of GPU idle per decode step
     * before multi-step scheduling and asynchronous output processing (vllm-project/vllm#6854);
     * those features hide most of it, and 1 ms is our estimate of what remains: the least sourced
     * constant of the model.
     */
    public static final double DEFAULT_STEP_OVERHEAD_SECONDS = 1e-3;
    /**
     * Latency of one all-reduce between 2 GPUs, gather or hand-off, seconds: NCCL on an HGX 8x H100
     * all-reduces 128 B to 64 KB in about 6 us between 2 GPUs with CUDA graphs (NVIDIA/nccl#1259).
     * A ring all-reduce over n GPUs takes 2(n-1) steps, so n-1 times this ({@code StepModel}).
     */
    public static final double DEFAULT_COLLECTIVE_LATENCY_SECONDS = 6e-6;

    public static final TimingSettings DEFAULT = new TimingSettings(DEFAULT_BW_EFFICIENCY, DEFAULT_FLOPS_EFFICIENCY,
            DEFAULT_STEP_OVERHEAD_SECONDS, DEFAULT_COLLECTIVE_LATENCY_SECONDS, 0);

    private final double bwEfficiency;
    private final double flopsEfficiency;
    private final double stepOverheadSeconds;
    private final double collectiveLatencySeconds;
    /** One GPU's link to its host memory (KV offload), bytes per second one way; 0 without offload. */
    private final double hostLinkBytesPerSecond;

    private TimingSettings(double bwEfficiency, double flopsEfficiency, double stepOverheadSeconds,
            double collectiveLatencySeconds, double hostLinkBytesPerSecond) {
        this.bwEfficiency = fraction("bw-efficiency", bwEfficiency);
        this.flopsEfficiency = fraction("flops-efficiency", flopsEfficiency);
        this.stepOverheadSeconds = stepOverheadSeconds;
        this.collectiveLatencySeconds = collectiveLatencySeconds;
        this.hostLinkBytesPerSecond = hostLinkBytesPerSecond;
    }

    /** These settings with other efficiencies; each must be in (0, 1], else the message names it. */
    public TimingSettings withEfficiencies(double bandwidth, double flops) {
        return new TimingSettings(bandwidth, flops, stepOverheadSeconds, collectiveLatencySeconds,
                hostLinkBytesPerSecond);
    }

    /** These settings with another fixed per-step cost (0 for the pure roofline), seconds. */
    public TimingSettings withStepOverhead(double seconds) {
        if (!(seconds >= 0 && seconds < 1)) {
            throw new IllegalArgumentException("step overhead must be in [0, 1) s, got " + seconds);
        }
        return new TimingSettings(bwEfficiency, flopsEfficiency, seconds, collectiveLatencySeconds,
                hostLinkBytesPerSecond);
    }

    /** These settings with another collective latency (0 to count bytes only), seconds. */
    public TimingSettings withCollectiveLatency(double seconds) {
        if (!(seconds >= 0 && seconds < 1)) {
            throw new IllegalArgumentException("collective latency must be in [0, 1) s, got " + seconds);
        }
        return new TimingSettings(bwEfficiency, flopsEfficiency, stepOverheadSeconds, seconds, hostLinkBytesPerSecond);
    }

    /** These settings with a host link of {@code bytesPerSecond} one way (KV offload's reloads cross it). */
    public TimingSettings withHostLink(double bytesPerSecond) {
        if (!(bytesPerSecond >= 0)) {
            throw new IllegalArgumentException("host link must be >= 0 B/s, got " + bytesPerSecond);
        }
        return new TimingSettings(bwEfficiency, flopsEfficiency, stepOverheadSeconds, collectiveLatencySeconds,
                bytesPerSecond);
    }

    /** One GPU's link to host memory, bytes per second one way; 0 when no offload is set. */
    public double hostLinkBytesPerSecond() {
        return hostLinkBytesPerSecond;
    }

    /** Achieved fraction of peak memory bandwidth. */
    public double bwEfficiency() {
        return bwEfficiency;
    }

    /** Achieved fraction of peak tensor throughput. */
    public double flopsEfficiency() {
        return flopsEfficiency;
    }

    public double stepOverheadSeconds() {
        return stepOverheadSeconds;
    }

    public double collectiveLatencySeconds() {
        return collectiveLatencySeconds;
    }

    private static double fraction(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a fraction in (0, 1], got " + value);
        }
        return value;
    }
}
