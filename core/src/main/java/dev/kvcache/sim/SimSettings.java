package dev.kvcache.sim;

import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.ScenarioDefaults;

/**
 * The one scenario the user chose (immutable): model, device, precisions, batch, context, optimisations, GPUs, layout
 * (tp x pp x cp, 0 = per GPU count), {@link Deployment}, memory fraction, efficiencies, offload, prefix, seed, speed;
 * read and written through one codec ({@code ScenarioParams}). The simulation runs a narrower range
 * ({@link #whyNotSimulated}). Errors name the field as the link does ({@code batch}).
 */
public final class SimSettings {
    public static final int MIN_BATCH = 1;
    /** The largest batch the simulation runs (the record goes to {@link Limits#MAX_BATCH}). */
    public static final int MAX_BATCH = Limits.SIMULATED_MAX_BATCH;
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 100.0;
    /** Smallest achieved fraction of peak a scenario may set (links write it without an exponent). */
    public static final double MIN_EFFICIENCY = 0.01;
    /** vLLM's default {@code --gpu-memory-utilization}. */
    public static final double DEFAULT_GPU_MEMORY_UTILIZATION = 0.9;

    private final String modelId;
    private final String deviceId;
    private final Precision weightPrecision;
    private final Precision kvPrecision;
    private final int batch;
    private final long contextTokens;
    private final double speed;
    private final BatchingMode batching;
    private final PagingMode paging;
    private final FlashMode flash;
    private final WeightsMode weights;
    private final GpuCount gpuCount;
    private final long seed;
    private final long requestLimit;
    private final int tp;
    private final int pp;
    private final int cp;
    private final double gpuMemoryUtilization;
    private final Speculation speculation;
    private final double bwEfficiency;
    private final double flopsEfficiency;
    private final Eviction eviction;
    private final Deployment deployment;
    private final Offload offload;
    private final PrefixWorkload prefix;

    private SimSettings(Builder b) {
        modelId = b.modelId;
        deviceId = b.deviceId;
        weightPrecision = b.weightPrecision;
        kvPrecision = b.kvPrecision;
        batch = b.batch;
        contextTokens = b.contextTokens;
        speed = b.speed;
        batching = b.batching;
        paging = b.paging;
        flash = b.flash;
        weights = b.weights;
        gpuCount = b.gpuCount;
        seed = b.seed;
        requestLimit = b.requestLimit;
        tp = b.tp;
        pp = b.pp;
        cp = b.cp;
        gpuMemoryUtilization = b.gpuMemoryUtilization;
        speculation = b.speculation;
        bwEfficiency = b.bwEfficiency;
        flopsEfficiency = b.flopsEfficiency;
        eviction = b.eviction;
        deployment = b.deployment;
        offload = b.offload;
        prefix = b.prefix;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.modelId = modelId;
        b.deviceId = deviceId;
        b.weightPrecision = weightPrecision;
        b.kvPrecision = kvPrecision;
        b.batch = batch;
        b.contextTokens = contextTokens;
        b.speed = speed;
        b.batching = batching;
        b.paging = paging;
        b.flash = flash;
        b.eviction = eviction;
        b.offload = offload;
        b.prefix = prefix;
        b.weights = weights;
        b.gpuCount = gpuCount;
        b.seed = seed;
        b.requestLimit = requestLimit;
        b.tp = tp;
        b.pp = pp;
        b.cp = cp;
        b.gpuMemoryUtilization = gpuMemoryUtilization;
        b.speculation = speculation;
        b.bwEfficiency = bwEfficiency;
        b.flopsEfficiency = flopsEfficiency;
        b.deployment = deployment;
        return b;
    }

    public String modelId() {
        return modelId;
    }

    public String deviceId() {
        return deviceId;
    }

    public Precision weightPrecision() {
        return weightPrecision;
    }

    public Precision kvPrecision() {
        return kvPrecision;
    }

    /** Concurrent sequences, 1-32. */
    public int batch() {
        return batch;
    }

    /** The selected context (maximum sequence length) in tokens. */
    public long contextTokens() {
        return contextTokens;
    }

