package dev.kvcache.sim;

/**
 * The seeded stream of requests: target lengths uniform in [context/4, context], prompts 5-20% of
 * the target ({@link RequestSizes}), a declared maximum uniform in [target, context] rounded up to
 * a block (so contiguous reservations differ and can fragment); optionally a fixed number of
 * requests (a workload that ends).
 */
final class RequestSource {
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
        long target = random.nextLongBetween(RequestSizes.minTarget(contextTokens), contextTokens);
        long percent = random.nextLongBetween(RequestSizes.MIN_PROMPT_PERCENT, RequestSizes.MAX_PROMPT_PERCENT);
        long prompt = Math.max(1L, target * percent / 100);
        long declared = random.nextLongBetween(target, contextTokens);
        long max = Math.min(contextTokens, BlockSize.blocksFor(declared) * BlockSize.TOKENS_PER_BLOCK);
        issued++;
        sequence.request(issued, tick, nowSeconds, prompt, target, Math.max(max, target));
    }
}
