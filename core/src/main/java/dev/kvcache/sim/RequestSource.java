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
    private final PrefixWorkload workload;
    private final int agents;
    private long issued;

    RequestSource(SplitMix64 random, long contextTokens, long limit) {
        this(random, contextTokens, limit, PrefixWorkload.NONE, 1);
    }

    /**
     * With a prefix workload: chat and RAG requests draw as usual and put the shared prefix in front
     * of the prompt (one more draw picks a RAG document); agents' calls follow {@link #nextAgentCall}.
     */
    RequestSource(SplitMix64 random, long contextTokens, long limit, PrefixWorkload workload, int agents) {
        this.random = random;
        this.contextTokens = contextTokens;
        this.limit = limit;
        this.workload = workload;
        this.agents = Math.max(1, agents);
    }

    boolean hasNext() {
        return limit == 0 || issued < limit;
    }

    long issued() {
        return issued;
    }

    /** Makes {@code sequence} the next request, arriving at {@code tick}, {@code nowSeconds} on the serving clock. */
    void next(Sequence sequence, long tick, double nowSeconds) {
        if (workload == PrefixWorkload.AGENT) {
            nextAgentCall(sequence, tick, nowSeconds);
            return;
        }
        long target = random.nextLongBetween(RequestSizes.minTarget(contextTokens), contextTokens);
        long percent = random.nextLongBetween(RequestSizes.MIN_PROMPT_PERCENT, RequestSizes.MAX_PROMPT_PERCENT);
        long prompt = Math.max(1L, target * percent / 100);
        long declared = random.nextLongBetween(target, contextTokens);
        long max = Math.min(contextTokens, BlockSize.blocksFor(declared) * BlockSize.TOKENS_PER_BLOCK);
        issued++;
        if (workload == PrefixWorkload.NONE) {
            sequence.request(issued, tick, nowSeconds, prompt, target, Math.max(max, target));
            return;
        }
        // The shared prefix keeps its size up to half the request; the drawn prompt is the private tail.
        long shared = Math.min(workload.prefixTokens(), target / 2);
        int document = workload.documents() > 1 ? (int) random.nextLongBetween(0, workload.documents() - 1) : 0;
        sequence.request(issued, tick, nowSeconds, Math.min(target - 1, shared + prompt), target, Math.max(max, target));
        sequence.sharePrefix(document, 0L, shared);
    }

    /**
     * Agent {@code issued mod agents}'s next tool call (round robin): call k (0-49) of a task sends the
     * history so far, (k + 1) fiftieths of the input a context holds at 100 input tokens per output
     * token, and generates a hundredth of it. The whole prompt is the agent's history, shared with its
     * later calls; after 50 calls the agent starts a new task on its other chain.
     */
    private void nextAgentCall(Sequence sequence, long tick, double nowSeconds) {
        long agent = issued % agents;
        long call = issued / agents;
        long task = call / PrefixWorkload.AGENT_CALLS_PER_TASK;
        long step = call % PrefixWorkload.AGENT_CALLS_PER_TASK + 1;
        long inputCap = contextTokens * PrefixWorkload.AGENT_INPUT_PER_OUTPUT / (PrefixWorkload.AGENT_INPUT_PER_OUTPUT + 1);
        long prompt = Math.max(1L, inputCap * step / PrefixWorkload.AGENT_CALLS_PER_TASK);
        long target = prompt + Math.max(1L, prompt / PrefixWorkload.AGENT_INPUT_PER_OUTPUT);
        long declared = random.nextLongBetween(target, Math.max(target, contextTokens));
        long max = Math.min(contextTokens, BlockSize.blocksFor(declared) * BlockSize.TOKENS_PER_BLOCK);
        issued++;
        sequence.request(issued, tick, nowSeconds, prompt, target, Math.max(max, target));
        int chain = (int) (agent * PrefixWorkload.CHAINS_PER_AGENT + task % PrefixWorkload.CHAINS_PER_AGENT);
        sequence.sharePrefix(chain, task, prompt);
    }
}
