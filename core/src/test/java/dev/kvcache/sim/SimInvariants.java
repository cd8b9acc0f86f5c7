package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants every test checks after every tick. */
final class SimInvariants {
    private SimInvariants() {
    }

    static void check(Simulation sim) {
        String where = " at tick " + sim.tick() + " " + describe(sim.settings());
        assertNull(sim.checkAllocatorInvariants(), "allocator" + where);
        BlockMap blocks = sim.blocks();
        assertEquals(blocks.capacityBlocks(), blocks.usedBlocks() + blocks.freeBlocks(), "used + free" + where);
        PrefixCacheView chains = blocks.prefixChains();
        int[] users = new int[chains.chainCount()];
        long[] sharedNeeded = new long[chains.chainCount()];
        long held = 0;
        for (int slot = 0; slot < SimSettings.MAX_BATCH; slot++) {
            SequenceView s = slot < sim.slotCount() ? sim.sequenceInSlot(slot) : null;
            if (s == null) {
                assertEquals(0L, blocks.blocksHeld(slot), "empty slot " + slot + " holds blocks" + where);
                continue;
            }
            assertEquals(slot, s.colourSlot());
            assertTrue(s.tokens() >= 0 && s.tokens() <= s.targetTokens(), "tokens in range" + where);
            assertTrue(s.targetTokens() <= s.maxTokens() && s.maxTokens() <= sim.settings().contextTokens(),
                    "target <= max <= context" + where);
            // Under an eviction bound a sequence holds the blocks of the tokens it keeps, no more.
            Eviction eviction = sim.settings().eviction();
            long expected = blocks.paging() == PagingMode.PAGED
                    ? BlockSize.blocksFor(eviction.keptTokens(s.tokens()))
                    : BlockSize.blocksFor(eviction.keptTokens(s.maxTokens()));
            // A shared prefix's full blocks are its chain's, held once: the slot holds the rest.
            Sequence sequence = (Sequence) s;
            if (sequence.prefixChain() >= 0 && chains.chainCount() > 0) {
                expected = Math.max(0L, expected - sequence.sharedBlocks());
                users[sequence.prefixChain()]++;
                sharedNeeded[sequence.prefixChain()] = Math.max(sharedNeeded[sequence.prefixChain()], sequence.sharedBlocks());
            }
            assertEquals(expected, blocks.blocksHeld(slot), "blocks of slot " + slot + where);
            assertTrue(s.reservedBytes() >= s.usedBytes(), "reserved >= used" + where);
            held += blocks.blocksHeld(slot);
        }
        for (int c = 0; c < chains.chainCount(); c++) {
            // Reference counts: one per sequence using the chain, and none of its blocks freed while used.
            assertEquals(users[c], chains.references(c), "users of prefix chain " + c + where);
            assertTrue(chains.chainBlocks(c) >= sharedNeeded[c], "prefix chain " + c + " lost blocks in use" + where);
            held += chains.references(c) > 0 ? chains.chainBlocks(c) : 0;
        }
        assertEquals(blocks.usedBlocks(), held, "blocks leaked" + where);
        assertTrue(chains.cachedIdleBlocks() <= blocks.freeBlocks(), "evictable blocks are free blocks" + where);
        MemoryUsage m = sim.memory();
        assertTrue(m.usedBytesPerGpu() >= 0 && m.capacityBytesPerGpu() > 0 && m.wasteBytes() >= 0, "sizes" + where);
        assertTrue(m.kvUsedBytes() >= 0 && m.kvReservedBytes() >= 0 && m.blockWasteBytes() >= 0, "kv sizes" + where);
        assertFalse(Double.isNaN(m.usageFraction()) || Double.isInfinite(m.usageFraction()), "usage" + where);
        assertTrue(m.gpuCount() >= 1 && m.gpusNeeded() >= 1, "gpus" + where);
        for (int i = 0; i < sim.waitingCount(); i++) {
            assertEquals(SequenceState.WAITING, sim.waiting(i).state());
        }
    }

    static String describe(SimSettings s) {
        return s.modelId() + " batch=" + s.batch() + " ctx=" + s.contextTokens() + " " + s.batching() + " "
                + s.paging() + " " + s.flash() + " " + s.weights() + " gpus=" + s.gpuCount() + " evict=" + s.eviction() + " prefix=" + s.prefix();
    }
}