    /** Ticks per second as a multiple of {@link TickRate#TICKS_PER_SECOND_AT_1X}; for the app's clock only. */
    public double speed() {
        return speed;
    }

    public BatchingMode batching() {
        return batching;
    }

    public PagingMode paging() {
        return paging;
    }

    public FlashMode flash() {
        return flash;
    }

    /** The KV eviction policy bounding each sequence's kept tokens ({@link Eviction#NONE} by default). */
    public Eviction eviction() {
        return eviction;
    }

    /** KV offload to host memory ({@link Offload#OFF} by default). */
    public Offload offload() {
        return offload;
    }

    /** The prefix-caching workload ({@link PrefixWorkload#NONE}, caching off, by default). */
    public PrefixWorkload prefix() {
        return prefix;
    }

    public WeightsMode weights() {
        return weights;
    }

    public GpuCount gpuCount() {
        return gpuCount;
    }

    public long seed() {
        return seed;
    }

    /** How many requests the workload holds in total; 0 means an endless stream (the app's default). */
    public long requestLimit() {
        return requestLimit;
    }

    /** Tensor-parallel size the user fixed; 0 when the engine's layout for the GPU count decides. */
    public int tp() {
        return tp;
    }

    /** Pipeline stages the user fixed; 0 when the layout decides. */
    public int pp() {
        return pp;
    }

    /** Context-parallel groups the user fixed; 0 when the layout decides. */
    public int cp() {
        return cp;
    }

    /** True when the record fixes a tp x pp x cp layout (a size left at 0 counts as 1). */
    public boolean hasFixedLayout() {
        return tp > 0 || pp > 0 || cp > 0;
    }

    /** GPUs of the fixed layout, tp x pp x cp with unset sizes as 1. */
    public int fixedLayoutGpus() {
        return Math.max(1, tp) * Math.max(1, pp) * Math.max(1, cp);
    }

    /** Data-parallel replicas and cluster preset ({@link Deployment#NONE} by default). */
    public Deployment deployment() {
        return deployment;
    }

    /** Speculative decoding's draft, draft length and acceptance ({@link Speculation#OFF} by default). */
    public Speculation speculation() {
        return speculation;
    }

    /** The fraction of a GPU vLLM may use ({@code --gpu-memory-utilization}). */
    public double gpuMemoryUtilization() {
        return gpuMemoryUtilization;
    }

    /** Achieved fraction of peak memory bandwidth the time model uses; 0 for its default. */
    public double bwEfficiency() {
        return bwEfficiency;
    }

    /** Achieved fraction of peak tensor throughput the time model uses; 0 for its default. */
    public double flopsEfficiency() {
        return flopsEfficiency;
    }

    /** Why the simulation cannot run these (batch over {@link #MAX_BATCH}, context outside 16 tokens to the largest preset), or null. */
    public String whyNotSimulated() {
        return SettingChecks.whyNotSimulated(batch, contextTokens);
    }

    /** True when both describe the same scenario, i.e. they differ at most in speed (no rebuild needed). */
    public boolean sameScenarioAs(SimSettings o) {
        return ScenarioIdentity.same(this, o);
    }

    /** Mutable builder with the app's defaults ({@link ScenarioDefaults}); whoever sets a model sets its precisions. */
    public static final class Builder {
        private String modelId = ScenarioDefaults.MODEL;
        private String deviceId = ScenarioDefaults.DEVICE;
        private Precision weightPrecision = Precision.BF16;
        private Precision kvPrecision = Precision.BF16;
        private int batch = ScenarioDefaults.BATCH;
        private long contextTokens = ScenarioDefaults.CONTEXT_TOKENS;
        private double speed = 1.0;
        private BatchingMode batching = BatchingMode.CONTINUOUS;
        private PagingMode paging = PagingMode.PAGED;
        private FlashMode flash = FlashMode.FLASH;
        private Eviction eviction = Eviction.NONE;
        private Offload offload = Offload.OFF;
        private PrefixWorkload prefix = PrefixWorkload.NONE;
        private WeightsMode weights = WeightsMode.INCLUDED;
        private GpuCount gpuCount = GpuCount.AUTO;
        private long seed = 42L;
        private long requestLimit;
        private int tp;
        private int pp;
        private int cp;
        private double gpuMemoryUtilization = DEFAULT_GPU_MEMORY_UTILIZATION;
        private Speculation speculation = Speculation.OFF;
        private double bwEfficiency;
        private double flopsEfficiency;
        private Deployment deployment = Deployment.NONE;

