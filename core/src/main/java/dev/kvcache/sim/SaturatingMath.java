package dev.kvcache.sim;

/** Non-negative {@code long} arithmetic that clamps at {@link Long#MAX_VALUE} instead of wrapping. */
final class SaturatingMath {
    private SaturatingMath() {
    }

    static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0L;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** Ceiling of {@code a / b} for {@code a >= 0, b > 0}. */
    static long ceilDiv(long a, long b) {
        return a / b + (a % b == 0 ? 0 : 1);
    }
}
