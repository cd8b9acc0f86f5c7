package dev.kvcache.sim;

import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.ScenarioDefaults;

/**
 * What the user chose (immutable): model, device, precisions, batch, context, the optimisations,
 * GPU count, seed and speed. Build with {@link #builder()} or change one field with {@link #toBuilder()}.
 */
public final class SimSettings {
    public static final int MIN_BATCH = 1;
    public static final int MAX_BATCH = Limits.SIMULATED_MAX_BATCH;
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 100.0;

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
        b.weights = weights;
        b.gpuCount = gpuCount;
        b.seed = seed;
        b.requestLimit = requestLimit;
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

    /** True when both describe the same scenario, i.e. they differ at most in speed (no rebuild needed). */
    public boolean sameScenarioAs(SimSettings o) {
        return modelId.equals(o.modelId)
                && deviceId.equals(o.deviceId)
                && weightPrecision == o.weightPrecision
                && kvPrecision == o.kvPrecision
                && batch == o.batch
                && contextTokens == o.contextTokens
                && batching == o.batching
                && paging == o.paging
                && flash == o.flash
                && weights == o.weights
                && gpuCount.equals(o.gpuCount)
                && seed == o.seed
                && requestLimit == o.requestLimit;
    }

    /**
     * Mutable builder with the app's defaults ({@link ScenarioDefaults}: batch 8, 128K context; every
     * optimisation on, auto GPUs). The precisions default to BF16, the default model's native format;
     * whoever sets a model sets its precisions with it (see {@code scenario.ModelDefaults}).
     */
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
        private WeightsMode weights = WeightsMode.INCLUDED;
        private GpuCount gpuCount = GpuCount.AUTO;
        private long seed = 42L;
        private long requestLimit;

        private Builder() {
        }

        public Builder modelId(String value) {
            modelId = requireNonNull(value, "modelId");
            return this;
        }

        public Builder deviceId(String value) {
            deviceId = requireNonNull(value, "deviceId");
            return this;
        }

        public Builder weightPrecision(Precision value) {
            weightPrecision = requireNonNull(value, "weightPrecision");
            return this;
        }

        /** Rejects the weight-only formats (MXFP4): the KV cache cannot be stored in them. */
        public Builder kvPrecision(Precision value) {
            kvPrecision = requireNonNull(value, "kvPrecision").checkedForKvCache("kv");
            return this;
        }

        public Builder batch(int value) {
            if (value < MIN_BATCH || value > MAX_BATCH) {
                throw new IllegalArgumentException("batch must be 1-32: " + value);
            }
            batch = value;
            return this;
        }

        public Builder contextTokens(long value) {
            if (value < Limits.SIMULATED_MIN_CONTEXT || value > ContextPresets.max()) {
                throw new IllegalArgumentException("context must be 16..100M tokens: " + value);
            }
            contextTokens = value;
            return this;
        }

        public Builder speed(double value) {
            if (!(value >= MIN_SPEED && value <= MAX_SPEED)) {
                throw new IllegalArgumentException("speed must be 0.5-100: " + value);
            }
            speed = value;
            return this;
        }

        public Builder batching(BatchingMode value) {
            batching = requireNonNull(value, "batching");
            return this;
        }

        public Builder paging(PagingMode value) {
            paging = requireNonNull(value, "paging");
            return this;
        }

        public Builder flash(FlashMode value) {
            flash = requireNonNull(value, "flash");
            return this;
        }

        public Builder weights(WeightsMode value) {
            weights = requireNonNull(value, "weights");
            return this;
        }

        public Builder gpuCount(GpuCount value) {
            gpuCount = requireNonNull(value, "gpuCount");
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder requestLimit(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("requestLimit must be >= 0: " + value);
            }
            requestLimit = value;
            return this;
        }

        public SimSettings build() {
            return new SimSettings(this);
        }

        private static <T> T requireNonNull(T value, String name) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null");
            }
            return value;
        }
    }
}
