package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Long randomized runs over every toggle combination with random commands; invariants after every
 * tick, and the block events replayed into a copy that must match the allocator.
 */
class RandomizedRunTest {
    private static final int TICKS_PER_RUN = 3000;
    private static final long[] CONTEXTS = {4_096L, 32_768L, 200_000L, 2_000_000L, 100_000_000L};
    private static final GpuCount[] GPU_COUNTS = {GpuCount.AUTO, GpuCount.fixed(1), GpuCount.fixed(2)};
    /** Bounds below, at and above a block edge, and none: commands switch between them mid-run. */
    private static final Eviction[] EVICTIONS = {Eviction.NONE, Eviction.window(1_020), Eviction.budget(333),
        Eviction.budget(4_096), Eviction.window(60_000)};

    private long preempted;
    private long finished;
    private long gpuSteps;
    private long commands;
    private boolean evictionCommands;
    private long boundedTicks;
    private long evictionSwitches;
    private boolean prefixCommands;
    private long sharedTicks;
    private long idleCachedTicks;
    private long mostEvicted;
    private long mostHit;

    @Test
    void everyToggleCombinationKeepsTheInvariants() {
        SplitMix64 dice = new SplitMix64(2024L);
        int runs = 0;
        for (BatchingMode batching : BatchingMode.values()) {
            for (PagingMode paging : PagingMode.values()) {
                for (GpuCount gpus : GPU_COUNTS) {
                    for (String model : FakeSpecs.MODELS) {
                        SimSettings start = FakeSpecs.settings(model).batching(batching).paging(paging).gpuCount(gpus)
                                .batch(1 + (int) dice.nextLong(32)).contextTokens(CONTEXTS[(int) dice.nextLong(5)])
                                .seed(dice.nextLong()).build();
                        run(FakeSpecs.simulation(start), dice);
                        runs++;
                    }
                }
            }
        }
        assertEquals(48, runs);
        assertTrue(preempted > 100 && finished > 1000 && gpuSteps > 100 && commands > 1000,
                "exercised: preempted " + preempted + ", finished " + finished + ", GPU steps " + gpuSteps
                        + ", commands " + commands);
    }

    @Test
    void evictionKeepsTheInvariantsAndBoundsEverySequencesBlocks() {
        SplitMix64 dice = new SplitMix64(1515L);
        evictionCommands = true;
        for (BatchingMode batching : BatchingMode.values()) {
            for (PagingMode paging : PagingMode.values()) {
                for (String model : FakeSpecs.MODELS) {
                    Eviction eviction = EVICTIONS[1 + (int) dice.nextLong(EVICTIONS.length - 1)];
                    SimSettings start = FakeSpecs.settings(model).batching(batching).paging(paging)
                            .gpuCount(GPU_COUNTS[(int) dice.nextLong(GPU_COUNTS.length)]).eviction(eviction)
                            .batch(1 + (int) dice.nextLong(32)).contextTokens(CONTEXTS[(int) dice.nextLong(5)])
                            .seed(dice.nextLong()).build();
                    run(FakeSpecs.simulation(start), dice);
                }
            }
        }
        // The invariants (checked every tick) hold each slot to the blocks of its kept tokens; these
        // say the runs got there: sequences outgrew their bound and the bound changed under them.
        assertTrue(boundedTicks > 1000 && evictionSwitches > 20,
                "exercised: ticks past a bound " + boundedTicks + ", eviction switches " + evictionSwitches);
    }

    @Test
    void prefixCachingKeepsReferenceCountsForEveryPreset() {
        SplitMix64 dice = new SplitMix64(1515_15L);
        prefixCommands = true;
        PrefixWorkload[] presets = {PrefixWorkload.CHAT, PrefixWorkload.RAG, PrefixWorkload.AGENT};
        for (PrefixWorkload preset : presets) {
            sharedTicks = 0;
            idleCachedTicks = 0;
            mostEvicted = 0;
            mostHit = 0;
            for (BatchingMode batching : BatchingMode.values()) {
                for (String model : FakeSpecs.MODELS) {
                    SimSettings start = FakeSpecs.settings(model).batching(batching).prefix(preset)
                            .gpuCount(GPU_COUNTS[(int) dice.nextLong(GPU_COUNTS.length)])
                            .batch(2 + (int) dice.nextLong(31)).contextTokens(CONTEXTS[(int) dice.nextLong(3)])
                            .seed(dice.nextLong()).build();
                    run(FakeSpecs.simulation(start), dice);
                }
            }
            // The invariants (every tick) hold the counts; these say each preset shared, cached, hit and evicted.
            assertTrue(sharedTicks > 500 && idleCachedTicks > 100 && mostHit > 0 && mostEvicted > 0,
                    preset + " exercised: ticks sharing " + sharedTicks + ", ticks with idle cached blocks "
                            + idleCachedTicks + ", hit tokens " + mostHit + ", evicted blocks " + mostEvicted);
        }
    }

