package dev.kvcache.scenario;

import dev.kvcache.memory.LayoutCost;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.AdmissionBlock;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.BlockSize;
import dev.kvcache.sim.ContextPresets;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.HostTierView;
import dev.kvcache.sim.MemorySpec;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixCacheView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.sim.TickRate;
import dev.kvcache.sim.WeightsMode;
import dev.kvcache.timing.EngineStepTimer;
import dev.kvcache.timing.TimingSettings;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.Saturating;

/**
 * What serving a scenario looks like over time, which the static figures cannot say: the
 * simulation runs {@link #FILLS} context fills on the scenario's {@code tp x pp} GPUs and is
 * measured over the second half, once the first batch has come and gone. Continuous batching,
 * paging and the GPU count then show as memory held (mean and peak), waste, requests finished
 * and preemptions.
 */
public final class ServingRun {
    /** Context fills simulated (900 ticks each): long enough for many requests to come and go. */
    public static final int FILLS = 12;
    /** The simulation's seed: the same scenario always gives the same figures. */
    public static final long SEED = 1L;
    /** The shortest context the simulation takes: one 16-token page. */
    private static final long MIN_CONTEXT = 16;

    public final long ticks;
    public final long measuredTicks;
    public final long tokensPerTick;
    public final long meanKvUsedBytes;
    public final long meanKvReservedBytes;
    public final long peakKvReservedBytes;
    public final long meanWasteBytes;
    public final long requestsFinished;
    public final long preemptions;
    public final int gpus;
    /** Ticks of the measured half in which a waiting request found no room (memory or a contiguous hole). */
    public final long ticksRefusedForMemory;
    /** KV offload over the measured half: sequences moved to host memory, whole-model bytes moved out, reloads and blocks reloaded. */
    public final long offloads;
    public final long offloadedBytes;
    public final long reloads;
    public final long reloadedBlocks;
    /** Mean time to first token on the serving clock over the whole run (queueing included), seconds; NaN when none finished. */
    public final double meanTtftSeconds;
    /** Prefix caching over the measured half: prompt tokens found cached over those asked for (0 when off). */
    public final double prefixHitRate;
    /** Mean KV bytes sharing saved over the measured half ({@link MemoryUsage#prefixSavedBytes()}). */
    public final long prefixSharedBytes;
    /** Prompt tokens of the measured half not prefilled because they were cached. */
    public final long prefillTokensSkipped;

    private ServingRun(Simulation sim, Tally measured, long finishedBefore, long preemptedBefore, HostCounts before) {
        this.ticks = sim.tick();
        this.measuredTicks = measured.ticks;
        this.tokensPerTick = TickRate.tokensPerTick(sim.settings().contextTokens());
        this.meanKvUsedBytes = Math.round(measured.usedBytes / measured.ticks);
        this.meanKvReservedBytes = Math.round(measured.reservedBytes / measured.ticks);
        this.meanWasteBytes = Math.round(measured.wasteBytes / measured.ticks);
        this.peakKvReservedBytes = measured.peakReservedBytes;
        this.requestsFinished = sim.finishedCount() - finishedBefore;
        this.preemptions = sim.preemptionCount() - preemptedBefore;
        this.gpus = sim.memory().gpuCount();
        this.ticksRefusedForMemory = measured.refusedTicks;
        PrefixCacheView chains = sim.blocks().prefixChains();
        long queried = chains.queriedTokens() - measured.queriedBefore;
        this.prefillTokensSkipped = chains.hitTokens() - measured.hitBefore;
        this.prefixHitRate = queried > 0 ? (double) prefillTokensSkipped / queried : 0.0;
        this.prefixSharedBytes = Math.round(measured.prefixSavedBytes / measured.ticks);
        HostTierView host = sim.host();
        this.offloads = host.offloads() - before.offloads;
        this.offloadedBytes = Saturating.multiply(host.offloadedBlocks() - before.offloadedBlocks,
                Saturating.multiply(BlockSize.TOKENS_PER_BLOCK, before.growingBytesPerToken));
        this.reloads = host.reloads() - before.reloads;
        this.reloadedBlocks = host.reloadedBlocks() - before.reloadedBlocks;
        this.meanTtftSeconds = sim.serving().meanTtftSeconds();
    }

