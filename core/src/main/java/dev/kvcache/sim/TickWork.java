package dev.kvcache.sim;

/**
 * What the engine did in one tick, for the time model: how many sequences decoded and how many
 * decode steps each took, the tokens they held (mid-tick, at most what an eviction bound keeps,
 * summed, and summed again capped at the sliding window or chunk), and the prompt tokens prefilled with their attention pairs (token x
 * earlier token, causal; capped at the window). Reused every tick: no allocation.
 */
public final class TickWork {
    int sequences;
    long decodeSteps;
    long grownTokens;
    long heldTokens;
    long cappedTokens;
    long prefillTokens;
    double prefillPairs;
    double prefillCappedPairs;
    long reloadBytes;

    void clear() {
        sequences = 0;
        decodeSteps = 0;
        grownTokens = 0;
        heldTokens = 0;
        cappedTokens = 0;
        prefillTokens = 0;
        prefillPairs = 0;
        prefillCappedPairs = 0;
        reloadBytes = 0;
    }

    /** Bytes each GPU reloads from host memory this tick (KV offload: caches returning instead of recomputed). */
    public long reloadBytes() {
        return reloadBytes;
    }

    /**
     * The tick's decode steps: every sequence that decoded took the same, the scheduler's tokens per
     * tick (one that reached its target stopped early, which {@link #grownTokens} counts). Set once per
     * tick rather than per sequence.
     */
    void setDecodeSteps(long steps) {
        decodeSteps = sequences > 0 ? steps : 0;
    }

    void addReload(long bytesPerGpu) {
        reloadBytes += bytesPerGpu;
    }

    /** Sequences that took decode steps this tick. */
    public int sequences() {
        return sequences;
    }

    /** Decode steps each of them took (tokens grown), 0 when none decoded. */
    public long decodeSteps() {
        return decodeSteps;
    }

    /** Output tokens the decoding sequences generated (a sequence reaching its target stops early). */
    public long grownTokens() {
        return grownTokens;
    }

    /** Tokens the decoding sequences held in their caches (kept, under eviction), summed, at the middle of the tick. */
    public long heldTokens() {
        return heldTokens;
    }

    /** The same with each sequence capped at the window: what a sliding-window or chunked layer reads. */
    public long cappedTokens() {
        return cappedTokens;
    }

    /** Prompt tokens prefilled (or recomputed after a preemption) this tick. */
    public long prefillTokens() {
        return prefillTokens;
    }

    /** Causal attention pairs of those prompts: sum over each prompt of p (p + 1) / 2. */
    public double prefillPairs() {
        return prefillPairs;
    }

    /** The same pairs with each token reaching back at most the window. */
    public double prefillCappedPairs() {
        return prefillCappedPairs;
    }

    /**
     * Adds one sequence that grew from {@code before} to {@code after} tokens this tick; its capped
     * layers read at most {@code window} tokens (0: none is capped), and every layer at most the
     * {@code kept} tokens an eviction bound leaves ({@link Long#MAX_VALUE}: all), since an evicted
     * token's KV is gone and a step reads only what is cached.
     */
    void addDecode(long before, long after, long window, long kept) {
        // Halved by a shift (both are token counts, never negative): a long division is dear in the browser.
        long middle = Math.min((before + after) >> 1, kept);
        sequences++;
        grownTokens += after - before;
        heldTokens += middle;
        if (window > 0) { // most models have no capped layer: then no store at all, per sequence per tick
            cappedTokens += Math.min(middle, window);
        }
    }

    /**
     * Adds one prompt of {@code tokens} tokens whose first {@code cached} were found in the prefix
     * cache: only the rest are prefilled, each attending to every earlier token (the cached ones too),
     * for layers that see all of it and layers that see {@code window}.
     */
    void addPrompt(long tokens, long cached, long window) {
        prefillTokens += tokens - cached;
        prefillPairs += causalPairs(tokens, tokens) - causalPairs(cached, cached);
        prefillCappedPairs += window > 0 ? causalPairs(tokens, window) - causalPairs(cached, window) : 0;
    }

    /**
     * Attention pairs (i, j), j <= i, of a prompt of {@code tokens} where each token sees at most
     * {@code reach} tokens: what a causal prefill computes, quadratic in the prompt up to the reach.
     */
    public static double causalPairs(long tokens, long reach) {
        double n = tokens;
        if (tokens <= reach) {
            return n * (n + 1) / 2;
        }
        double w = reach;
        return w * (w + 1) / 2 + (n - w) * w;
    }
}
