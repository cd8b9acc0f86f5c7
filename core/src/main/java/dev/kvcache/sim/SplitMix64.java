package dev.kvcache.sim;

/**
 * The simulation's one seeded random generator (SplitMix64): pure 64-bit integer arithmetic, so the
 * JVM and GWT's emulated {@code long} produce the same sequence for the same seed.
 */
public final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64 uniformly distributed bits. */
    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in {@code [0, bound)}; the modulo bias is below 2^-40 for the bounds used here (≤ 2^27). */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (nextLong() >>> 1) % bound;
    }

    /** Uniform in {@code [min, max]}, both inclusive. */
    public long nextLongBetween(long min, long max) {
        return min + nextLong(max - min + 1);
    }

    /** The internal state, folded into the simulation's state hash. */
    long state() {
        return state;
    }
}
