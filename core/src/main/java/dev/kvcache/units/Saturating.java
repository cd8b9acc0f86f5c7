package dev.kvcache.units;

/**
 * Non-negative {@code long} arithmetic that sticks at {@link Long#MAX_VALUE} instead of wrapping
 * (batch 1M x context 1G of KV overflows a long): the one rule for sizes past 64 bits, which
 * {@link #isCapped} recognises so text and JSON can say "more than 8 EiB" instead of a number.
 */
public final class Saturating {
    /** The value a capped size sticks at. */
    public static final long CAP = Long.MAX_VALUE;

    private Saturating() {
    }

    public static long multiply(long a, long b) {
        if (((a | b) >>> 31) == 0) {
            // Both below 2^31: the product fits without the overflow test's division.
            return a * b;
        }
        if (a == 0 || b == 0) {
            return 0L;
        }
        return a > CAP / b ? CAP : a * b;
    }

    public static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? CAP : sum;
    }

    /** Ceiling of {@code a / b} for {@code a >= 0, b > 0}. */
    public static long ceilDiv(long a, long b) {
        if (b == 1) {
            return a; // one GPU, one group: the common case, without a long division
        }
        return a / b + (a % b == 0 ? 0 : 1);
    }

    /** True when {@code bytes} is the cap: a true value past 64 bits. */
    public static boolean isCapped(long bytes) {
        return bytes == CAP;
    }
}
