package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The extent table: FIFO free queue, interleaving, merging, growth. */
class ExtentTableTest {
    private static final BlockListener IGNORE = new BlockListener() {
        @Override
        public void blocksAllocated(int slot, long startBlock, long blockCount) {
        }

        @Override
        public void blocksFreed(int slot, long startBlock, long blockCount) {
        }
    };

    private static String layout(BlockMap map) {
        final StringBuilder out = new StringBuilder();
        map.visitExtents(new ExtentVisitor() {
            @Override
            public void extent(int owner, long startBlock, long blockCount) {
                out.append(owner == FREE ? "." : Integer.toString(owner)).append(blockCount).append(' ');
            }
        });
        return out.toString().trim();
    }

    @Test
    void slotsGrowingInTurnInterleaveAndFreedBlocksAreReusedOldestFirst() {
        PagedAllocator pages = new PagedAllocator(4, IGNORE);
        pages.reset(100);
        pages.growTo(0, 10);
        pages.growTo(1, 10);
        pages.growTo(0, 15);
        pages.growTo(1, 12);
        assertEquals("010 110 05 12 .73", layout(pages));
        pages.release(0);
        assertEquals(".10 110 .5 12 .73", layout(pages));
        pages.growTo(2, 12);
        // The oldest free run is the untouched tail, then the freed runs in the order freed.
        assertEquals(".10 110 .5 12 212 .61", layout(pages));
        assertNull(pages.checkInvariants());
        pages.release(1);
        pages.release(2);
        assertEquals(".100", layout(pages));
        assertEquals(1, pages.extentCount());
        assertNull(pages.checkInvariants());
    }

    @Test
    void aFreedExtentBetweenTwoFreeOnesJoinsThemInTheLowerOnesPlaceInTheQueue() {
        PagedAllocator pages = new PagedAllocator(4, IGNORE);
        pages.reset(30);
        for (int slot = 0; slot < 4; slot++) {
            pages.growTo(slot, 5);
        }
        pages.release(2); // queue: the untouched tail, then blocks 10-15
        pages.release(0); // then blocks 0-5
        pages.release(1); // 5-10 joins both: one extent 0-15, in the place of 0-5, behind 10-15's
        assertEquals(".15 35 .10", layout(pages));
        assertEquals(3, pages.extentCount());
        assertNull(pages.checkInvariants());
        // The tail is still the oldest free extent: slot 3 takes all of it (joining its own extent),
        // then the first two blocks of the merged one.
        pages.growTo(3, 17);
        assertEquals("32 .13 315", layout(pages));
        assertNull(pages.checkInvariants());
    }

    @Test
    void shrinkingFreesTheNewestBlocksAndGrowthAppendsFreeSpace() {
        PagedAllocator pages = new PagedAllocator(4, IGNORE);
        pages.reset(20);
        pages.growTo(0, 8);
        pages.growTo(1, 4);
        pages.growTo(0, 12);
        pages.shrinkTo(0, 6);
        assertEquals("06 .2 14 .8", layout(pages));
        assertEquals(false, pages.growTo(1, 20));
        pages.extendTo(40);
        assertEquals("06 .2 14 .28", layout(pages));
        assertEquals(true, pages.growTo(1, 20));
        assertNull(pages.checkInvariants());
    }

    @Test
    void contiguousReservationsFirstFitAndLeaveHoles() {
        ContiguousAllocator regions = new ContiguousAllocator(4, IGNORE);
        regions.reset(100);
        regions.admit(0, 1, 30);
        regions.admit(1, 1, 30);
        regions.admit(2, 1, 30);
        regions.release(1);
        assertEquals(false, regions.admit(3, 1, 35));
        assertEquals(AdmissionBlock.NO_CONTIGUOUS_HOLE, regions.refusal(1, 35));
        // The 10 free blocks at the end plus 25 more make a 35-block hole.
        assertEquals(125L, regions.capacityToAdmit(1, 35));
        regions.admit(3, 1, 25);
        assertEquals("030 325 .5 230 .10", layout(regions));
        assertNull(regions.checkInvariants());
    }
}