    private void run(Simulation sim, SplitMix64 dice) {
        SimInvariants.check(sim);
        BlockEventReplay replay = new BlockEventReplay();
        for (int t = 0; t < TICKS_PER_RUN; t++) {
            if (dice.nextLong(100) == 0) {
                randomCommand(sim, dice);
                commands++;
                SimInvariants.check(sim);
            }
            sim.step();
            SimInvariants.check(sim);
            countBounded(sim);
            countSharing(sim.blocks().prefixChains());
            replay.replay(sim.events());
            if (t % 25 == 0 || t == TICKS_PER_RUN - 1) {
                replay.matches(sim.blocks(), " at tick " + sim.tick() + " " + SimInvariants.describe(sim.settings()));
            }
            for (int i = 0; i < sim.events().size(); i++) {
                SimEventType type = sim.events().get(i).type();
                preempted += type == SimEventType.SEQUENCE_PREEMPTED ? 1 : 0;
                finished += type == SimEventType.SEQUENCE_FINISHED ? 1 : 0;
                gpuSteps += type == SimEventType.GPU_COUNT_CHANGED ? 1 : 0;
            }
            sim.events().clear();
        }
        sim.reset();
        assertEquals(0L, sim.blocks().usedBlocks(), "nothing survives a reset");
        SimInvariants.check(sim);
    }

    private void countBounded(Simulation sim) {
        long kept = sim.settings().eviction().keptTokens();
        for (int slot = 0; slot < sim.slotCount(); slot++) {
            SequenceView s = sim.sequenceInSlot(slot);
            if (s != null && s.tokens() > kept) {
                boundedTicks++;
                return;
            }
        }
    }

    private void countSharing(PrefixCacheView chains) {
        for (int c = 0; c < chains.chainCount(); c++) {
            if (chains.references(c) > 1) {
                sharedTicks++;
                break;
            }
        }
        idleCachedTicks += chains.cachedIdleBlocks() > 0 ? 1 : 0;
        mostEvicted = Math.max(mostEvicted, chains.evictedBlocks());
        mostHit = Math.max(mostHit, chains.hitTokens());
    }

    private void randomCommand(Simulation sim, SplitMix64 dice) {
        SimSettings.Builder b = sim.settings().toBuilder();
        if (prefixCommands && dice.nextLong(4) == 0) {
            sim.apply(b.prefix(PrefixWorkload.values()[(int) dice.nextLong(PrefixWorkload.values().length)]).build());
            return;
        }
        if (evictionCommands && dice.nextLong(3) == 0) {
            sim.apply(b.eviction(EVICTIONS[(int) dice.nextLong(EVICTIONS.length)]).build());
            evictionSwitches++;
            return;
        }
        switch ((int) dice.nextLong(10)) {
            case 0:
                sim.jumpToTokens(dice.nextLong(sim.settings().contextTokens() + 1));
                return;
            case 1:
                sim.reset();
                return;
            case 2:
                sim.apply(b.speed(0.5 + dice.nextLong(200) / 2.0).build());
                return;
            case 3:
                sim.apply(b.batch(1 + (int) dice.nextLong(32)).build());
                return;
            case 4:
                sim.apply(b.contextTokens(CONTEXTS[(int) dice.nextLong(CONTEXTS.length)]).build());
                return;
            case 5:
                sim.apply(b.paging(PagingMode.values()[(int) dice.nextLong(2)])
                        .batching(BatchingMode.values()[(int) dice.nextLong(2)]).build());
                return;
            case 6:
                sim.apply(b.flash(FlashMode.values()[(int) dice.nextLong(2)]).build());
                return;
            case 7:
                sim.apply(b.weights(WeightsMode.values()[(int) dice.nextLong(2)]).build());
                return;
            case 8:
                sim.apply(b.modelId(FakeSpecs.MODELS[(int) dice.nextLong(FakeSpecs.MODELS.length)]).build());
                return;
            default:
                sim.apply(b.gpuCount(GPU_COUNTS[(int) dice.nextLong(GPU_COUNTS.length)]).build());
        }
    }
}
