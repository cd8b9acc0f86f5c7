package dev.kvcache.sim;

/**
 * The memory figures of one scenario, whole-model values in bytes (immutable): what the simulation
 * needs from the memory engine, which builds it through a {@link SpecProvider} adapter.
 *
 * <p>KV bytes of a sequence follow {@link SequenceKv}, the rule the memory engine's footprints use too.
 * The spec also carries the engine's time model ({@link StepTimer}) for the serving clock.
 */
public final class MemorySpec {
    private final long usableBytesPerGpu;
    private final long weightBytes;
    private final SequenceKv sequence;
    private final WorkspaceModel workspace;
    private final GpuShares shares;
    private final StepTimer timer;

    private MemorySpec(Builder b) {
        usableBytesPerGpu = b.usableBytesPerGpu;
        weightBytes = b.weightBytes;
        sequence = b.sequence;
        workspace = b.workspace;
        shares = b.shares;
        timer = b.timer;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Device memory one GPU can use (e.g. 79.19 GiB on an "80 GB" H100), bytes. */
    public long usableBytesPerGpu() {
        return usableBytesPerGpu;
    }

    /**
     * All weights of the model, bytes. The simulation places them only when the settings include
     * weights, so a provider may return the model's weights either way (or 0 when excluded).
     */
    public long weightBytes() {
        return weightBytes;
    }

    /** KV bytes per token of the layers whose cache grows with the context (global attention). */
    public long growingKvBytesPerToken() {
        return sequence.growingBytesPerToken();
    }

    /** KV bytes per token of sliding-window / chunked layers, which hold at most {@link #windowTokens()}. */
    public long windowedKvBytesPerToken() {
        return sequence.windowedBytesPerToken();
    }

    /** Tokens a windowed layer keeps; 0 when the model has no windowed layers. */
    public long windowTokens() {
        return sequence.window();
    }

    /** Constant per-sequence state of linear-attention layers (bytes), independent of the context. */
    public long fixedStateBytesPerSequence() {
        return sequence.fixedStateBytes();
    }

    public WorkspaceModel workspace() {
        return workspace;
    }

    /** What the most loaded GPU holds at each GPU count as the engine lays it out; null: 1/N of everything. */
    public GpuShares shares() {
        return shares;
    }

    /** How long a tick's engine steps take, for the serving clock; {@link StepTimer#NONE} when not given. */
    public StepTimer timer() {
        return timer;
    }

    /** KV bytes of a sequence holding {@code tokens}. */
    public long kvBytesForTokens(long tokens) {
        return sequence.bytesForTokens(tokens);
    }

    /** Tokens a sequence of {@code tokens} keeps in its cache (fewer under an eviction bound). */
    public long keptTokens(long tokens) {
        return sequence.keptTokens(tokens);
    }

    /**
     * The eviction bound: the most tokens any sequence keeps ({@link Long#MAX_VALUE} without one). The
     * one source for the scheduler's blocks, the serving clock's tally and the formula's step.
     */
    public long keptTokensBound() {
        return sequence.keptTokens(Long.MAX_VALUE);
    }

    /** The bounded part of {@link #kvBytesForTokens(long)}: windowed layers plus fixed state. */
    public long windowedBytesForTokens(long tokens) {
        return sequence.boundedBytesForTokens(tokens, 1);
    }

    /** Builder; every figure defaults to 0 except the device, which must be set. */
    public static final class Builder {
        private long usableBytesPerGpu;
        private long weightBytes;
        private long growingKvBytesPerToken;
        private long windowedKvBytesPerToken;
        private long windowTokens;
        private long fixedStateBytesPerSequence;
        private SequenceKv sequence;
        private Eviction eviction = Eviction.NONE;
        private WorkspaceModel workspace = WorkspaceModel.NONE;
        private GpuShares shares;
        private StepTimer timer = StepTimer.NONE;

        private Builder() {
        }

        public Builder usableBytesPerGpu(long value) {
            usableBytesPerGpu = value;
            return this;
        }

        public Builder weightBytes(long value) {
            weightBytes = value;
            return this;
        }

        public Builder growingKvBytesPerToken(long value) {
            growingKvBytesPerToken = value;
            return this;
        }

        /** Windowed layers: {@code bytesPerToken} each, for at most {@code tokens} tokens. */
        public Builder windowed(long bytesPerToken, long tokens) {
            windowedKvBytesPerToken = bytesPerToken;
            windowTokens = tokens;
            return this;
        }

        /** The whole model's sequence-size rule, as the memory engine works it out (instead of the three figures). */
        public Builder sequence(SequenceKv value) {
            sequence = value;
            return this;
        }

        /** Bounds each sequence's kept tokens (applied to whichever rule the builder ends with). */
        public Builder eviction(Eviction value) {
            eviction = value;
            return this;
        }

        public Builder fixedStateBytesPerSequence(long value) {
            fixedStateBytesPerSequence = value;
            return this;
        }

        public Builder workspace(WorkspaceModel value) {
            if (value == null) {
                throw new IllegalArgumentException("workspace must not be null (use WorkspaceModel.NONE)");
            }
            workspace = value;
            return this;
        }

        /** The engine's per-GPU shares at each GPU count; without them everything splits evenly. */
        public Builder shares(GpuShares value) {
            shares = value;
            return this;
        }

        /** The time model of the engine's steps; without it the serving clock stands still. */
        public Builder timer(StepTimer value) {
            if (value == null) {
                throw new IllegalArgumentException("timer must not be null (use StepTimer.NONE)");
            }
            timer = value;
            return this;
        }

        public MemorySpec build() {
            if (usableBytesPerGpu <= 0) {
                throw new IllegalArgumentException("usableBytesPerGpu must be positive: " + usableBytesPerGpu);
            }
            requireNonNegative(weightBytes, "weightBytes");
            SequenceKv kv = sequence != null ? sequence : new SequenceKv(growingKvBytesPerToken, windowedKvBytesPerToken,
                    windowTokens, 0, 0, fixedStateBytesPerSequence);
            requireNonNegative(kv.growingBytesPerToken(), "growingKvBytesPerToken");
            requireNonNegative(kv.windowedBytesPerToken(), "windowedKvBytesPerToken");
            requireNonNegative(kv.window(), "windowTokens");
            requireNonNegative(kv.fixedStateBytes(), "fixedStateBytesPerSequence");
            // 100M tokens x 32 sequences must stay far from 2^63: cap a token at 1 GiB of KV.
            if (kv.growingBytesPerToken() > (1L << 30) || kv.windowedBytesPerToken() > (1L << 30)) {
                throw new IllegalArgumentException("KV bytes per token above 1 GiB are not plausible");
            }
            // A rule given whole keeps its own bound unless the builder names one.
            sequence = eviction == Eviction.NONE ? kv : kv.evicting(eviction);
            return new MemorySpec(this);
        }

        private static void requireNonNegative(long value, String name) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " must be >= 0: " + value);
            }
        }
    }
}
