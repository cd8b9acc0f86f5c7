package dev.kvcache.sim;

/**
 * How fast sequences grow: one tick is one decode step, and at 1x growing from 0 to the selected
 * context takes about {@link #SECONDS_TO_FILL_AT_1X} seconds whatever the preset.
 */
public final class TickRate {
    /** Ticks per second at 1x; the app's fixed-step clock runs {@code speed x} this many. */
    public static final int TICKS_PER_SECOND_AT_1X = 30;
    /** Seconds to grow from 0 to the context at 1x. */
    public static final int SECONDS_TO_FILL_AT_1X = 30;
    /** Decode steps to fill the context: 900, so 100M tokens is about 111K tokens a tick. */
    public static final long TICKS_TO_FILL = (long) TICKS_PER_SECOND_AT_1X * SECONDS_TO_FILL_AT_1X;

    private TickRate() {
    }

    /** Tokens a running sequence gains per tick, rounded to nearest, at least 1 (4K: 5 tokens, 819 ticks). */
    public static long tokensPerTick(long contextTokens) {
        return Math.max(1L, (contextTokens + TICKS_TO_FILL / 2) / TICKS_TO_FILL);
    }
}
