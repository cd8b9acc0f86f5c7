package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The serving clock against a timer whose answers are known by hand: each decode step takes
 * {@link #STEP} seconds and each prompt token {@link #PER_PROMPT_TOKEN}, prompts first.
 */
class ServingClockTest {
    private static final double STEP = 0.010;
    private static final double PER_PROMPT_TOKEN = 0.0001;

    /** Times a tick as its decode steps plus its prompt tokens, the prompts first. */
    private static final StepTimer BY_HAND = new StepTimer() {
        @Override
        public void time(int gpus, TickWork work, TickTime out) {
            double prefill = work.prefillTokens() * PER_PROMPT_TOKEN;
            double decode = work.sequences() > 0 ? work.decodeSteps() * STEP : 0;
            out.set(prefill + decode, prefill, BoundBy.COMPUTE);
        }
    };

    private static Simulation simulation(StepTimer timer, SimSettings settings) {
        // The settings' eviction bound reaches the spec, as the app's provider passes it: the spec is
        // where the scheduler and the clock both read it.
        return new Simulation(s -> MemorySpec.builder().usableBytesPerGpu(80 * FakeSpecs.GB).weightBytes(16 * FakeSpecs.GB)
                .growingKvBytesPerToken(131_072L).eviction(s.eviction()).timer(timer).build(), settings);
    }

    private static SimSettings.Builder oneAtATime(long requests) {
        return SimSettings.builder().modelId(FakeSpecs.DENSE).batch(1).contextTokens(4096).requestLimit(requests).seed(3L);
    }

    private static void runToTheEnd(Simulation sim) {
        for (int t = 0; t < 100_000 && !sim.isWorkloadDone(); t++) {
            sim.step();
            sim.events().clear();
        }
        assertTrue(sim.isWorkloadDone());
    }

    @Test
    void oneRequestsTimesAreItsPrefillAndItsDecodeSteps() {
        Simulation sim = simulation(BY_HAND, oneAtATime(1).build());
        sim.step();
        SequenceView s = sim.sequenceInSlot(0);
        long prompt = s.promptTokens();
        long decoded = s.targetTokens() - prompt;
        runToTheEnd(sim);
        ServingView serving = sim.serving();
        assertEquals(1, serving.requestsTimed());
        assertEquals(prompt * PER_PROMPT_TOKEN, serving.meanTtftSeconds(), 1e-12, "arrived at 0, prefilled first");
        assertEquals(STEP, serving.meanTpotSeconds(), 1e-12, "one decode step a token");
        assertEquals(prompt * PER_PROMPT_TOKEN + decoded * STEP, serving.meanEndToEndSeconds(), 1e-9);
        assertEquals(0, serving.meanQueueSeconds(), 0.0);
        assertEquals(decoded, serving.outputTokens());
        assertEquals(decoded / serving.seconds(), serving.tokensPerSecond(), 1e-9);
        assertEquals(serving.seconds(), serving.gpuSeconds(), 1e-12, "one GPU");
        assertEquals(BoundBy.COMPUTE, serving.bound());
        assertEquals(1, serving.recentCount());
        assertEquals(STEP, serving.recentTpotSeconds(0), 1e-12);
    }

    @Test
    void aSecondRequestWaitsForTheSlotAndCountsItsQueueing() {
        Simulation sim = simulation(BY_HAND, oneAtATime(2).build());
        runToTheEnd(sim);
        ServingView serving = sim.serving();
        assertEquals(2, serving.requestsTimed());
        assertTrue(serving.meanQueueSeconds() > 0, "the second request waited while the first ran");
        assertTrue(serving.meanTtftSeconds() > serving.meanQueueSeconds() / 2,
                "its time to first token includes the wait");
        assertEquals(2, serving.recentCount());
    }

    @Test
    void theClockNeverChangesWhatHappens() {
        SimSettings settings = FakeSpecs.settings(FakeSpecs.DENSE).batch(8).contextTokens(131_072L)
                .gpuCount(GpuCount.fixed(2)).seed(11L).build();
        Simulation timed = simulation(BY_HAND, settings);
        Simulation untimed = simulation(StepTimer.NONE, settings);
        for (int t = 0; t < 2000; t++) {
            timed.step();
            untimed.step();
            timed.events().clear();
            untimed.events().clear();
        }
        assertEquals(untimed.stateHash(), timed.stateHash());
        assertTrue(timed.serving().seconds() > 0);
        assertEquals(0, untimed.serving().seconds(), 0.0);
        assertEquals(2 * timed.serving().seconds(), timed.serving().gpuSeconds(), 1e-6, "two GPUs the whole run");
    }

    @Test
    void underAnEvictionBoundATickTimesOnlyTheKeptTokens() {
        long[] mostHeld = new long[1];
        StepTimer recording = new StepTimer() {
            @Override
            public void time(int gpus, TickWork work, TickTime out) {
                if (work.sequences() > 0) {
                    mostHeld[0] = Math.max(mostHeld[0], work.heldTokens());
                }
                out.set(0.001, 0, BoundBy.MEMORY);
            }
        };
        runToTheEnd(simulation(recording, oneAtATime(1).eviction(Eviction.window(1_020)).build()));
        assertEquals(1_024, mostHeld[0], "4 sinks + 1,020 recent: all one sequence's step reads, however long it grows");
        mostHeld[0] = 0;
        runToTheEnd(simulation(recording, oneAtATime(1).build()));
        assertTrue(mostHeld[0] > 2_048, "without the bound the step reads the whole context: " + mostHeld[0]);
    }

    @Test
    void aJumpTakesNoServingTime() {
        Simulation sim = simulation(BY_HAND, oneAtATime(0).contextTokens(131_072L).build());
        sim.jumpToTokens(50_000);
        assertEquals(0, sim.serving().seconds(), 0.0);
        sim.step();
        assertEquals(sim.serving().lastTickSeconds(), sim.serving().seconds(), 1e-12);
    }
}
