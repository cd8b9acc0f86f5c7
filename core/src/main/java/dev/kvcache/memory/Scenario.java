package dev.kvcache.memory;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ModuleKind;
import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.ScenarioDefaults;

/**
 * One question to the engine: a model on a device, weight and KV precisions, batch x context,
 * tensor x pipeline x context parallel sizes, vLLM's memory fraction and the four switches. Immutable;
 * {@link Builder#build()} rejects impossible values with a message naming the setting.
 */
public final class Scenario {
    /** Longest context accepted, in tokens (the original tool goes to 100M for every model). */
    public static final long MAX_CONTEXT = dev.kvcache.sim.Limits.MAX_CONTEXT;
    public static final int MAX_BATCH = dev.kvcache.sim.Limits.MAX_BATCH;
    public static final int MAX_PARALLEL = dev.kvcache.sim.Limits.MAX_PARALLEL;
    /** GPUs in one node: tensor parallelism stays within it. */
    public static final int NODE_GPUS = dev.kvcache.sim.Limits.NODE_GPUS;
    /** Most GPUs in all (tp x pp x cp): a million, far beyond any cluster, and safe in an int. */
    public static final int MAX_GPUS = dev.kvcache.sim.Limits.MAX_GPUS;

    public final ModelSpec model;
    public final DeviceSpec device;
    public final Precision weights;
    public final Precision kv;
    public final int batch;
    public final long context;
    public final int tp;
    public final int pp;
    /**
     * Context parallel size: each sequence's tokens split over this many groups of tp x pp GPUs
     * (ring attention), which is how a context too long for tp x pp alone gets served.
     */
    public final int cp;
    public final double gpuMemoryUtilization;
    public final Switch continuousBatching;
    public final Switch pagedAttention;
    public final Switch flashAttention;
    public final Switch countWeights;

    private Scenario(Builder b) {
        this.model = b.model;
        this.device = b.device;
        this.weights = b.weights == null ? ScenarioDefaults.weights(b.model) : b.weights;
        this.kv = b.kv == null ? ScenarioDefaults.kv(weights) : b.kv;
        this.batch = b.batch;
        this.context = b.context;
        this.tp = b.tp;
        this.pp = b.pp;
        this.cp = b.cp;
        this.gpuMemoryUtilization = b.gpuMemoryUtilization;
        this.continuousBatching = b.continuousBatching;
        this.pagedAttention = b.pagedAttention;
        this.flashAttention = b.flashAttention;
        this.countWeights = b.countWeights;
    }

    public int gpus() {
        return tp * pp * cp;
    }

    /**
     * True on on-chip SRAM accelerators (Groq, Cerebras, Graphcore): their compilers partition every
     * tensor over all the chips, so weights and KV divide evenly over {@link #gpus()} instead of
     * following an engine's heads, stages and token groups.
     */
    public boolean compiledPartition() {
        return device.moduleKind() == ModuleKind.SRAM;
    }

    /** True when the context exceeds what the model was trained for (still computed, but flagged). */
    public boolean beyondTrainedContext() {
        return context > model.maxContext();
    }

    /**
     * Settings with the app's defaults ({@link ScenarioDefaults}: native weights, KV like the weights,
     * batch 8, 128K context), 0.9 utilisation, all switches on.
     */
    public static final class Builder {
        private final ModelSpec model;
        private final DeviceSpec device;
        private Precision weights;
        private Precision kv;
        private int batch = ScenarioDefaults.BATCH;
        private long context = ScenarioDefaults.CONTEXT_TOKENS;
        private int tp = 1;
        private int pp = 1;
        private int cp = 1;
        private double gpuMemoryUtilization = 0.9;
        private Switch continuousBatching = Switch.ON;
        private Switch pagedAttention = Switch.ON;
        private Switch flashAttention = Switch.ON;
        private Switch countWeights = Switch.ON;

        public Builder(ModelSpec model, DeviceSpec device) {
            this.model = model;
            this.device = device;
        }

        public Builder weights(Precision p) {
            this.weights = p;
            return this;
        }

        public Builder kv(Precision p) {
            this.kv = p == null ? null : p.checkedForKvCache("--kv");
            return this;
        }

        public Builder batch(long n) {
            this.batch = (int) inRange("--batch", n, 1, MAX_BATCH);
            return this;
        }

        public Builder context(long tokens) {
            this.context = inRange("--context", tokens, 1, MAX_CONTEXT);
            return this;
        }

        public Builder tensorParallel(long n) {
            this.tp = (int) inRange("--tp", n, 1, MAX_PARALLEL);
            return this;
        }

        public Builder pipelineParallel(long n) {
            this.pp = (int) inRange("--pp", n, 1, MAX_PARALLEL);
            return this;
        }

        public Builder contextParallel(long n) {
            this.cp = (int) inRange("--cp", n, 1, MAX_PARALLEL);
            return this;
        }

        public Builder gpuMemoryUtilization(double fraction) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("--gpu-memory-utilization must be in (0, 1], got "
                        + fraction);
            }
            this.gpuMemoryUtilization = fraction;
            return this;
        }

        public Builder continuousBatching(Switch s) {
            this.continuousBatching = s;
            return this;
        }

        public Builder pagedAttention(Switch s) {
            this.pagedAttention = s;
            return this;
        }

        public Builder flashAttention(Switch s) {
            this.flashAttention = s;
            return this;
        }

        public Builder countWeights(Switch s) {
            this.countWeights = s;
            return this;
        }

        public Scenario build() {
            if (pp > model.layers()) {
                throw new IllegalArgumentException("--pp " + pp + " exceeds the " + model.layers()
                        + " layers of " + model.id());
            }
            if ((long) tp * pp * cp > MAX_GPUS) {
                throw new IllegalArgumentException("--tp x --pp x --cp must be at most "
                        + Quantities.grouped(MAX_GPUS) + " GPUs, got " + Quantities.grouped((long) tp * pp * cp));
            }
            Scenario s = new Scenario(this);
            // vLLM's head rules; SRAM compilers partition every tensor however many chips.
            String refused = s.compiledPartition() ? null : TensorParallelHeads.refusal(model, tp);
            if (refused != null) {
                throw new IllegalArgumentException(refused);
            }
            return s;
        }

        private static long inRange(String option, long value, long min, long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and "
                        + Quantities.grouped(max) + ", got " + value);
            }
            return value;
        }
    }
}
