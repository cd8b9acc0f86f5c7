package dev.kvcache.sim;

/**
 * The sizes the simulation's requests are drawn from: a target length uniform in [context/4,
 * context] (at least 2 tokens), of which the prompt is 5-20%, the rest generated; and the mean
 * request, which the time model serves in steady state to draw the scene's throughput curve.
 */
public final class RequestSizes {
    static final long MIN_PROMPT_PERCENT = 5;
    static final long MAX_PROMPT_PERCENT = 20;

    private RequestSizes() {
    }

    /** Shortest target a request draws for {@code contextTokens}. */
    static long minTarget(long contextTokens) {
        return Math.max(2L, contextTokens / 4);
    }

    /** The mean request's prompt tokens: the mean target's mean share (12.5%), at least 1. */
    public static long meanPrompt(long contextTokens) {
        return Math.max(1L, Math.round(meanTarget(contextTokens) * (MIN_PROMPT_PERCENT + MAX_PROMPT_PERCENT) / 200.0));
    }

    /** The mean request's generated tokens: the mean target less the mean prompt, at least 1. */
    public static long meanOutput(long contextTokens) {
        return Math.max(1L, Math.round(meanTarget(contextTokens)) - meanPrompt(contextTokens));
    }

    private static double meanTarget(long contextTokens) {
        long context = Math.max(2L, contextTokens);
        return (minTarget(context) + context) / 2.0;
    }
}
