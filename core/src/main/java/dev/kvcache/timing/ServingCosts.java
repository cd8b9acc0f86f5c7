package dev.kvcache.timing;

import dev.kvcache.catalog.DevicePerformance;

/**
 * What serving tokens costs in money and energy, from GPU-seconds: the device-hours at its rental
 * price, and its full board power for that time. Energy so counted is an upper bound: a GPU seldom
 * draws its whole board power, and the host and network are left out.
 */
public final class ServingCosts {
    private ServingCosts() {
    }

    /** US dollars per million output tokens; NaN without a published price or before any token. */
    public static double dollarsPerMillionTokens(DevicePerformance device, double gpuSeconds, double tokens) {
        if (!device.usdPerHour().isKnown() || !(tokens > 0)) {
            return Double.NaN;
        }
        return device.usdPerHour().value() * gpuSeconds / 3600 / tokens * 1e6;
    }

    /** Joules per output token at full board power (an upper bound); NaN without a published power or before any token. */
    public static double joulesPerToken(DevicePerformance device, double gpuSeconds, double tokens) {
        if (!device.tdpWatts().isKnown() || !(tokens > 0)) {
            return Double.NaN;
        }
        return device.tdpWatts().value() * gpuSeconds / tokens;
    }
}
