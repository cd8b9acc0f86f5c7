package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prefix caching and KV offload together: a preempted sequence that shares a prefix sends only its
 * own blocks to host memory; the prefix's full blocks stay on the GPU, still referenced by the other
 * users or cached and evictable, as vLLM's KVCacheManager.free leaves them. On its return it looks
 * the prefix up again (re-prefilling what was evicted meanwhile) and reloads its own blocks.
 */
class PrefixOffloadRunTest {
    private static final int TICKS_PER_RUN = 2500;
    private static final long[] CONTEXTS = {200_000L, 1_000_000L, 2_000_000L};
    private static final long[] HOST_GIB = {1, 16, 4096};
    private static final PrefixWorkload[] PRESETS = {PrefixWorkload.CHAT, PrefixWorkload.RAG, PrefixWorkload.AGENT};

    private long sharingOffloads;
    private long sharingReloads;
    private long reloadsPrefixCached;
    private long reloadsPrefixRecomputed;
    private long offloadsWhilePrefixStillUsed;

    @Test
    void sharingSequencesOffloadOnlyTheirOwnBlocksAndEveryInvariantHolds() {
        SplitMix64 dice = new SplitMix64(1519L);
        for (PrefixWorkload preset : PRESETS) {
            for (BatchingMode batching : BatchingMode.values()) {
                for (String model : FakeSpecs.MODELS) {
                    SimSettings start = FakeSpecs.settings(model).batching(batching).prefix(preset)
                            .gpuCount(GpuCount.fixed(1)).batch(8 + (int) dice.nextLong(25))
                            .contextTokens(CONTEXTS[(int) dice.nextLong(CONTEXTS.length)])
                            .offload(Offload.of(HOST_GIB[(int) dice.nextLong(HOST_GIB.length)], OffloadLink.PCIE5))
                            .seed(dice.nextLong()).build();
                    run(FakeSpecs.simulation(start), dice);
                }
            }
        }
        // Both of a return's cases: the prefix still cached, and evicted meanwhile (prefilled again).
        assertTrue(sharingOffloads > 1000 && sharingReloads > 1000 && reloadsPrefixCached > 100
                        && reloadsPrefixRecomputed > 5 && offloadsWhilePrefixStillUsed > 50,
                "exercised: sharing offloads " + sharingOffloads + " (" + offloadsWhilePrefixStillUsed
                        + " while others used the prefix), reloads " + sharingReloads + " (prefix cached "
                        + reloadsPrefixCached + ", re-prefilled " + reloadsPrefixRecomputed + ")");
    }

    private void run(Simulation sim, SplitMix64 dice) {
        Map<Long, Long> away = new HashMap<>();
        for (int t = 0; t < TICKS_PER_RUN; t++) {
            if (dice.nextLong(200) == 0) {
                randomCommand(sim, dice);
                away.clear();
            }
            long hostBefore = sim.host().usedBlocks();
            sim.step();
            SimInvariants.check(sim);
            OffloadRunTest.checkHost(sim);
            long movedOut = 0;
            for (int i = 0; i < sim.waitingCount(); i++) {
                Sequence s = (Sequence) sim.waiting(i);
                if (s.hostBlocks() > 0 && s.prefixChain() >= 0 && !away.containsKey(s.id())) {
                    away.put(s.id(), s.sharedBlocks());
                    movedOut += s.hostBlocks();
                    sharingOffloads++;
                    // Its prefix stayed on the GPU whole while others use it; unused, it is evictable and
                    // the growth that preempted it may already have taken some of it back.
                    PrefixCacheView chains = sim.blocks().prefixChains();
                    if (chains.references(s.prefixChain()) > 0) {
                        assertTrue(chains.chainBlocks(s.prefixChain()) >= s.sharedBlocks(),
                                "a used prefix left the GPU with an offloaded user at tick " + sim.tick());
                        offloadsWhilePrefixStillUsed++;
                    }
                }
            }
            for (int slot = 0; slot < sim.slotCount(); slot++) {
                Sequence s = (Sequence) sim.sequenceInSlot(slot);
                if (s == null || !away.containsKey(s.id()) || s.admittedTick() != sim.tick() - 1) {
                    continue;
                }
                long sharedTokens = away.remove(s.id()) * BlockSize.TOKENS_PER_BLOCK;
                sharingReloads++;
                assertTrue(s.cachedTokens() <= sharedTokens, "a reload finds at most its prefix cached");
                if (s.cachedTokens() == sharedTokens) {
                    reloadsPrefixCached++;
                } else {
                    reloadsPrefixRecomputed++;
                }
            }
            // The host gained at most the own blocks of the sequences that just left (reloads only take away).
            assertTrue(sim.host().usedBlocks() - hostBefore <= movedOut, "host grew by more than own blocks");
            sim.events().clear();
        }
    }

    private static void randomCommand(Simulation sim, SplitMix64 dice) {
        OffloadRunTest.randomCommand(sim, dice, HOST_GIB, (b, d) -> b.prefix(PRESETS[(int) d.nextLong(PRESETS.length)]));
    }
}
