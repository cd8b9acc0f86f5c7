package dev.kvcache.memory;

import dev.kvcache.units.Saturating;

/**
 * Attention scratch memory two ways. The original tool's model: without FlashAttention a
 * {@code chunk x seq_len} score block per head (chunk = 1024 query rows, or the whole sequence if
 * shorter), with it a {@code tile x tile} block per head; the saving is capped at half the GPU.
 * And what FlashAttention really removes: the full {@code n x n} score matrix per head, which is
 * scratch memory only and never part of the KV cache, so the KV cache is the same either way.
 */
public final class FlashAttentionWorkspace {
    /** Query rows the traditional kernel scores at once in the original tool's model. */
    public static final long QUERY_CHUNK = 1024;

    private final long without;
    private final long with;
    private final long saved;
    private final long scoreMatrix;

    /**
     * @param heads query heads on this GPU
     * @param activationBytes bytes per score value
     * @param capBytes half the GPU's usable memory, the most the original credits as saved
     */
    public FlashAttentionWorkspace(long seqLen, long heads, long batch, int tile, int activationBytes,
            long capBytes) {
        this.without = withoutBytes(seqLen, heads, batch, activationBytes);
        this.with = withBytes(heads, batch, tile, activationBytes);
        this.saved = savedBytes(seqLen, heads, batch, tile, activationBytes, capBytes);
        this.scoreMatrix = Saturating.multiply(Saturating.multiply(seqLen, seqLen),
                Saturating.multiply(heads * batch, activationBytes));
    }

    /**
     * What FlashAttention saves, as {@link #savedBytes()} of a workspace made with the same figures,
     * without making one: the scene reads it every frame.
     */
    public static long savedBytes(long seqLen, long heads, long batch, int tile, int activationBytes, long capBytes) {
        long without = withoutBytes(seqLen, heads, batch, activationBytes);
        return Math.max(0, Math.min(without - withBytes(heads, batch, tile, activationBytes), capBytes));
    }

    private static long withoutBytes(long seqLen, long heads, long batch, int activationBytes) {
        long chunk = Math.min(seqLen, QUERY_CHUNK);
        return Saturating.multiply(Saturating.multiply(chunk, seqLen),
                Saturating.multiply(heads * batch, activationBytes));
    }

    /** {@link #bytesWith()} of a workspace made with the same figures, without making one. */
    public static long withBytes(long heads, long batch, int tile, int activationBytes) {
        return Saturating.multiply((long) tile * tile, Saturating.multiply(heads * batch, activationBytes));
    }

    private FlashAttentionWorkspace(long without, long with, long saved, long scoreMatrix) {
        this.without = without;
        this.with = with;
        this.saved = saved;
        this.scoreMatrix = scoreMatrix;
    }

    /** One of {@code parts} equal shares, rounded up: a compiler spreading every head's work over that many chips. */
    public FlashAttentionWorkspace share(long parts) {
        long n = Math.max(1, parts);
        return new FlashAttentionWorkspace(ceilDiv(without, n), ceilDiv(with, n), ceilDiv(saved, n),
                ceilDiv(scoreMatrix, n));
    }

    static long ceilDiv(long bytes, long n) {
        return bytes / n + (bytes % n == 0 ? 0 : 1);
    }

    public long bytesWithout() {
        return without;
    }

    public long bytesWith() {
        return with;
    }

    public long savedBytes() {
        return saved;
    }

    /** The n x n scores of one layer for all heads and sequences, had they been materialised. */
    public long scoreMatrixBytes() {
        return scoreMatrix;
    }
}