    /** Mean tokens a returning request reloaded from host memory (the blocks of its own kept tokens, a shared prefix's
     * full blocks staying on the GPU); NaN when none did. */
    public double meanReloadedTokens() {
        return reloads > 0 ? (double) reloadedBlocks * BlockSize.TOKENS_PER_BLOCK / reloads : Double.NaN;
    }

    /** Why the simulation cannot run {@code scenario}, or null when it can (the record's own rule). */
    public static String whyNot(Scenario scenario) {
        return scenario.settings.whyNotSimulated();
    }

    /** Runs {@code scenario} with the time model's default settings; see {@link #whyNot}. */
    public static ServingRun of(Scenario scenario) {
        return of(scenario, TimingSettings.DEFAULT);
    }

    /** Runs {@code scenario} timed with {@code timing} (whose host link KV offload reloads over); see {@link #whyNot}. */
    public static ServingRun of(Scenario scenario, TimingSettings timing) {
        String problem = whyNot(scenario);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        // The GPUs hold the weights and workspace of the scenario's own tp x pp x cp layout, as its per-GPU figures say.
        MemorySpec spec = EngineSpecProvider.builder(scenario.model, scenario.device, scenario.weights, scenario.kv,
                scenario.settings.eviction())
                .shares(new LayoutCost(scenario).sharesOf(scenario.tp, scenario.pp, scenario.cp))
                .timer(EngineStepTimer.fixed(scenario, scenario.tp, scenario.pp, scenario.cp, timing))
                .build();
        // The scenario's own record, on its layout's GPUs, with the report's fixed seed.
        SimSettings settings = scenario.settings.toBuilder().gpuCount(GpuCount.fixed(scenario.gpus())).seed(SEED)
                .build();
        Simulation sim = new Simulation(ignored -> spec, settings);
        long total = FILLS * TickRate.TICKS_TO_FILL;
        long warmUp = total / 2;
        for (long t = 0; t < warmUp; t++) {
            step(sim);
        }
        long finishedBefore = sim.finishedCount();
        long preemptedBefore = sim.preemptionCount();
        HostCounts before = new HostCounts(sim.host(), spec.growingKvBytesPerToken());
        Tally measured = new Tally();
        measured.queriedBefore = sim.blocks().prefixChains().queriedTokens();
        measured.hitBefore = sim.blocks().prefixChains().hitTokens();
        for (long t = warmUp; t < total; t++) {
            step(sim);
            measured.add(sim);
        }
        return new ServingRun(sim, measured, finishedBefore, preemptedBefore, before);
    }

    /** The host tier's counters when the measured half began. */
    private static final class HostCounts {
        final long offloads;
        final long offloadedBlocks;
        final long reloads;
        final long reloadedBlocks;
        final long growingBytesPerToken;

        HostCounts(HostTierView host, long growingBytesPerToken) {
            offloads = host.offloads();
            offloadedBlocks = host.offloadedBlocks();
            reloads = host.reloads();
            reloadedBlocks = host.reloadedBlocks();
            this.growingBytesPerToken = growingBytesPerToken;
        }
    }

    private static void step(Simulation sim) {
        sim.step();
        // Nobody watches the events here; drop them so the queue does not fill.
        sim.events().clear();
    }

    /** Sums over the measured ticks; doubles, as 5,400 ticks of petabyte-scale caches overflow a long. */
    private static final class Tally {
        long ticks;
        double usedBytes;
        double reservedBytes;
        double wasteBytes;
        long peakReservedBytes;
        long refusedTicks;
        double prefixSavedBytes;
        long queriedBefore;
        long hitBefore;

        void add(Simulation sim) {
            MemoryUsage m = sim.memory();
            ticks++;
            usedBytes += m.kvUsedBytes();
            reservedBytes += m.kvReservedBytes();
            prefixSavedBytes += m.prefixSavedBytes();
            wasteBytes += m.wasteBytes();
            peakReservedBytes = Math.max(peakReservedBytes, m.kvReservedBytes());
            AdmissionBlock block = sim.admissionBlock();
            if (block == AdmissionBlock.NO_MEMORY || block == AdmissionBlock.NO_CONTIGUOUS_HOLE) {
                refusedTicks++;
            }
        }
    }
}
