package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.units.Saturating;
import org.junit.jupiter.api.Test;

/** The shift that counts blocks gives what rounding up a division gives, at every edge. */
class BlockSizeTest {
    @Test
    void blocksAreTokensRoundedUpToWholeBlocks() {
        assertEquals(0, BlockSize.blocksFor(0));
        assertEquals(1, BlockSize.blocksFor(1));
        assertEquals(1, BlockSize.blocksFor(16));
        assertEquals(2, BlockSize.blocksFor(17));
        assertEquals(8_192, BlockSize.blocksFor(131_072));
        assertEquals(6_250_000, BlockSize.blocksFor(100_000_000));
        for (long tokens = 1; tokens < 5_000; tokens++) {
            assertEquals(Saturating.ceilDiv(tokens, BlockSize.TOKENS_PER_BLOCK), BlockSize.blocksFor(tokens), "" + tokens);
        }
        assertEquals(Saturating.ceilDiv(Long.MAX_VALUE, 16), BlockSize.blocksFor(Long.MAX_VALUE));
    }
}
