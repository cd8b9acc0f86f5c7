package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Prefix caching worked by hand: block counts, reference counts, eviction order, hit rate, the bytes
 * sharing saves (2 MiB blocks: 16 tokens of 131,072 B, Llama-3.1-8B at BF16) and the prefill skipped.
 */
class PrefixCacheTest {
    private static final long BLOCK_BYTES = 16 * 131_072L;
    private static final BlockListener QUIET = new BlockListener() {
        @Override
        public void blocksAllocated(int slot, long startBlock, long blockCount) {
        }

        @Override
        public void blocksFreed(int slot, long startBlock, long blockCount) {
        }
    };

    @Test
    void twoSequencesShareAPrefixOnceAndItStaysCachedUntilThePoolNeedsIt() {
        PagedAllocator pool = (PagedAllocator) KvBlockAllocator.create(PagingMode.PAGED, 2, QUIET);
        pool.reset(100);
        PrefixCache cache = pool.prefixCache();
        // The first request prefills its 4 prefix blocks into chain 0 and holds 2 of its own.
        assertEquals(0, pool.admitSharing(0, 0, 0L, 4, 2));
        assertEquals(6, pool.usedBlocks());
        // The second finds all 4 cached and takes only its own 3: 9 blocks, not 13.
        assertEquals(4, pool.admitSharing(1, 0, 0L, 4, 3));
        assertEquals(9, pool.usedBlocks());
        assertEquals(2, cache.references(0));
        assertEquals(4, cache.savedBlocks(), "8 prefix blocks in two copies, 4 held");
        assertEquals(8_388_608L, cache.savedBlocks() * BLOCK_BYTES);
        assertNull(pool.checkInvariants());

        pool.releaseSharing(0, 0, 4);
        assertEquals(1, cache.references(0));
        assertEquals(7, pool.usedBlocks(), "the prefix stays while the second uses it");
        pool.releaseSharing(1, 0, 4);
        assertEquals(0, cache.references(0));
        assertEquals(0, pool.usedBlocks());
        assertEquals(4, cache.cachedIdleBlocks(), "the prefix is cached, evictable");
        assertEquals(100, pool.freeBlocks(), "evictable blocks count as free");
        assertNull(pool.checkInvariants());

        // A request of another prefix needs 98 blocks: 96 never-cached ones go first, then 2 of the
        // cached prefix's, from its last block back.
        assertEquals(0, pool.admitSharing(2, 1, 0L, 90, 8));
        assertEquals(2, cache.evictedBlocks());
        assertEquals(2, cache.chainBlocks(0));
        assertEquals(2, cache.cachedIdleBlocks());
        // The prefix's first 2 blocks are still there for the next request of it.
        pool.releaseSharing(2, 1, 90);
        assertEquals(2, pool.admitSharing(3, 0, 0L, 4, 1));
        assertEquals(4, cache.chainBlocks(0), "it prefilled the 2 evicted blocks again");
        assertNull(pool.checkInvariants());
    }

    @Test
    void theLeastRecentlyUsedPrefixIsEvictedFirst() {
        PagedAllocator pool = (PagedAllocator) KvBlockAllocator.create(PagingMode.PAGED, 3, QUIET);
        pool.reset(20);
        PrefixCache cache = pool.prefixCache();
        pool.admitSharing(0, 0, 0L, 5, 0);
        pool.admitSharing(1, 1, 0L, 5, 0);
        pool.releaseSharing(1, 1, 5);
        pool.releaseSharing(0, 0, 5);
        // Chain 1 was left first, so it goes first.
        assertEquals(0, pool.admitSharing(2, 2, 0L, 13, 0));
        assertEquals(2, cache.chainBlocks(1));
        assertEquals(5, cache.chainBlocks(0));
        assertNull(pool.checkInvariants());
    }

    @Test
    void aRefusedAdmissionTakesNothing() {
        PagedAllocator pool = (PagedAllocator) KvBlockAllocator.create(PagingMode.PAGED, 1, QUIET);
        pool.reset(10);
        assertEquals(0, pool.admitSharing(0, 0, 0L, 6, 2));
        // 6 cached + 2 own of 10: a second user needs 5 of its own, and 2 are free.
        assertEquals(-1, pool.admitSharing(1, 0, 0L, 6, 5));
        assertEquals(1, pool.prefixCache().references(0));
        assertEquals(8, pool.usedBlocks());
        assertEquals(13, pool.capacityToAdmitSharing(0, 0L, 6, 5));
    }

    @Test
    void aChatBatchHitsTheSystemPromptAfterTheFirstRequest() {
        SimSettings settings = FakeSpecs.settings(FakeSpecs.DENSE).batch(4).contextTokens(131_072)
                .prefix(PrefixWorkload.CHAT).seed(7L).build();
        Simulation sim = FakeSpecs.simulation(settings);
        sim.step();
        PrefixCacheView chains = sim.blocks().prefixChains();
        long prompts = 0;
        long ownBlocks = 0;
        for (int slot = 0; slot < 4; slot++) {
            SequenceView s = sim.sequenceInSlot(slot);
            prompts += s.promptTokens();
            ownBlocks += sim.blocks().blocksHeld(slot);
            assertEquals(BlockSize.blocksFor(s.tokens()) - 128, sim.blocks().blocksHeld(slot), "2,048 tokens are shared");
        }
        // The first admission prefills the 2,048-token system prompt (128 blocks); the other three find it.
        assertEquals(3 * 2048, chains.hitTokens());
        assertEquals(3 * 2048, chains.prefillTokensSkipped());
        assertEquals(prompts, chains.queriedTokens());
        assertEquals(6144.0 / prompts, chains.hitRate(), 1e-12);
        assertEquals(4, chains.references(0));
        assertEquals(128, chains.chainBlocks(0));
        assertEquals(128 + ownBlocks, sim.blocks().usedBlocks());
        // Four copies of 128 blocks held as one: 384 blocks of 2 MiB saved.
        assertEquals(384, chains.savedBlocks());
        assertEquals(805_306_368L, chains.savedBlocks() * BLOCK_BYTES);
        SimInvariants.check(sim);
    }

