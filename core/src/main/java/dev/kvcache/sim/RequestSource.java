package dev.kvcache.sim;

/**
 * The seeded stream of requests: target lengths uniform in [context/4, context], prompts 5-20% of
 * the target, a declared maximum uniform in [target, context] rounded up to a block (so contiguous
 * reservations differ and can fragment); optionally a fixed number of requests (a workload that ends).
 */
final class RequestSource {
    private static final long MIN_PROMPT_PERCENT = 5;
    private static final long MAX_PROMPT_PERCENT = 20;

    private final SplitMix64 random;
    private final long contextTokens;
    private final long limit;
    private long issued;

    RequestSource(SplitMix64 random, long contextTokens, long limit) {
        this.random = random;
        this.contextTokens = contextTokens;
        this.limit = limit;
    }

    boolean hasNext() {
        return limit == 0 || issued < limit;
    }

    long issued() {
        return issued;
    }

    /** Makes {@code sequence} the next request, arriving at {@code tick}, {@code nowSeconds} on the serving clock. */
    void next(Sequence sequence, long tick, double nowSeconds) {
        long target = random.nextLongBetween(Math.max(2L, contextTokens / 4), contextTokens);
        long percent = random.nextLongBetween(MIN_PROMPT_PERCENT, MAX_PROMPT_PERCENT);
        long prompt = Math.max(1L, target * percent / 100);
        long declared = random.nextLongBetween(target, contextTokens);
        long max = Math.min(contextTokens, BlockSize.blocksFor(declared) * BlockSize.TOKENS_PER_BLOCK);
        issued++;
        sequence.request(issued, tick, nowSeconds, prompt, target, Math.max(max, target));
    }
}
