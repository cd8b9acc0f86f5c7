package dev.kvcache.sim;

/**
 * One sequence's KV cache as a function of its tokens, on one GPU or the whole model: the one rule
 * the memory engine's footprints and the simulation's sequences both count by. Layers that grow with
 * the context hold every token; sliding-window layers hold at most {@code window} tokens and chunked
 * layers at most {@code chunk}; linear-attention layers hold a fixed state whatever the length. A
 * quantized cache may hold its most recent tokens unquantized (a residual window that costs extra
 * bytes per token up to its length), and an eviction policy may bound the tokens kept at all.
 * Immutable; bytes per token are whole bytes, so every result is exact.
 */
public final class SequenceKv {
    /** A cache of nothing (no layers). */
    public static final SequenceKv NONE = new SequenceKv(0, 0, 0, 0, 0, 0);

    private final long growingBytesPerToken;
    private final long slidingBytesPerToken;
    private final long window;
    private final long chunkedBytesPerToken;
    private final long chunk;
    private final long fixedStateBytes;
    private final long residualExtraBytesPerToken;
    private final long residualTokens;
    private final long keptTokens;

    public SequenceKv(long growingBytesPerToken, long slidingBytesPerToken, long window, long chunkedBytesPerToken,
            long chunk, long fixedStateBytes) {
        this(growingBytesPerToken, slidingBytesPerToken, window, chunkedBytesPerToken, chunk, fixedStateBytes, 0, 0,
                Long.MAX_VALUE);
    }

    private SequenceKv(long growingBytesPerToken, long slidingBytesPerToken, long window, long chunkedBytesPerToken,
            long chunk, long fixedStateBytes, long residualExtraBytesPerToken, long residualTokens, long keptTokens) {
        this.growingBytesPerToken = growingBytesPerToken;
        this.slidingBytesPerToken = slidingBytesPerToken;
        this.window = window;
        this.chunkedBytesPerToken = chunkedBytesPerToken;
        this.chunk = chunk;
        this.fixedStateBytes = fixedStateBytes;
        this.residualExtraBytesPerToken = residualExtraBytesPerToken;
        this.residualTokens = residualTokens;
        this.keptTokens = keptTokens;
    }

    /** This rule with the last {@code tokens} held unquantized at {@code extraBytesPerToken} more each. */
    public SequenceKv withResidual(long extraBytesPerToken, long tokens) {
        return new SequenceKv(growingBytesPerToken, slidingBytesPerToken, window, chunkedBytesPerToken, chunk,
                fixedStateBytes, extraBytesPerToken, tokens, keptTokens);
    }

    /** This rule with every layer keeping at most {@code eviction}'s tokens of a sequence. */
    public SequenceKv evicting(Eviction eviction) {
        return new SequenceKv(growingBytesPerToken, slidingBytesPerToken, window, chunkedBytesPerToken, chunk,
                fixedStateBytes, residualExtraBytesPerToken, residualTokens, eviction.keptTokens());
    }

    /** Tokens a sequence of {@code tokens} keeps in its cache: all of them unless an eviction bound applies. */
    public long keptTokens(long tokens) {
        return Math.min(tokens, keptTokens);
    }

    /** Extra bytes per token of the unquantized recent window, over its first {@link #residualTokens()}. */
    public long residualExtraBytesPerToken() {
        return residualExtraBytesPerToken;
    }

    /** Tokens held unquantized (KIVI's residual length); 0 for a cache stored in one format. */
    public long residualTokens() {
        return residualTokens;
    }

    /** Bytes each token adds in the layers whose cache grows with the context. */
    public long growingBytesPerToken() {
        return growingBytesPerToken;
    }

    /** Bytes each token adds in the capped layers (sliding window and chunk), until their cap. */
    public long windowedBytesPerToken() {
        return slidingBytesPerToken + chunkedBytesPerToken;
    }

    /** Tokens a capped layer keeps (the sliding window, else the chunk); 0 if none is capped. */
    public long window() {
        return slidingBytesPerToken > 0 ? window : (chunkedBytesPerToken > 0 ? chunk : 0);
    }

    /** Linear-attention state per sequence, independent of its length. */
    public long fixedStateBytes() {
        return fixedStateBytes;
    }

    /** A sequence of {@code tokens}: growing x tokens + capped x min(tokens, cap) + state. */
    public long bytesForTokens(long tokens) {
        return pagedBytesForTokens(tokens, 1);
    }

    /** The same with each layer's resident tokens rounded up to whole blocks of {@code blockTokens}. */
    public long pagedBytesForTokens(long tokens, long blockTokens) {
        return growingBytesPerToken * roundUp(keptTokens(tokens), blockTokens) + boundedBytesForTokens(tokens, blockTokens);
    }

    /**
     * The part that stops growing: capped layers at min(tokens, cap), rounded to blocks, the state,
     * and the residual window's extra at min(tokens, its length); tokens an eviction bound drops count for none.
     */
    public long boundedBytesForTokens(long allTokens, long blockTokens) {
        long tokens = keptTokens(allTokens);
        return slidingBytesPerToken * roundUp(Math.min(tokens, window), blockTokens)
                + chunkedBytesPerToken * roundUp(Math.min(tokens, chunk), blockTokens) + fixedStateBytes
                + residualExtraBytesPerToken * roundUp(Math.min(tokens, residualTokens), blockTokens);
    }

    private static long roundUp(long tokens, long block) {
        return (tokens + block - 1) / block * block;
    }
}
