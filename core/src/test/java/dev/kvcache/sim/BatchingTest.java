package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Continuous batching (Orca) serves a fixed workload in fewer ticks than static batching. */
class BatchingTest {
    private static final int WORKLOAD = 64;

    private static long ticksToServe(BatchingMode batching, PagingMode paging) {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(8).contextTokens(32_768L)
                .batching(batching).paging(paging).requestLimit(WORKLOAD).seed(3L).build());
        while (!sim.isWorkloadDone()) {
            sim.step();
            SimInvariants.check(sim);
            sim.events().clear();
            assertTrue(sim.tick() < 100_000, "workload never ends");
        }
        assertEquals(WORKLOAD, sim.finishedCount());
        return sim.tick();
    }

    @Test
    void continuousBatchingFinishesSooner() {
        for (PagingMode paging : PagingMode.values()) {
            long continuous = ticksToServe(BatchingMode.CONTINUOUS, paging);
            long fixed = ticksToServe(BatchingMode.STATIC, paging);
            assertTrue(continuous < fixed, paging + ": continuous " + continuous + " vs static " + fixed);
        }
    }

    @Test
    void staticBatchHoldsEverySlotUntilTheLongestFinishes() {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(8).contextTokens(32_768L)
                .batching(BatchingMode.STATIC).build());
        sim.step();
        long[] firstBatch = new long[8];
        for (int slot = 0; slot < 8; slot++) {
            firstBatch[slot] = sim.sequenceInSlot(slot).id();
        }
        boolean sawHeldFinished = false;
        while (sim.finishedCount() < 8) {
            sim.step();
            for (int slot = 0; slot < 8; slot++) {
                SequenceView s = sim.sequenceInSlot(slot);
                if (sim.finishedCount() < 8) {
                    assertEquals(firstBatch[slot], s.id(), "slot reused before the batch finished");
                    sawHeldFinished |= s.state() == SequenceState.FINISHED;
                }
            }
        }
        assertTrue(sawHeldFinished);
        for (int slot = 0; slot < 8; slot++) {
            assertEquals(null, sim.sequenceInSlot(slot));
        }
        sim.step();
        assertTrue(sim.sequenceInSlot(0).id() > 8, "the next batch starts together");
    }
}
