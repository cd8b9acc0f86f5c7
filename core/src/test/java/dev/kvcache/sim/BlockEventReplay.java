package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.TreeMap;

/**
 * A view's copy of who owns which blocks, kept only from the simulation's events: a block run is
 * taken (no block owned twice) or freed (only by its owner), and a rebuild forgets everything.
 * {@link #matches} then compares the copy with the allocator, so events that lose, invent or
 * misname a range fail the test.
 */
final class BlockEventReplay {
    /** Owned runs by first block: {end (exclusive), owner}. Adjacent runs are not merged. */
    private final TreeMap<Long, long[]> runs = new TreeMap<>();
    private long ownedBlocks;

    /** Applies every pending event; call before the queue is cleared. */
    void replay(SimEventQueue events) {
        for (int i = 0; i < events.size(); i++) {
            SimEvent e = events.get(i);
            if (e.type() == SimEventType.REBUILT) {
                runs.clear();
                ownedBlocks = 0;
            } else if (e.type() == SimEventType.BLOCKS_ALLOCATED) {
                take(e.slot(), e.startBlock(), e.blockCount());
            } else if (e.type() == SimEventType.BLOCKS_FREED) {
                free(e.slot(), e.startBlock(), e.blockCount());
            }
        }
    }

    private void take(int slot, long start, long count) {
        assertTrue(count > 0 && start >= 0, "allocated run " + start + "+" + count);
        Map.Entry<Long, long[]> below = runs.floorEntry(start);
        Map.Entry<Long, long[]> above = runs.ceilingEntry(start);
        if ((below != null && below.getValue()[0] > start) || (above != null && above.getKey() < start + count)) {
            fail("slot " + slot + " took blocks " + start + "+" + count + " that someone already owns");
        }
        runs.put(start, new long[] {start + count, slot});
        ownedBlocks += count;
    }

    private void free(int slot, long start, long count) {
        long end = start + count;
        long cursor = start;
        Map.Entry<Long, long[]> run = runs.floorEntry(start);
        if (run == null || run.getValue()[0] <= start) {
            run = runs.ceilingEntry(start);
        }
        while (cursor < end) {
            if (run == null || run.getKey() > cursor || run.getValue()[1] != slot) {
                fail("slot " + slot + " freed blocks " + start + "+" + count + " it does not own (at " + cursor + ")");
            }
            long runStart = run.getKey();
            long runEnd = run.getValue()[0];
            runs.remove(runStart);
            if (runStart < cursor) {
                runs.put(runStart, new long[] {cursor, slot});
            }
            if (runEnd > end) {
                runs.put(end, new long[] {runEnd, slot});
            }
            cursor = Math.min(runEnd, end);
            run = runs.ceilingEntry(cursor);
        }
        ownedBlocks -= count;
    }

    /** True when the replayed runs cover exactly what the allocator says each slot owns. */
    void matches(BlockMap blocks, String where) {
        // Cached prefix blocks nobody uses count as free, but their chain still owns them.
        assertEquals(blocks.usedBlocks() + blocks.prefixChains().cachedIdleBlocks(), ownedBlocks,
                "blocks owned according to the events" + where);
        blocks.visitExtents(new ExtentVisitor() {
            @Override
            public void extent(int owner, long startBlock, long blockCount) {
                if (owner == FREE) {
                    return;
                }
                long cursor = startBlock;
                while (cursor < startBlock + blockCount) {
                    long[] run = runs.get(cursor);
                    if (run == null || run[1] != owner) {
                        fail("extent " + startBlock + "+" + blockCount + " of slot " + owner
                                + " is not what the events said at block " + cursor + where);
                    }
                    cursor = run[0];
                }
                assertEquals(startBlock + blockCount, cursor, "run crosses the end of an extent" + where);
            }
        });
    }
}
