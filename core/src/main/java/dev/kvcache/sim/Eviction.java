package dev.kvcache.sim;

import dev.kvcache.units.Quantities;

/**
 * A policy that bounds the tokens each sequence keeps in its KV cache (immutable): none, a
 * StreamingLLM window (Xiao et al., arXiv 2309.17453: 4 attention-sink tokens plus the N most recent),
 * or a fixed per-sequence budget of N kept tokens as SnapKV (arXiv 2404.14469) and H2O (arXiv
 * 2306.14048) choose them. Past the bound a sequence's cache stops growing.
 */
public final class Eviction {
    /** The policy's kind, as the link spells it before the colon. */
    public enum Kind {
        NONE,
        WINDOW,
        BUDGET
    }

    /** StreamingLLM keeps the first 4 tokens as attention sinks. */
    public static final int SINK_TOKENS = 4;
    /** Keeps nothing out: every token stays. */
    public static final Eviction NONE = new Eviction(Kind.NONE, 0);
    /** The largest N accepted: no context the simulation runs is longer. */
    public static final long MAX_TOKENS = Limits.MAX_CONTEXT;
    /**
     * The control's StreamingLLM step: 4 sinks plus the 2,000 most recent tokens, the defaults of the
     * authors' streaming demo (mit-han-lab/streaming-llm, examples/run_streaming_llama.py).
     */
    public static final Eviction STREAMING_DEMO = window(2000);
    /** The control's SnapKV step: 2,048 kept tokens, one of the KV budgets SnapKV's LongBench results report. */
    public static final Eviction SNAPKV_2K = budget(2048);

    private final Kind kind;
    private final long tokens;

    private Eviction(Kind kind, long tokens) {
        this.kind = kind;
        this.tokens = tokens;
    }

    /** Sinks plus {@code recent} tokens (StreamingLLM). */
    public static Eviction window(long recent) {
        return new Eviction(Kind.WINDOW, checked("window", recent));
    }

    /** At most {@code kept} tokens per sequence (SnapKV/H2O). */
    public static Eviction budget(long kept) {
        return new Eviction(Kind.BUDGET, checked("budget", kept));
    }

    private static long checked(String kind, long n) {
        if (n < 1 || n > MAX_TOKENS) {
            throw new IllegalArgumentException("evict " + kind + ":N needs N from 1 to " + Quantities.tokens(MAX_TOKENS));
        }
        return n;
    }

    /**
     * The policy a link value names: {@code none}, {@code window:N} or {@code budget:N} (N a whole
     * number of tokens, K/M suffixes allowed by {@code tokens}); throws with a one-line reason.
     */
    public static Eviction parse(String value, TokenReader tokens) {
        String v = value == null ? "" : value.trim().toLowerCase();
        if (v.equals("none") || v.equals("off") || v.equals("0")) {
            return NONE;
        }
        int colon = v.indexOf(':');
        String kind = colon < 0 ? v : v.substring(0, colon);
        if (!kind.equals("window") && !kind.equals("budget")) {
            throw new IllegalArgumentException("evict takes none, window:N or budget:N");
        }
        Long n = colon < 0 ? null : tokens.read(v.substring(colon + 1));
        if (n == null) {
            throw new IllegalArgumentException("evict " + kind + ":N needs a whole number of tokens");
        }
        return kind.equals("window") ? window(n) : budget(n);
    }

    /** Reads a token count as the link writes it ("4096", "4K"); null when it is not one. */
    public interface TokenReader {
        Long read(String text);
    }

    public Kind kind() {
        return kind;
    }

    /** N as given: recent tokens of a window, kept tokens of a budget; 0 for none. */
    public long tokens() {
        return tokens;
    }

    /** Tokens each sequence keeps at most; {@link Long#MAX_VALUE} when nothing is evicted. */
    public long keptTokens() {
        if (kind == Kind.WINDOW) {
            return SINK_TOKENS + tokens;
        }
        return kind == Kind.BUDGET ? tokens : Long.MAX_VALUE;
    }

    /** Tokens a sequence of {@code tokens} holds in its cache. */
    public long keptTokens(long tokens) {
        return Math.min(tokens, keptTokens());
    }

    /** The control's cycle: none, then {@link #STREAMING_DEMO}, then {@link #SNAPKV_2K}, then none. */
    public Eviction next() {
        if (kind == Kind.NONE) {
            return STREAMING_DEMO;
        }
        return equals(STREAMING_DEMO) ? SNAPKV_2K : NONE;
    }

    /** As the link writes it: none, window:4096, budget:2048. */
    @Override
    public String toString() {
        return kind == Kind.NONE ? "none" : kind.name().toLowerCase() + ":" + tokens;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Eviction && ((Eviction) o).kind == kind && ((Eviction) o).tokens == tokens;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + (int) tokens;
    }
}
