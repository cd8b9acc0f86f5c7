package dev.kvcache.sim;

/** The context lengths offered by the UI, in tokens, from 4K to 100M. */
public final class ContextPresets {
    /** 4K..128K are powers of two as model cards give them; 200K and up are decimal, as marketed. */
    private static final long[] TOKENS = {
        4_096L, 8_192L, 16_384L, 32_768L, 65_536L, 131_072L,
        200_000L, 1_000_000L, 2_000_000L, 10_000_000L, 100_000_000L
    };

    private ContextPresets() {
    }

    public static int count() {
        return TOKENS.length;
    }

    public static long tokens(int index) {
        return TOKENS[index];
    }

    /** The largest preset (100M tokens), also the largest context a simulation accepts. */
    public static long max() {
        return TOKENS[TOKENS.length - 1];
    }

    /** The smallest preset holding {@code tokens}; the largest preset when none does. */
    public static long atLeast(long tokens) {
        for (long preset : TOKENS) {
            if (preset >= tokens) {
                return preset;
            }
        }
        return max();
    }
}
