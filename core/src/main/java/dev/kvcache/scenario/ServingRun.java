package dev.kvcache.scenario;

import dev.kvcache.memory.LayoutCost;
import dev.kvcache.memory.Quantities;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.AdmissionBlock;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.ContextPresets;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.MemorySpec;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.sim.TickRate;
import dev.kvcache.sim.WeightsMode;

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

    private ServingRun(Simulation sim, Tally measured, long finishedBefore, long preemptedBefore) {
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
    }

    /** Why the simulation cannot run {@code scenario}, or null when it can. */
    public static String whyNot(Scenario scenario) {
        if (scenario.batch < SimSettings.MIN_BATCH || scenario.batch > SimSettings.MAX_BATCH) {
            return "the simulation serves batches of " + SimSettings.MIN_BATCH + " to " + SimSettings.MAX_BATCH
                    + " sequences, not " + Quantities.grouped(scenario.batch);
        }
        if (scenario.context < MIN_CONTEXT || scenario.context > ContextPresets.max()) {
            return "the simulation serves contexts of " + Quantities.tokenCount(MIN_CONTEXT) + " to "
                    + Quantities.tokens(ContextPresets.max()) + ", not " + Quantities.tokens(scenario.context);
        }
        return null;
    }

    /** Runs {@code scenario}; see {@link #whyNot}. */
    public static ServingRun of(Scenario scenario) {
        String problem = whyNot(scenario);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        // The GPUs hold the weights and workspace of the scenario's own tp x pp x cp layout, as its per-GPU figures say.
        MemorySpec spec = EngineSpecProvider.builder(scenario.model, scenario.device, scenario.weights, scenario.kv)
                .shares(new LayoutCost(scenario).sharesOf(scenario.tp, scenario.pp, scenario.cp)).build();
        SimSettings settings = SimSettings.builder().modelId(scenario.model.id()).deviceId(scenario.device.id())
                .weightPrecision(scenario.weights).kvPrecision(scenario.kv)
                .batch(scenario.batch).contextTokens(scenario.context)
                .batching(scenario.continuousBatching.isOn() ? BatchingMode.CONTINUOUS : BatchingMode.STATIC)
                .paging(scenario.pagedAttention.isOn() ? PagingMode.PAGED : PagingMode.CONTIGUOUS)
                .flash(scenario.flashAttention.isOn() ? FlashMode.FLASH : FlashMode.STANDARD)
                .weights(scenario.countWeights.isOn() ? WeightsMode.INCLUDED : WeightsMode.EXCLUDED)
                .gpuCount(GpuCount.fixed(scenario.gpus()))
                .seed(SEED).build();
        Simulation sim = new Simulation(ignored -> spec, settings);
        long total = FILLS * TickRate.TICKS_TO_FILL;
        long warmUp = total / 2;
        for (long t = 0; t < warmUp; t++) {
            step(sim);
        }
        long finishedBefore = sim.finishedCount();
        long preemptedBefore = sim.preemptionCount();
        Tally measured = new Tally();
        for (long t = warmUp; t < total; t++) {
            step(sim);
            measured.add(sim);
        }
        return new ServingRun(sim, measured, finishedBefore, preemptedBefore);
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

        void add(Simulation sim) {
            MemoryUsage m = sim.memory();
            ticks++;
            usedBytes += m.kvUsedBytes();
            reservedBytes += m.kvReservedBytes();
            wasteBytes += m.wasteBytes();
            peakReservedBytes = Math.max(peakReservedBytes, m.kvReservedBytes());
            AdmissionBlock block = sim.admissionBlock();
            if (block == AdmissionBlock.NO_MEMORY || block == AdmissionBlock.NO_CONTIGUOUS_HOLE) {
                refusedTicks++;
            }
        }
    }
}
