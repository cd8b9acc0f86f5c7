package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Same seed and scenario give the same state, at 1x and at 100x, on every run. */
class DeterminismTest {
    private static final int TICKS = 3000;

    private static SimSettings.Builder scenario() {
        return FakeSpecs.settings(FakeSpecs.DENSE).batch(16).contextTokens(1_000_000L).gpuCount(GpuCount.fixed(4))
                .seed(7L);
    }

    private static long hashAfter(SimSettings settings, int ticks) {
        Simulation sim = FakeSpecs.simulation(settings);
        for (int t = 0; t < ticks; t++) {
            sim.step();
            sim.events().clear();
        }
        return sim.stateHash();
    }

    @Test
    void sameStateAtOneXAndAtHundredX() {
        long slow = hashAfter(scenario().speed(1.0).build(), TICKS);
        long fast = hashAfter(scenario().speed(100.0).build(), TICKS);
        assertEquals(slow, fast);
    }

    @Test
    void changingSpeedMidRunChangesNothing() {
        Simulation sim = FakeSpecs.simulation(scenario().build());
        for (int t = 0; t < TICKS; t++) {
            if (t == 1000) {
                sim.apply(sim.settings().toBuilder().speed(100.0).build());
            }
            sim.step();
        }
        assertEquals(hashAfter(scenario().build(), TICKS), sim.stateHash());
    }

    /** Pinned: a change of this value means the simulation's behaviour changed (or JVM and GWT differ). */
    @Test
    void goldenHash() {
        assertEquals(GOLDEN, hashAfter(scenario().build(), TICKS));
    }

    @Test
    void prefixCachingRunsTheSameTwiceAndDiffersFromNone() {
        long none = hashAfter(scenario().build(), TICKS);
        for (PrefixWorkload w : new PrefixWorkload[] {PrefixWorkload.CHAT, PrefixWorkload.RAG, PrefixWorkload.AGENT}) {
            SimSettings settings = scenario().prefix(w).build();
            long once = hashAfter(settings, TICKS);
            assertEquals(once, hashAfter(settings.toBuilder().speed(100.0).build(), TICKS), w.toString());
            assertNotEquals(none, once, w.toString());
        }
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertNotEquals(hashAfter(scenario().build(), TICKS), hashAfter(scenario().seed(8L).build(), TICKS));
    }

    @Test
    void resetReplaysTheSameRun() {
        Simulation sim = FakeSpecs.simulation(scenario().build());
        for (int t = 0; t < 500; t++) {
            sim.step();
        }
        long first = sim.stateHash();
        sim.reset();
        for (int t = 0; t < 500; t++) {
            sim.step();
        }
        assertEquals(first, sim.stateHash());
    }

    @Test
    void splitMix64MatchesTheReferenceSequence() {
        // Reference values of SplitMix64 (Vigna) for seed 0.
        SplitMix64 random = new SplitMix64(0L);
        assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
    }

    @Test
    void aFailingProviderLeavesTheStateAsItWas() {
        final boolean[] fail = {false};
        SpecProvider flaky = new SpecProvider() {
            @Override
            public MemorySpec specFor(SimSettings settings) {
                if (fail[0]) {
                    throw new IllegalStateException("unknown model");
                }
                return FakeSpecs.spec(FakeSpecs.DENSE);
            }
        };
        Simulation sim = new Simulation(flaky, scenario().build());
        for (int t = 0; t < 100; t++) {
            sim.step();
        }
        long before = sim.stateHash();
        SimSettings settingsBefore = sim.settings();
        fail[0] = true;
        try {
            sim.apply(sim.settings().toBuilder().modelId("nope").build());
        } catch (IllegalStateException expected) {
            // The adapter's failure reaches the caller...
        }
        // ...and the simulation is untouched.
        assertEquals(settingsBefore, sim.settings());
        assertEquals(before, sim.stateHash());
    }

    private static final long GOLDEN = 3774459852706432607L;
}
