package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * KV offload in the simulation: randomized runs keep the GPU and host tiers' blocks in agreement with
 * the sequences, and offload changes where a preempted cache waits and what its return costs, never
 * the schedule.
 */
class OffloadRunTest {
    private static final int TICKS_PER_RUN = 3000;
    private static final long[] CONTEXTS = {32_768L, 200_000L, 1_000_000L, 2_000_000L};
    /** A host too small for most caches (they fall back to recompute), one that takes some, one that takes all. */
    private static final long[] HOST_GIB = {1, 8, 4096};

    private long offloads;
    private long reloads;
    private long recomputed;

    @Test
    void randomizedRunsKeepBothTiersInAgreementWithTheSequences() {
        SplitMix64 dice = new SplitMix64(715L);
        for (BatchingMode batching : BatchingMode.values()) {
            for (PagingMode paging : PagingMode.values()) {
                for (String model : FakeSpecs.MODELS) {
                    SimSettings start = FakeSpecs.settings(model).batching(batching).paging(paging)
                            .gpuCount(GpuCount.fixed(1)).batch(8 + (int) dice.nextLong(25))
                            .contextTokens(CONTEXTS[(int) dice.nextLong(CONTEXTS.length)])
                            .offload(Offload.of(HOST_GIB[(int) dice.nextLong(HOST_GIB.length)], OffloadLink.PCIE5))
                            .seed(dice.nextLong()).build();
                    run(FakeSpecs.simulation(start), dice);
                }
            }
        }
        assertTrue(offloads > 100 && reloads > 100 && recomputed > 10,
                "exercised: offloads " + offloads + ", reloads " + reloads + ", recomputed " + recomputed);
    }

    @Test
    void offloadMovesEveryPreemptedCacheWithoutChangingTheSchedule() {
        SimSettings off = FakeSpecs.settings(FakeSpecs.DENSE).gpuCount(GpuCount.fixed(1)).batch(24)
                .contextTokens(200_000L).seed(9L).build();
        Simulation recompute = FakeSpecs.simulation(off);
        Simulation swap = FakeSpecs.simulation(off.toBuilder().offload(Offload.of(4096, OffloadLink.PCIE4)).build());
        for (int t = 0; t < 2000; t++) {
            recompute.step();
            swap.step();
            assertEquals(recompute.blocks().usedBlocks(), swap.blocks().usedBlocks(), "GPU blocks at tick " + t);
            assertEquals(recompute.finishedCount(), swap.finishedCount(), "finished at tick " + t);
            checkHost(swap);
        }
        assertTrue(recompute.preemptionCount() > 20, "the pool must be short: " + recompute.preemptionCount());
        // Every preemption became an offload: none is left to recompute.
        assertEquals(recompute.preemptionCount(), swap.host().offloads());
        assertEquals(0L, swap.preemptionCount());
        assertEquals(0L, recompute.host().capacityBlocks());
    }

    private void run(Simulation sim, SplitMix64 dice) {
        checkHost(sim);
        for (int t = 0; t < TICKS_PER_RUN; t++) {
            if (dice.nextLong(1000) == 0) {
                randomCommand(sim, dice);
                checkHost(sim);
            }
            long before = sim.host().offloads();
            long reloadedBefore = sim.host().reloads();
            long preemptedBefore = sim.preemptionCount();
            sim.step();
            SimInvariants.check(sim);
            checkHost(sim);
            offloads += sim.host().offloads() - before;
            reloads += Math.max(0, sim.host().reloads() - reloadedBefore);
            recomputed += Math.max(0, sim.preemptionCount() - preemptedBefore);
            sim.events().clear();
        }
    }

    private static void randomCommand(Simulation sim, SplitMix64 dice) {
        randomCommand(sim, dice, HOST_GIB, (b, d) -> b.batch(1 + (int) d.nextLong(32)));
    }

    /**
     * One of four commands, picked by {@code dice}: a jump to a random token count, a host of one of
     * {@code hostGib}, the test's own change of the settings ({@code own}), or a reset.
     */
    static void randomCommand(Simulation sim, SplitMix64 dice, long[] hostGib,
            BiConsumer<SimSettings.Builder, SplitMix64> own) {
        SimSettings.Builder b = sim.settings().toBuilder();
        switch ((int) dice.nextLong(4)) {
            case 0:
                sim.jumpToTokens(dice.nextLong(sim.settings().contextTokens() + 1));
                return;
            case 1:
                sim.apply(b.offload(sim.settings().offload().withGib(hostGib[(int) dice.nextLong(hostGib.length)]))
                        .build());
                return;
            case 2:
                own.accept(b, dice);
                sim.apply(b.build());
                return;
            default:
                sim.reset();
        }
    }

    /**
     * The host never holds more than its capacity; it holds exactly the blocks of the waiting
     * sequences that left for it, each the blocks of the tokens it keeps but a shared prefix's full
     * blocks (those stay on the GPU); and what went out minus what came back is what it holds.
     */
    static void checkHost(Simulation sim) {
        HostTierView host = sim.host();
        String where = " at tick " + sim.tick() + " " + SimInvariants.describe(sim.settings());
        assertTrue(host.usedBlocks() >= 0 && host.usedBlocks() <= host.capacityBlocks(), "host within capacity" + where);
        assertEquals(sim.hostBlocksWaiting(), host.usedBlocks(), "host blocks = waiting sequences' blocks" + where);
        assertEquals(host.offloadedBlocks() - host.reloadedBlocks(), host.usedBlocks(), "out - in = held" + where);
        for (int i = 0; i < sim.waitingCount(); i++) {
            Sequence s = (Sequence) sim.waiting(i);
            if (s.hostBlocks() > 0) {
                long kept = sim.settings().eviction().keptTokens(s.resumeTokens());
                long own = BlockSize.blocksFor(kept) - s.sharedBlocks();
                assertEquals(own, s.hostBlocks(), "a waiting cache's own blocks" + where);
            }
        }
        if (!sim.settings().offload().isOn()) {
            assertEquals(0L, host.capacityBlocks(), "no host without offload" + where);
        }
    }
}