    @Test
    void aCachedSystemPromptCostsNoPrefillSoTheFirstTokenComesSooner() {
        final double perPromptToken = 0.0001;
        StepTimer byHand = new StepTimer() {
            @Override
            public void time(int gpus, TickWork work, TickTime out) {
                double prefill = work.prefillTokens() * perPromptToken;
                out.set(prefill + (work.sequences() > 0 ? work.decodeSteps() * 0.01 : 0), prefill, BoundBy.COMPUTE);
            }
        };
        SimSettings settings = FakeSpecs.settings(FakeSpecs.DENSE).batch(2).contextTokens(131_072)
                .prefix(PrefixWorkload.CHAT).requestLimit(2).seed(5L).build();
        Simulation sim = new Simulation(s -> MemorySpec.builder().usableBytesPerGpu(80 * FakeSpecs.GB)
                .weightBytes(16 * FakeSpecs.GB).growingKvBytesPerToken(131_072L).timer(byHand).build(), settings);
        sim.step();
        long prompts = sim.sequenceInSlot(0).promptTokens() + sim.sequenceInSlot(1).promptTokens();
        for (int t = 0; t < 10_000 && !sim.isWorkloadDone(); t++) {
            sim.step();
        }
        // Both arrive at 0 and are prefilled in the first tick; the second finds the 2,048-token prompt cached.
        double ttft = (prompts - 2048) * perPromptToken;
        assertEquals(2, sim.serving().requestsTimed());
        assertEquals(ttft, sim.serving().recentTtftSeconds(0), 1e-9);
        assertEquals(ttft, sim.serving().recentTtftSeconds(1), 1e-9);
    }

    @Test
    void promptTokensFoundCachedAreNotPrefilled() {
        TickWork work = new TickWork();
        work.addPrompt(2176, 2048, 0);
        assertEquals(128, work.prefillTokens());
        // The 128 new tokens attend to 2,049 .. 2,176 tokens each: 2176 x 2177 / 2 - 2048 x 2049 / 2.
        assertEquals(270_400.0, work.prefillPairs(), 0.0);
        work.clear();
        work.addPrompt(2176, 2048, 1024);
        assertEquals(128 * 1024.0, work.prefillCappedPairs(), 0.0);
    }

    @Test
    void pagingOffOrAnEvictionBoundRunsWithoutPrefixCaching() {
        SimSettings paged = FakeSpecs.settings(FakeSpecs.DENSE).prefix(PrefixWorkload.RAG).build();
        assertSame(PrefixWorkload.RAG, PrefixWorkload.runIn(paged));
        assertSame(PrefixWorkload.NONE, PrefixWorkload.runIn(paged.toBuilder().paging(PagingMode.CONTIGUOUS).build()));
        assertSame(PrefixWorkload.NONE, PrefixWorkload.runIn(paged.toBuilder().eviction(Eviction.budget(4096)).build()));
        Simulation sim = FakeSpecs.simulation(paged.toBuilder().paging(PagingMode.CONTIGUOUS).build());
        sim.step();
        assertEquals(0, sim.blocks().prefixChains().chainCount());
    }

    @Test
    void agentsSendTheirGrowingHistoryAtAHundredInputTokensPerOutputToken() {
        SimSettings settings = FakeSpecs.settings(FakeSpecs.DENSE).batch(2).contextTokens(101_000)
                .prefix(PrefixWorkload.AGENT).requestLimit(6).build();
        Simulation sim = FakeSpecs.simulation(settings);
        sim.step();
        // Requests 1 and 2 are the first calls of agents 0 and 1: a fiftieth of 100,000 input tokens.
        assertEquals(2000, sim.sequenceInSlot(0).promptTokens());
        assertEquals(2020, sim.sequenceInSlot(0).targetTokens());
        PrefixCacheView chains = sim.blocks().prefixChains();
        assertEquals(0, chains.hitTokens(), "nothing cached yet");
        // They decode their 20 tokens in the next tick and leave; their histories stay cached.
        sim.step();
        assertEquals(2 * 125, chains.cachedIdleBlocks());
        assertEquals(4000, sim.waiting(0).promptTokens(), "agent 0's second call: twice the history");
        // The second calls find their first 2,000 tokens (125 blocks) cached and prefill the next 2,000.
        sim.step();
        assertEquals(2 * 2000, chains.hitTokens());
        assertEquals(2000 + 2000 + 4000 + 4000, chains.queriedTokens());
        assertEquals(1.0 / 3.0, chains.hitRate(), 1e-12);
        assertEquals(250, chains.chainBlocks(0));
        assertEquals(1, chains.references(0));
        SimInvariants.check(sim);
    }
}
