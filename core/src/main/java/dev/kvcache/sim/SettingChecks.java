package dev.kvcache.sim;

import dev.kvcache.units.Quantities;

/** The checks a scenario's values pass on their way into {@link SimSettings}: each failure is one line naming its field. */
final class SettingChecks {
    private SettingChecks() {
    }

    static long inRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + Quantities.grouped(min) + " and "
                    + Quantities.grouped(max) + ", got " + value);
        }
        return value;
    }

    /** vLLM's {@code --gpu-memory-utilization}: above 0, at most 1. */
    static double memoryFraction(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("gpu-memory-utilization must be in (0, 1], got " + fraction);
        }
        return fraction;
    }

    /** The animation speed, {@link SimSettings#MIN_SPEED} to {@link SimSettings#MAX_SPEED}. */
    static double speed(double value) {
        if (!(value >= SimSettings.MIN_SPEED && value <= SimSettings.MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be 0.5-100: " + value);
        }
        return value;
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** An achieved fraction of peak: 0 (the time model's default) or {@link SimSettings#MIN_EFFICIENCY} to 1. */
    static double efficiency(String field, double fraction) {
        if (!(fraction == 0 || (fraction >= SimSettings.MIN_EFFICIENCY && fraction <= 1))) {
            throw new IllegalArgumentException(field + " must be 0.01 to 1, got " + fraction);
        }
        return fraction;
    }

    /** GPUs of a tp x pp x cp layout (unset sizes as 1), refused past {@link Limits#MAX_GPUS}. */
    static long layoutGpus(int tp, int pp, int cp) {
        long gpus = (long) Math.max(1, tp) * Math.max(1, pp) * Math.max(1, cp);
        if (gpus > Limits.MAX_GPUS) {
            throw new IllegalArgumentException("tp x pp x cp must be at most " + Quantities.grouped(Limits.MAX_GPUS)
                    + " GPUs, got " + Quantities.grouped(gpus));
        }
        return gpus;
    }

    /** Why the simulation cannot run a batch and context, or null when it can (see {@link SimSettings#whyNotSimulated}). */
    static String whyNotSimulated(int batch, long contextTokens) {
        if (batch > SimSettings.MAX_BATCH) {
            return "batch " + Quantities.grouped(batch) + ": the simulation runs 1 to " + SimSettings.MAX_BATCH
                    + " sequences";
        }
        if (contextTokens < Limits.SIMULATED_MIN_CONTEXT || contextTokens > ContextPresets.max()) {
            return "context " + Quantities.tokens(contextTokens) + ": the simulation runs contexts of "
                    + Quantities.tokenCount(Limits.SIMULATED_MIN_CONTEXT) + " to " + Quantities.tokens(ContextPresets.max());
        }
        return null;
    }
}
