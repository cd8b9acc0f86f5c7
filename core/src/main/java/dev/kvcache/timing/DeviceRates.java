package dev.kvcache.timing;

import dev.kvcache.catalog.ComputeFormat;
import dev.kvcache.catalog.DevicePerformance;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.PublishedFigure;

/**
 * What one device achieves per second for a scenario, under the settings: bytes read from memory,
 * tensor operations in the format the weights compute in, bytes over the scale-up link in one
 * direction; plus the collective latency, the step overhead and vLLM's prefill chunk.
 */
public final class DeviceRates {
    private static final double GIB = 1024.0 * 1024 * 1024;
    /**
     * vLLM's default max_num_batched_tokens for its OpenAI server with chunked prefill
     * (vllm/engine/arg_utils.py, EngineArgs.get_batch_defaults): 8192 on GPUs of at least 70 GiB
     * that are not an A100, 2048 otherwise.
     */
    static final int LARGE_GPU_CHUNK = 8192;
    static final int SMALL_GPU_CHUNK = 2048;
    static final double LARGE_GPU_GIB = 70;

    private final double bytesPerSecond;
    private final double flopsPerSecond;
    private final ComputeFormat format;
    private final double linkBytesPerSecond;
    private final double collectiveLatency;
    private final double stepOverhead;
    private final int chunkTokens;

    public DeviceRates(DeviceSpec device, Precision weights, TimingSettings settings) {
        DevicePerformance perf = device.performance();
        bytesPerSecond = device.bandwidthGBps() * 1e9 * settings.bwEfficiency();
        ComputeFormat wanted = ComputeFormat.forWeights(weights);
        // A format the device lacks (FP8 on an A100) runs its weights widened to 16 bits, as
        // vLLM's weight-only Marlin kernels do.
        format = perf.denseTflops(wanted).isKnown() ? wanted : ComputeFormat.SIXTEEN_BIT;
        PublishedFigure peak = perf.denseTflops(format);
        flopsPerSecond = peak.isKnown() ? peak.value() * 1e12 * settings.flopsEfficiency() : 0;
        PublishedFigure link = perf.linkBidirectionalGBps();
        linkBytesPerSecond = link.isKnown() ? link.value() / 2 * 1e9 : 0;
        collectiveLatency = settings.collectiveLatencySeconds();
        stepOverhead = settings.stepOverheadSeconds();
        boolean large = device.usableBytes() >= LARGE_GPU_GIB * GIB && !device.id().startsWith("a100");
        chunkTokens = large ? LARGE_GPU_CHUNK : SMALL_GPU_CHUNK;
    }

    /** Achieved memory bandwidth, bytes per second. */
    public double bytesPerSecond() {
        return bytesPerSecond;
    }

    /** Achieved tensor throughput in {@link #format()}, operations per second; 0 when no peak is published. */
    public double flopsPerSecond() {
        return flopsPerSecond;
    }

    /** True when the device publishes a peak, so compute can bound a step. */
    public boolean computeKnown() {
        return flopsPerSecond > 0;
    }

    /** The format the matrix units run in. */
    public ComputeFormat format() {
        return format;
    }

    /** The scale-up link in one direction, bytes per second; 0 when not published (collectives then cost latency only). */
    public double linkBytesPerSecond() {
        return linkBytesPerSecond;
    }

    public double collectiveLatency() {
        return collectiveLatency;
    }

    public double stepOverhead() {
        return stepOverhead;
    }

    /** Tokens one engine step takes at most (decodes first, the rest prompt chunks). */
    public int chunkTokens() {
        return chunkTokens;
    }

    /** Seconds to move {@code bytes} over the link after {@link #collectiveLatency()}. */
    double transfer(double bytes) {
        return collectiveLatency + (linkBytesPerSecond > 0 ? bytes / linkBytesPerSecond : 0);
    }
}
