package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A paged pool far too small for its batch (an 8B-like model, batch 32 at 128K on one 80 GB GPU):
 * running sequences get their blocks before waiting ones, as vLLM v1's scheduler gives them, so
 * requests finish and preemptions stay rare. Admitting waiting requests first let a preempted one
 * straight back in to take the blocks the running ones needed: one preemption a tick, nothing done.
 */
class PressuredSchedulerTest {
    private static final long TICKS = 12 * TickRate.TICKS_TO_FILL;

    private static SimSettings.Builder pressured() {
        return FakeSpecs.settings(FakeSpecs.DENSE).gpuCount(GpuCount.fixed(1)).batch(32).contextTokens(131_072L)
                .paging(PagingMode.PAGED).batching(BatchingMode.CONTINUOUS).seed(1L);
    }

    @Test
    void requestsFinishAndPreemptionsStayRareWithTheInvariantsHeld() {
        for (Offload offload : new Offload[] {Offload.OFF, Offload.of(4096, OffloadLink.PCIE5)}) {
            Simulation sim = FakeSpecs.simulation(pressured().offload(offload).build());
            long finishedBefore = 0;
            long preemptedBefore = 0;
            long preemptionTicks = 0;
            for (long t = 0; t < TICKS; t++) {
                if (t == TICKS / 2) {
                    finishedBefore = sim.finishedCount();
                    preemptedBefore = preempted(sim);
                }
                long before = preempted(sim);
                sim.step();
                SimInvariants.check(sim);
                OffloadRunTest.checkHost(sim);
                if (t >= TICKS / 2 && preempted(sim) > before) {
                    preemptionTicks++;
                }
                sim.events().clear();
            }
            long measured = TICKS - TICKS / 2;
            long finished = sim.finishedCount() - finishedBefore;
            long preemptions = preempted(sim) - preemptedBefore;
            String what = offload + ": finished " + finished + ", preemptions " + preemptions + " in " + measured + " ticks";
            assertTrue(sim.blocks().freeBlocks() < sim.blocks().capacityBlocks() / 10, "the pool stays full: " + what);
            assertTrue(finished >= 50, what);
            assertTrue(preemptions * 10 < measured && preemptionTicks * 10 < measured, what);
        }
    }

    @Test
    void aTickThatPreemptsAdmitsNoWaitingRequest() {
        Simulation sim = FakeSpecs.simulation(pressured().build());
        long checked = 0;
        for (long t = 0; t < TICKS / 2; t++) {
            long preemptedBefore = sim.preemptionCount();
            sim.step();
            if (sim.preemptionCount() > preemptedBefore) {
                checked++;
                for (int i = 0; i < sim.events().size(); i++) {
                    assertTrue(sim.events().get(i).type() != SimEventType.SEQUENCE_ADMITTED,
                            "admitted in a preempting tick " + sim.tick());
                }
                assertEquals(AdmissionBlock.NO_MEMORY, sim.admissionBlock(), "tick " + sim.tick());
            }
            sim.events().clear();
        }
        assertTrue(checked > 10, "preempting ticks seen: " + checked);
    }

    /** Caches that left the GPU, recomputed or moved to host memory. */
    private static long preempted(Simulation sim) {
        return sim.preemptionCount() + sim.host().offloads();
    }
}
