package dev.kvcache.sim;

/**
 * One sequence's KV cache as a function of its tokens, on one GPU or the whole model: the one rule
 * the memory engine's footprints and the simulation's sequences both count by. Layers that grow with
 * the context hold every token; sliding-window layers hold at most {@code window} tokens and chunked
 * layers at most {@code chunk}; linear-attention layers hold a fixed state whatever the length.
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

    public SequenceKv(long growingBytesPerToken, long slidingBytesPerToken, long window, long chunkedBytesPerToken,
            long chunk, long fixedStateBytes) {
        this.growingBytesPerToken = growingBytesPerToken;
        this.slidingBytesPerToken = slidingBytesPerToken;
        this.window = window;
        this.chunkedBytesPerToken = chunkedBytesPerToken;
        this.chunk = chunk;
        this.fixedStateBytes = fixedStateBytes;
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
        return growingBytesPerToken * roundUp(tokens, blockTokens) + boundedBytesForTokens(tokens, blockTokens);
    }

    /** The part that stops growing: capped layers at min(tokens, cap), rounded to blocks, plus the state. */
    public long boundedBytesForTokens(long tokens, long blockTokens) {
        return slidingBytesPerToken * roundUp(Math.min(tokens, window), blockTokens)
                + chunkedBytesPerToken * roundUp(Math.min(tokens, chunk), blockTokens) + fixedStateBytes;
    }

    private static long roundUp(long tokens, long block) {
        return (tokens + block - 1) / block * block;
    }
}
