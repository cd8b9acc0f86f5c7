package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fixed GPU counts preempt exactly when the pool runs out; AUTO steps up exactly when one more is needed. */
class GpuCountTest {
    /** Records what one tick reported. */
    private static final class TickLog implements SimEventListener {
        int preempted;
        long victimId = -1;
        int victimSlot = -1;
        int gpuChanges;

        @Override
        public void onEvent(SimEvent event) {
            if (event.type() == SimEventType.SEQUENCE_PREEMPTED) {
                preempted++;
                victimId = event.sequenceId();
                victimSlot = event.slot();
            } else if (event.type() == SimEventType.GPU_COUNT_CHANGED) {
                gpuChanges++;
                assertTrue(event.gpuCount() > event.previousGpuCount());
            }
        }
    }

    @Test
    void fixedCountPreemptsTheNewestExactlyWhenThePoolRunsOut() {
        // One 80 GB GPU, 16 GB weights: about 30K blocks (490K tokens) for 4 x up to 200K tokens.
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(4).contextTokens(200_000L)
                .batching(BatchingMode.STATIC).gpuCount(GpuCount.fixed(1)).seed(11L).build());
        long rate = TickRate.tokensPerTick(200_000L);
        long victim = -1;
        boolean victimReadmitted = false;
        boolean victimFinished = false;
        int ticksWithPreemption = 0;
        for (int t = 0; t < 12_000; t++) {
            // Demand of this tick's decode step (static batch: nobody is admitted mid-batch).
            long demand = 0;
            int newestRunning = -1;
            for (int slot = 0; slot < sim.slotCount(); slot++) {
                SequenceView s = sim.sequenceInSlot(slot);
                if (s != null && s.state() == SequenceState.RUNNING) {
                    long grown = Math.min(s.tokens() + rate, s.targetTokens());
                    demand += BlockSize.blocksFor(grown) - sim.blocks().blocksHeld(slot);
                    newestRunning = slot;
                }
            }
            long free = sim.blocks().freeBlocks();
            sim.step();
            SimInvariants.check(sim);
            for (int i = 0; i < sim.events().size(); i++) {
                SimEvent e = sim.events().get(i);
                victimReadmitted |= e.type() == SimEventType.SEQUENCE_ADMITTED && e.sequenceId() == victim;
                victimFinished |= victimReadmitted && e.type() == SimEventType.SEQUENCE_FINISHED && e.sequenceId() == victim;
            }
            TickLog log = new TickLog();
            sim.events().drain(log);
            if (newestRunning < 0) {
                continue;
            }
            assertEquals(demand > free, log.preempted > 0, "preemption iff the pool ran out, tick " + sim.tick());
            if (log.preempted > 0) {
                assertEquals(UsageLevel.CRITICAL, sim.level());
                assertEquals(1, log.preempted, "one victim covers one tick's shortfall");
                assertEquals(newestRunning, log.victimSlot, "the newest running sequence is the victim");
                ticksWithPreemption++;
                if (victim < 0) {
                    victim = log.victimId;
                }
            }
        }
        assertTrue(ticksWithPreemption >= 3, "preemptions: " + ticksWithPreemption);
        assertTrue(victimReadmitted, "the preempted request was admitted again");
        assertTrue(victimFinished, "and it finished");
    }

    @Test
    void withoutPagingAFixedCountStopsAdmissionInsteadOfPreempting() {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(8).contextTokens(200_000L)
                .paging(PagingMode.CONTIGUOUS).gpuCount(GpuCount.fixed(1)).build());
        boolean sawNoHole = false;
        boolean sawNoMemory = false;
        for (int t = 0; t < 5000; t++) {
            sim.step();
            SimInvariants.check(sim);
            sim.events().clear();
            sawNoHole |= sim.admissionBlock() == AdmissionBlock.NO_CONTIGUOUS_HOLE;
            sawNoMemory |= sim.admissionBlock() == AdmissionBlock.NO_MEMORY;
        }
        assertEquals(0L, sim.preemptionCount());
        assertTrue(sawNoMemory);
        assertTrue(sawNoHole, "a request waited for a hole while enough memory was free in total");
        assertTrue(sim.finishedCount() > 0);
    }

    @Test
    void autoStepsUpExactlyWhenOneMoreGpuIsNeeded() {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.DENSE).batch(8).contextTokens(1_000_000L)
                .gpuCount(GpuCount.AUTO).build());
        MemoryLayout layout = sim.memory().layout();
        assertEquals(1, sim.memory().gpuCount());
        int changes = 0;
        // Targets are at least 250K tokens: nobody finishes in 200 ticks, so use only grows.
        for (int t = 0; t < 200; t++) {
            int before = sim.memory().gpuCount();
            sim.step();
            SimInvariants.check(sim);
            TickLog log = new TickLog();
            sim.events().drain(log);
            assertEquals(0L, sim.finishedCount());
            assertEquals(0L, sim.preemptionCount());
            long used = sim.blocks().usedBlocks();
            assertEquals(Math.max(1, layout.gpusFor(used)), sim.memory().gpuCount(), "tick " + t);
            assertTrue(layout.capacityBlocks(sim.memory().gpuCount()) >= used);
            assertEquals(sim.memory().gpuCount() != before, log.gpuChanges == 1);
            changes += log.gpuChanges;
        }
        assertTrue(changes > 3, "the count stepped up " + changes + " times");
        assertNotEquals(UsageLevel.CRITICAL, sim.level(), "auto mode never runs out");
    }

    @Test
    void weightsThatDoNotFitAreCriticalAndAdmitNothing() {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(FakeSpecs.HYBRID).gpuCount(GpuCount.fixed(1)).build());
        for (int t = 0; t < 10; t++) {
            sim.step();
        }
        assertEquals(0L, sim.blocks().capacityBlocks());
        assertEquals(UsageLevel.CRITICAL, sim.level());
        assertTrue(sim.memory().usageFraction() > 1.0);
        assertEquals(3, sim.memory().gpusNeededNow());
        SimInvariants.check(sim);
    }

    @Test
    void flashChangesTheWorkspaceButNeverTheKvCache() {
        SimSettings.Builder base = FakeSpecs.settings(FakeSpecs.DENSE).batch(4).contextTokens(32_768L);
        Simulation flash = FakeSpecs.simulation(base.flash(FlashMode.FLASH).build());
        Simulation standard = FakeSpecs.simulation(base.flash(FlashMode.STANDARD).build());
        for (int t = 0; t < 300; t++) {
            flash.step();
            standard.step();
        }
        assertEquals(flash.memory().kvUsedBytes(), standard.memory().kvUsedBytes());
        assertEquals(flash.memory().kvReservedBytes(), standard.memory().kvReservedBytes());
        int gpus = standard.memory().gpuCount();
        assertEquals(gpus, flash.memory().gpuCount());
        assertTrue(standard.memory().layout().workspaceBytesPerGpu(gpus) > flash.memory().layout().workspaceBytesPerGpu(gpus));
        assertEquals(standard.memory().layout().workspaceBytesPerGpu(gpus) - flash.memory().layout().workspaceBytesPerGpu(gpus),
                flash.memory().layout().workspaceSavedByFlashBytesPerGpu(gpus));
    }
}
