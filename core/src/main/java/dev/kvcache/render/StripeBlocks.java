package dev.kvcache.render;

/**
 * The KV block under each of a run of consecutive stripe midpoints (stripe after stripe, bank after
 * bank), by stepping a quotient and remainder: one 64-bit division for the first stripe and a few
 * per update for the steps, not one per stripe. In the browser 64-bit division is emulated, and it was
 * half of {@link MemoryMap#update}'s time.
 */
final class StripeBlocks {
    private final int stripes;
    /** Each stripe's midpoint from its bank's start (bytes). */
    private final long[] midpoint;
    /** Each stripe's step from the stripe before it (stripe 0: from the last of the bank before), in whole blocks and bytes left. */
    private final long[] stepBlocks;
    private final long[] stepBytes;
    private long blockBytes;
    /** The last stripe's block and its offset into it; -1 before the first. */
    private long block = -1;
    private long intoBlock;

    StripeBlocks(int stripes) {
        this.stripes = stripes;
        midpoint = new long[stripes];
        stepBlocks = new long[stripes];
        stepBytes = new long[stripes];
    }

    /** Starts a new run over banks of {@code bankBytes} and blocks of {@code blockBytes} (none when 0 or less). */
    void reset(long bankBytes, long blockBytes) {
        this.blockBytes = blockBytes;
        block = -1;
        for (int stripe = 0; stripe < stripes; stripe++) {
            midpoint[stripe] = (2L * stripe + 1) * bankBytes / (2L * stripes);
        }
        for (int stripe = 0; stripe < stripes; stripe++) {
            long step = stripe > 0 ? midpoint[stripe] - midpoint[stripe - 1]
                    : bankBytes + midpoint[0] - midpoint[stripes - 1];
            stepBlocks[stripe] = blockBytes > 0 ? step / blockBytes : 0;
            stepBytes[stripe] = blockBytes > 0 ? step - stepBlocks[stripe] * blockBytes : 0;
        }
    }

    /** Where {@code stripe} samples its bank, in bytes from the bank's start. */
    long midpoint(int stripe) {
        return midpoint[stripe];
    }

    /**
     * The block {@code offset} bytes fall in ({@code offset / blockBytes}), for the stripe right after
     * the one asked last (any stripe, the first time after {@link #reset}); needs blocks of 1 byte or more.
     */
    long next(long offset, int stripe) {
        if (block < 0) {
            block = offset / blockBytes;
            intoBlock = offset - block * blockBytes;
            return block;
        }
        block += stepBlocks[stripe];
        intoBlock += stepBytes[stripe];
        if (intoBlock >= blockBytes) {
            intoBlock -= blockBytes;
            block++;
        }
        return block;
    }
}
