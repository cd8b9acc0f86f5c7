package dev.kvcache.memory;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ModuleKind;
import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.ScenarioDefaults;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.Limits;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import dev.kvcache.sim.WeightsMode;
import dev.kvcache.units.Quantities;

/**
 * One question to the engine: the scenario record ({@link SimSettings}, what the user chose) with
 * its model and device resolved and one tensor x pipeline x context parallel layout. Not a second
 * record: every choice comes from {@link #settings}, copied into fields only because the engine reads
 * them in its inner loops. {@link Builder#build()} adds the rules that need the model (stages within
 * its layers, vLLM's head rules), with messages naming the field as a link does ({@code tp});
 * the command line adds its dashes.
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

    /** The record these figures answer for. */
    public final SimSettings settings;
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
    public final BatchingMode batching;
    public final PagingMode paging;
    public final FlashMode flash;
    public final WeightsMode weightsMode;
    /** The draft model speculative decoding names; null when there is none or it is the model's MTP module. */
    public final ModelSpec draftModel;

    private Scenario(SimSettings settings, ModelSpec model, DeviceSpec device, ModelSpec draftModel, int tp, int pp,
            int cp) {
        this.settings = settings;
        this.draftModel = draftModel;
        this.model = model;
        this.device = device;
        this.weights = settings.weightPrecision();
        this.kv = settings.kvPrecision();
        this.batch = settings.batch();
        this.context = settings.contextTokens();
        this.tp = tp;
        this.pp = pp;
        this.cp = cp;
        this.gpuMemoryUtilization = settings.gpuMemoryUtilization();
        this.batching = settings.batching();
        this.paging = settings.paging();
        this.flash = settings.flash();
        this.weightsMode = settings.weights();
    }

    /**
     * The record on {@code model} and {@code device}, laid out as the record fixes it (a size it
     * leaves at 0 is 1 here: one GPU's figures).
     */
    public static Scenario of(SimSettings settings, ModelSpec model, DeviceSpec device) {
        return of(settings, model, device, null);
    }

    /** The same with the draft model the settings' speculation names ({@code null} for none or mtp). */
    public static Scenario of(SimSettings settings, ModelSpec model, DeviceSpec device, ModelSpec draftModel) {
        return checked(settings, model, device, draftModel, Math.max(1, settings.tp()), Math.max(1, settings.pp()),
                Math.max(1, settings.cp()));
    }

    /** The same question on another layout (the engine's choice for a GPU count). */
    public Scenario onLayout(int tensorParallel, int pipelineParallel, int contextParallel) {
        return checked(settings, model, device, draftModel, tensorParallel, pipelineParallel, contextParallel);
    }

    private static Scenario checked(SimSettings settings, ModelSpec model, DeviceSpec device, ModelSpec draftModel,
            int tp, int pp, int cp) {
        if (pp > model.layers()) {
            throw new IllegalArgumentException("pp " + pp + " exceeds the " + model.layers() + " layers of " + model.id());
        }
        if ((long) tp * pp * cp > MAX_GPUS) {
            throw new IllegalArgumentException("tp x pp x cp must be at most " + Quantities.grouped(MAX_GPUS)
                    + " GPUs, got " + Quantities.grouped((long) tp * pp * cp));
        }
        Speculation speculation = settings.speculation();
        if (speculation.isOn() && !speculation.isMtp() && draftModel == null) {
            throw new IllegalArgumentException("draft " + speculation.draft() + " is not a catalog model");
        }
        if (speculation.isMtp() && model.mtpParams() <= 0) {
            throw new IllegalArgumentException("draft mtp: " + model.id() + " has no MTP heads");
        }
        Scenario s = new Scenario(settings, model, device, speculation.isOn() && !speculation.isMtp() ? draftModel : null,
                tp, pp, cp);
        // vLLM's head rules; SRAM compilers partition every tensor however many chips.
        String refused = s.compiledPartition() ? null : TensorParallelHeads.refusal(model, tp);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        return s;
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
     * A record for {@code model} on {@code device}, starting from the app's defaults
     * ({@link ScenarioDefaults}: the model's native weights, the KV cache to match, batch 8, 128K
     * context, every optimisation on): for tests and for callers that build a question by hand.
     */
    public static final class Builder {
        private final ModelSpec model;
        private final DeviceSpec device;
        private final SimSettings.Builder settings = SimSettings.builder();
        private Precision weights;
        private Precision kv;
        private long tp = 1;
        private long pp = 1;
        private long cp = 1;

        public Builder(ModelSpec model, DeviceSpec device) {
            this.model = model;
            this.device = device;
            settings.modelId(model.id()).deviceId(device.id());
        }

        public Builder weights(Precision p) {
            this.weights = p;
            return this;
        }

        public Builder kv(Precision p) {
            this.kv = p == null ? null : p.checkedForKvCache("kv");
            return this;
        }

        public Builder batch(long n) {
            settings.batch(n);
            return this;
        }

        public Builder context(long tokens) {
            settings.contextTokens(tokens);
            return this;
        }

        public Builder tensorParallel(long n) {
            this.tp = inRange("tp", n);
            return this;
        }

        public Builder pipelineParallel(long n) {
            this.pp = inRange("pp", n);
            return this;
        }

        public Builder contextParallel(long n) {
            this.cp = inRange("cp", n);
            return this;
        }

        public Builder gpuMemoryUtilization(double fraction) {
            settings.gpuMemoryUtilization(fraction);
            return this;
        }

        public Builder batching(BatchingMode mode) {
            settings.batching(mode);
            return this;
        }

        public Builder paging(PagingMode mode) {
            settings.paging(mode);
            return this;
        }

        public Builder flash(FlashMode mode) {
            settings.flash(mode);
            return this;
        }

        public Builder weightsMode(WeightsMode mode) {
            settings.weights(mode);
            return this;
        }

        public Scenario build() {
            Precision w = weights == null ? ScenarioDefaults.weights(model) : weights;
            settings.weightPrecision(w).kvPrecision(kv == null ? ScenarioDefaults.kv(w) : kv);
            settings.layout(tp, pp, cp);
            return Scenario.of(settings.build(), model, device);
        }

        private static long inRange(String field, long value) {
            if (value < 1 || value > Limits.MAX_PARALLEL) {
                throw new IllegalArgumentException(field + " must be between 1 and "
                        + Quantities.grouped(Limits.MAX_PARALLEL) + ", got " + value);
            }
            return value;
        }
    }
}
