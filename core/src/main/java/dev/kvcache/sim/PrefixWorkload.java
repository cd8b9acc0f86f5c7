package dev.kvcache.sim;

/**
 * Prefix-caching workloads (the link's {@code prefix}): which requests share a prefix, and how long
 * it is. Each figure names the benchmark or report it comes from. The simulation keeps its own request
 * lengths ({@link RequestSizes}) and puts the preset's shared prefix at the front of each prompt, at
 * most half the request, so a short context still holds it; agents instead send a growing history.
 */
public enum PrefixWorkload {
    /** No shared prefix: prefix caching off. */
    NONE("none", 0, 0L),
    /**
     * One system prompt every request shares, 2,048 tokens: the length of SGLang's generated-shared-prefix
     * benchmark ({@code gsp_system_prompt_len = 2048}, questions of 128 tokens; sgl-project/sglang,
     * python/sglang/bench_offline_throughput.py). The private tail is the simulation's own prompt draw.
     */
    CHAT("chat", 1, 2048L),
    /**
     * A few long shared documents, each request asking about one: vLLM's long-document QA benchmark
     * defaults, 8 documents of 20,000 tokens ("roughly the number of tokens for a system paper";
     * vllm-project/vllm, benchmarks/benchmark_long_document_qa_throughput.py).
     */
    RAG("rag", 8, 20000L),
    /**
     * Agents whose history grows with every tool call: about 100 input tokens per output token and
     * about 50 tool calls a task (Manus, "Context Engineering for AI Agents", 2025). One agent per
     * batch slot; each call's prompt is its whole history so far, shared with the agent's later calls.
     */
    AGENT("agent", 0, 0L);

    /** Input tokens per output token of an agent call (Manus: "around 100:1"). */
    public static final long AGENT_INPUT_PER_OUTPUT = 100;
    /** Tool calls of one agent task (Manus: "around 50"); then the agent starts a new task. */
    public static final long AGENT_CALLS_PER_TASK = 50;
    /** Prefix chains one agent uses: its current task's and the last task's, still cached. */
    static final int CHAINS_PER_AGENT = 2;

    private final String linkName;
    private final int documents;
    private final long prefixTokens;

    PrefixWorkload(String linkName, int documents, long prefixTokens) {
        this.linkName = linkName;
        this.documents = documents;
        this.prefixTokens = prefixTokens;
    }

    /** The link's spelling: none, chat, rag, agent. */
    public String linkName() {
        return linkName;
    }

    /** The workload after this one, in the order none, chat, rag, agent, none (the control's cycle). */
    public PrefixWorkload next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** Distinct shared prefixes of a chat or RAG workload (0 for none and agent). */
    public int documents() {
        return documents;
    }

    /** Tokens of a chat or RAG workload's shared prefix before the half-request cap (0 for none and agent). */
    public long prefixTokens() {
        return prefixTokens;
    }

    /** Prefix chains the block pool keeps for a batch of {@code batch}: one per document, two per agent. */
    public int chains(int batch) {
        return this == AGENT ? CHAINS_PER_AGENT * batch : documents;
    }

    /**
     * The workload {@code settings} actually runs: prefixes share pages, so paging off runs none, and
     * an eviction bound drops the tokens a prefix would share, so eviction on runs none too.
     */
    public static PrefixWorkload runIn(SimSettings settings) {
        if (settings.paging() != PagingMode.PAGED || settings.eviction() != Eviction.NONE) {
            return NONE;
        }
        return settings.prefix();
    }

    /** The workload a link value names (case-insensitive; off and 0 mean none); throws with a one-line reason. */
    public static PrefixWorkload parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase();
        if (v.equals("off") || v.equals("0")) {
            return NONE;
        }
        for (PrefixWorkload w : values()) {
            if (w.linkName.equals(v)) {
                return w;
            }
        }
        throw new IllegalArgumentException("prefix must be none, chat, rag or agent, got " + value);
    }

    @Override
    public String toString() {
        return linkName;
    }
}
