package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Stepping from stripe to stripe finds the same block as dividing each midpoint's offset. */
class StripeBlocksTest {
    @Test
    void everyStepLandsInTheBlockTheDivisionGives() {
        Random random = new Random(27);
        StripeBlocks blocks = new StripeBlocks(MemoryMap.STRIPES);
        long[] bankSizes = {1L << 20, 1L << 26, 1L << 28, 3L << 20, 1_000_003L, 1L << 34};
        long[] blockSizes = {1, 7, 4096, 16L * 131_072, 2_097_152, 5_000_011, 1L << 30, 1L << 36};
        for (long bankBytes : bankSizes) {
            for (long blockBytes : blockSizes) {
                long stateEnd = (long) (random.nextDouble() * bankBytes * 40);
                blocks.reset(bankBytes, blockBytes);
                int checked = 0;
                for (int bank = 0; bank < 600; bank++) {
                    for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                        long address = bank * bankBytes + blocks.midpoint(stripe);
                        if (address < stateEnd) {
                            continue;
                        }
                        long offset = address - stateEnd;
                        assertEquals(offset / blockBytes, blocks.next(offset, stripe),
                                "bank " + bankBytes + " B, block " + blockBytes + " B, bank " + bank + " stripe " + stripe);
                        checked++;
                    }
                }
                assertEquals(true, checked > 1000, "the run reached the KV region: " + checked);
            }
        }
    }

    @Test
    void midpointsAreTheStripesCentres() {
        StripeBlocks blocks = new StripeBlocks(4);
        blocks.reset(1L << 28, 2_097_152);
        assertEquals(1L << 25, blocks.midpoint(0));
        assertEquals(7L << 25, blocks.midpoint(3));
    }
}
