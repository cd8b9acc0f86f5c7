package dev.kvcache.timing;

import dev.kvcache.memory.KvFootprint;
import dev.kvcache.memory.Scenario;

/**
 * KV offload's trade, per token and per returning request: reloading a cache over the host link
 * against recomputing it on the GPU. Reload wins when the link moves a token's KV faster than the
 * GPUs recompute it: {@code kvBytesPerToken / (gpus x link)} against {@code 2 x activeParams /
 * (gpus x achieved FLOP/s)} (a prefill's dense work, 2 operations per parameter per token; attention's
 * quadratic share only adds to the recompute, so this is the recompute's floor). Both split evenly over
 * the layout's GPUs, each with its own link, so the GPU count cancels in the comparison.
 */
public final class OffloadCost {
    private final double kvBytesPerToken;
    private final double flopsPerToken;
    private final double linkBytesPerSecond;
    private final double flopsPerSecond;
    private final int gpus;

    /**
     * Whole-model KV bytes and operations per token, one GPU's host link (bytes per second one way)
     * and achieved throughput (operations per second), over {@code gpus} GPUs.
     */
    public OffloadCost(double kvBytesPerToken, double flopsPerToken, double linkBytesPerSecond,
            double flopsPerSecond, int gpus) {
        this.kvBytesPerToken = kvBytesPerToken;
        this.flopsPerToken = flopsPerToken;
        this.linkBytesPerSecond = linkBytesPerSecond;
        this.flopsPerSecond = flopsPerSecond;
        this.gpus = Math.max(1, gpus);
    }

    /** The trade for {@code s} on its own layout under {@code settings} (whose host link is set). */
    public static OffloadCost of(Scenario s, TimingSettings settings) {
        DeviceRates rates = new DeviceRates(s.device, s.weights, settings);
        double kv = KvFootprint.wholeModel(s.model, s.kv).evicting(s.settings.eviction()).uncappedBytesPerToken();
        return new OffloadCost(kv, 2.0 * s.model.activeParams(), settings.hostLinkBytesPerSecond(),
                rates.flopsPerSecond(), s.gpus());
    }

    /** Seconds to reload {@code tokens} tokens' KV over the GPUs' host links; NaN without a link. */
    public double reloadSeconds(double tokens) {
        return linkBytesPerSecond > 0 ? tokens * kvBytesPerToken / (gpus * linkBytesPerSecond) : Double.NaN;
    }

    /** Seconds to recompute {@code tokens} tokens' KV at the achieved throughput (dense work only); NaN when no peak is published. */
    public double recomputeSeconds(double tokens) {
        return flopsPerSecond > 0 ? tokens * flopsPerToken / (gpus * flopsPerSecond) : Double.NaN;
    }

    /** True when reloading beats recomputing (false when either figure is unknown). */
    public boolean reloadWins() {
        return reloadSeconds(1) < recomputeSeconds(1);
    }

    /** How many times faster the reload is than the recompute (below 1: slower); NaN when unknown. */
    public double reloadAdvantage() {
        return recomputeSeconds(1) / reloadSeconds(1);
    }
}