        private Builder() {}

        public Builder modelId(String value) {
            modelId = SettingChecks.notNull(value, "modelId");
            return this;
        }

        public Builder deviceId(String value) {
            deviceId = SettingChecks.notNull(value, "deviceId");
            return this;
        }

        public Builder weightPrecision(Precision value) {
            weightPrecision = SettingChecks.notNull(value, "weightPrecision").checkedForWeights("precision");
            return this;
        }

        /** Rejects the weight-only formats (MXFP4): the KV cache cannot be stored in them. */
        public Builder kvPrecision(Precision value) {
            kvPrecision = SettingChecks.notNull(value, "kvPrecision").checkedForKvCache("kv");
            return this;
        }

        public Builder batch(long value) {
            batch = (int) SettingChecks.inRange("batch", value, MIN_BATCH, Limits.MAX_BATCH);
            return this;
        }

        public Builder contextTokens(long value) {
            contextTokens = SettingChecks.inRange("context", value, 1, Limits.MAX_CONTEXT);
            return this;
        }

        /** Fixes the engine layout; 0 in any of them lets the layout for the GPU count decide. */
        public Builder layout(long tensorParallel, long pipelineParallel, long contextParallel) {
            tp = (int) SettingChecks.inRange("tp", tensorParallel, 0, Limits.MAX_PARALLEL);
            pp = (int) SettingChecks.inRange("pp", pipelineParallel, 0, Limits.MAX_PARALLEL);
            cp = (int) SettingChecks.inRange("cp", contextParallel, 0, Limits.MAX_PARALLEL);
            SettingChecks.layoutGpus(tp, pp, cp);
            return this;
        }

        public Builder gpuMemoryUtilization(double fraction) {
            gpuMemoryUtilization = SettingChecks.memoryFraction(fraction);
            return this;
        }

        /** Achieved fractions of peak bandwidth and tensor throughput: each 0 (the default) or 0.01-1. */
        public Builder efficiencies(double bandwidth, double flops) {
            bwEfficiency = SettingChecks.efficiency("bw", bandwidth);
            flopsEfficiency = SettingChecks.efficiency("flops", flops);
            return this;
        }

        public Builder speed(double value) {
            speed = SettingChecks.speed(value);
            return this;
        }

        public Builder batching(BatchingMode value) {
            batching = SettingChecks.notNull(value, "batching");
            return this;
        }

        public Builder paging(PagingMode value) {
            paging = SettingChecks.notNull(value, "paging");
            return this;
        }

        public Builder eviction(Eviction value) {
            eviction = SettingChecks.notNull(value, "evict");
            return this;
        }

        public Builder offload(Offload value) {
            offload = SettingChecks.notNull(value, "offload");
            return this;
        }

        public Builder prefix(PrefixWorkload value) {
            prefix = SettingChecks.notNull(value, "prefix");
            return this;
        }

        public Builder flash(FlashMode value) {
            flash = SettingChecks.notNull(value, "flash");
            return this;
        }

        public Builder weights(WeightsMode value) {
            weights = SettingChecks.notNull(value, "weights");
            return this;
        }

        public Builder gpuCount(GpuCount value) {
            gpuCount = SettingChecks.notNull(value, "gpuCount");
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder requestLimit(long value) {
            requestLimit = SettingChecks.inRange("requestLimit", value, 0, Long.MAX_VALUE);
            return this;
        }

        public Builder deployment(Deployment value) {
            deployment = SettingChecks.notNull(value, "deployment");
            return this;
        }

        public Builder speculation(Speculation value) {
            speculation = SettingChecks.notNull(value, "speculation");
            return this;
        }

        public SimSettings build() {
            return new SimSettings(this);
        }
    }
}
