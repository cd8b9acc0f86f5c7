package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Paging off wastes what the theory says; paging on wastes less than one block per sequence. */
class WasteTest {
    private static final long CONTEXT = 131_072L;

    private static Simulation running(String model, PagingMode paging, int ticks) {
        Simulation sim = FakeSpecs.simulation(FakeSpecs.settings(model).batch(8).contextTokens(CONTEXT).paging(paging).build());
        for (int t = 0; t < ticks; t++) {
            sim.step();
            sim.events().clear();
        }
        return sim;
    }

    @Test
    void contiguousRegionsWasteTheUnusedPartOfTheMaximumLength() {
        for (int ticks = 1; ticks < 1200; ticks += 97) {
            Simulation sim = running(FakeSpecs.DENSE, PagingMode.CONTIGUOUS, ticks);
            long expected = 0;
            for (int slot = 0; slot < sim.slotCount(); slot++) {
                SequenceView s = sim.sequenceInSlot(slot);
                if (s != null) {
                    assertEquals(0L, s.maxTokens() % 16);
                    expected += (s.maxTokens() - s.tokens()) * 131_072L;
                    // The reservation is the memory engine's bytesForTokens(max length).
                    assertEquals(FakeSpecs.spec(FakeSpecs.DENSE).kvBytesForTokens(s.maxTokens()), s.reservedBytes());
                }
            }
            assertEquals(expected, sim.memory().wasteBytes(), "after " + ticks + " ticks");
            assertEquals(expected, sim.memory().blockWasteBytes());
        }
    }

    @Test
    void pagesWasteLessThanOneBlockPerSequence() {
        long blockBytes = 16 * 131_072L;
        for (int ticks = 1; ticks < 1200; ticks += 97) {
            Simulation sim = running(FakeSpecs.DENSE, PagingMode.PAGED, ticks);
            int admitted = 0;
            for (int slot = 0; slot < sim.slotCount(); slot++) {
                SequenceView s = sim.sequenceInSlot(slot);
                if (s != null) {
                    admitted++;
                    assertTrue(s.reservedBytes() - s.usedBytes() < blockBytes);
                }
            }
            assertTrue(admitted > 0);
            assertTrue(sim.memory().wasteBytes() < admitted * blockBytes);
        }
    }

    @Test
    void pagingWastesFarLessThanReservingTheMaximum() {
        long paged = running(FakeSpecs.DENSE, PagingMode.PAGED, 300).memory().wasteBytes();
        long contiguous = running(FakeSpecs.DENSE, PagingMode.CONTIGUOUS, 300).memory().wasteBytes();
        assertTrue(paged * 100 < contiguous, paged + " vs " + contiguous);
    }

    @Test
    void sequenceBytesFollowTheMemoryEnginesArithmetic() {
        for (String model : FakeSpecs.MODELS) {
            Simulation sim = running(model, PagingMode.PAGED, 200);
            MemorySpec spec = FakeSpecs.spec(model);
            for (int slot = 0; slot < sim.slotCount(); slot++) {
                SequenceView s = sim.sequenceInSlot(slot);
                if (s == null) {
                    continue;
                }
                long t = s.tokens();
                long expectedUsed = spec.growingKvBytesPerToken() * t
                        + spec.windowedKvBytesPerToken() * Math.min(t, spec.windowTokens())
                        + spec.fixedStateBytesPerSequence();
                assertEquals(expectedUsed, s.usedBytes(), model);
                long tail = (BlockSize.blocksFor(t) * 16 - t) * spec.growingKvBytesPerToken();
                long stateSlack = spec.windowedBytesForTokens(CONTEXT) - spec.windowedBytesForTokens(t);
                assertEquals(expectedUsed + tail + stateSlack, s.reservedBytes(), model);
            }
        }
    }

    @Test
    void allWindowedModelNeverDividesByZero() {
        Simulation sim = running(FakeSpecs.ALL_WINDOWED, PagingMode.PAGED, 2000);
        assertEquals(0L, sim.memory().layout().blockBytes());
        assertEquals(0L, sim.memory().blockWasteBytes());
        assertEquals(1, sim.memory().gpuCount());
        assertTrue(sim.finishedCount() > 0);
        SimInvariants.check(sim);
    }
}
