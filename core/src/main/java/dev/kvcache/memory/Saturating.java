package dev.kvcache.memory;

/** Byte arithmetic that sticks at Long.MAX_VALUE instead of wrapping (batch 1M x context 1G overflows a long). */
public final class Saturating {
    private Saturating() {
    }

    public static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        if (a > Long.MAX_VALUE / b) {
            return Long.MAX_VALUE;
        }
        return a * b;
    }

    public static long add(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
