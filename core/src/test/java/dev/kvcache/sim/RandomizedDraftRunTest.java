package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.scenario.EngineSpecProvider;
import org.junit.jupiter.api.Test;

/**
 * The randomized run with speculative decoding on, through the memory engine that reserves the
 * draft: invariants after every tick, block events replayed, while random commands change the
 * draft, its length and acceptance, the batch, context, paging and GPU count.
 */
class RandomizedDraftRunTest {
    private static final int TICKS_PER_RUN = 1500;
    private static final long[] CONTEXTS = {4_096L, 32_768L, 200_000L, 2_000_000L};
    private static final String[][] TARGET_AND_DRAFT = {
        {"llama-3.1-70b", "llama-3.1-8b"}, {"deepseek-v3", "mtp"}, {"llama-3.1-8b", "llama-3.2-1b"},
        {"qwen3-next-80b", "qwen3-8b"}};
    private static final GpuCount[] GPU_COUNTS = {GpuCount.AUTO, GpuCount.fixed(8)};

    private final EngineSpecProvider engine = new EngineSpecProvider(TestCatalog.get());
    private long finished;
    private long draftTicks;

    @Test
    void draftsKeepTheAllocatorInvariants() {
        SplitMix64 dice = new SplitMix64(2025L);
        for (String[] pair : TARGET_AND_DRAFT) {
            for (PagingMode paging : PagingMode.values()) {
                for (GpuCount gpus : GPU_COUNTS) {
                    SimSettings start = SimSettings.builder().modelId(pair[0]).deviceId("h100").paging(paging)
                            .gpuCount(gpus).batch(1 + (int) dice.nextLong(32))
                            .contextTokens(CONTEXTS[(int) dice.nextLong(CONTEXTS.length)]).seed(dice.nextLong())
                            .speculation(new Speculation(pair[1], 1 + (int) dice.nextLong(16), 0.8)).build();
                    run(new Simulation(engine, start), pair[1], dice);
                }
            }
        }
        assertTrue(finished > 100 && draftTicks > 5_000, "exercised: finished " + finished + ", ticks with a draft "
                + draftTicks);
    }

    @Test
    void theServingClockDecodesFasterWithADraftAndAsTodayWithout() {
        SimSettings off = SimSettings.builder().modelId("llama-3.1-70b").deviceId("h100").batch(4)
                .contextTokens(32_768).build();
        Simulation plain = new Simulation(engine, off);
        Simulation none = new Simulation(engine, off.toBuilder().speculation(Speculation.OFF.withK(7)).build());
        Simulation drafted = new Simulation(engine, off.toBuilder()
                .speculation(new Speculation("llama-3.2-1b", 4, 0.8)).build());
        for (int t = 0; t < 400; t++) {
            plain.step();
            none.step();
            drafted.step();
        }
        assertEquals(plain.serving().outputTokens(), drafted.serving().outputTokens(), "the same tokens");
        assertEquals(plain.serving().seconds(), none.serving().seconds(), 0.0, "no draft: today's clock exactly");
        assertTrue(drafted.serving().meanTpotSeconds() < plain.serving().meanTpotSeconds() / 1.5,
                "a 1B draft at a = 0.8 more than 1.5x faster per token: " + drafted.serving().meanTpotSeconds()
                        + " vs " + plain.serving().meanTpotSeconds());
    }

    private void run(Simulation sim, String draft, SplitMix64 dice) {
        SimInvariants.check(sim);
        BlockEventReplay replay = new BlockEventReplay();
        for (int t = 0; t < TICKS_PER_RUN; t++) {
            if (dice.nextLong(60) == 0) {
                randomCommand(sim, draft, dice);
                SimInvariants.check(sim);
            }
            sim.step();
            SimInvariants.check(sim);
            MemoryUsage m = sim.memory();
            long reserved = m.layout().draftBytesPerGpu(m.gpuCount());
            if (sim.settings().speculation().isOn()) {
                draftTicks++;
                assertTrue(reserved > 0, "the draft holds memory " + SimInvariants.describe(sim.settings()));
            } else {
                assertEquals(0L, reserved, "no draft, no draft memory");
            }
            replay.replay(sim.events());
            if (t % 25 == 0 || t == TICKS_PER_RUN - 1) {
                replay.matches(sim.blocks(), " at tick " + sim.tick() + " " + SimInvariants.describe(sim.settings()));
            }
            for (int i = 0; i < sim.events().size(); i++) {
                finished += sim.events().get(i).type() == SimEventType.SEQUENCE_FINISHED ? 1 : 0;
            }
            sim.events().clear();
        }
        sim.reset();
        assertEquals(0L, sim.blocks().usedBlocks(), "nothing survives a reset");
    }

    private static void randomCommand(Simulation sim, String draft, SplitMix64 dice) {
        SimSettings.Builder b = sim.settings().toBuilder();
        Speculation s = sim.settings().speculation();
        switch ((int) dice.nextLong(7)) {
            case 0:
                sim.apply(b.speculation(s.withDraft(s.isOn() ? Speculation.NONE : draft)).build());
                return;
            case 1:
                sim.apply(b.speculation(s.withK(1 + (int) dice.nextLong(16))
                        .withAcceptance(dice.nextLong(101) / 100.0)).build());
                return;
            case 2:
                sim.apply(b.batch(1 + (int) dice.nextLong(32)).build());
                return;
            case 3:
                sim.apply(b.contextTokens(CONTEXTS[(int) dice.nextLong(CONTEXTS.length)]).build());
                return;
            case 4:
                sim.apply(b.paging(PagingMode.values()[(int) dice.nextLong(2)]).build());
                return;
            case 5:
                sim.jumpToTokens(dice.nextLong(sim.settings().contextTokens() + 1));
                return;
            default:
                sim.apply(b.gpuCount(GPU_COUNTS[(int) dice.nextLong(GPU_COUNTS.length)]).build());
        }
    }
}
